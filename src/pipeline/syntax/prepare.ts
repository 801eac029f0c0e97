// The text wink reads: the input with deterministic repairs that only ever insert spaces or swap a character
// for another of the same length, so every prepared offset maps back to an input offset.
//  - curly apostrophes → "'" (wink then splits "Russia’s" like "Russia's");
//  - run-together words are split by an inserted space: a caption glued to a sentence ("imgRussia") and a
//    name glued to a lower-case word ("Putinstressed", "Jinpingpresident") when the tail is a known word and
//    the head is not;
//  - lines in Title Case or ALL CAPS (headlines) are put in sentence case, keeping the capitals of words the
//    rest of the text writes capitalised mid-sentence ("NATO", "Russia"), because wink tags such lines badly.
import type { SyntaxLexicon } from './lexicon.ts'

export interface Prepared {
  text: string
  /** prepared offsets of the inserted spaces, ascending */
  insertedAt: number[]
  /** start offsets (in the input) of lines put in sentence case */
  headlineLines: Set<number>
}

/** What the tagger knows about words: in its lexicon (case-sensitive), likely a name. */
export interface WordOracle {
  isWord: (word: string) => boolean
  isName: (word: string) => boolean
}

const APOSTROPHES = /[\u2018\u2019\u201B\u2032]/g
const WORD = /\p{L}[\p{L}\p{M}]*/gu
const UPPER = /^\p{Lu}/u
/** Words that may be run together: a lower-case letter before a capital, or a long capitalised word. */
const GLUE_CANDIDATE = /\p{L}*\p{Ll}\p{Lu}[\p{L}\p{M}]*|\p{Lu}\p{Ll}{6,}/gu
/** Longer lines are prose, never headlines. */
const MAX_HEADLINE = 200
const LOWER_ONLY = /^[\p{Ll}\p{M}]+$/u

/** Words written capitalised after a lower-case word or a comma: names and acronyms, by lower-case form. */
function properForms(text: string, forms: Map<string, string>): void {
  // a sentence's first word is no evidence
  const re = /([\p{Ll},;]\s+)(\p{Lu}[\p{L}\p{M}.]*)/gu
  for (const m of text.matchAll(re)) {
    const w = (m[2] ?? '').replace(/\.$/, '')
    if (w.length > 1) forms.set(w.toLowerCase(), w)
  }
}

function isHeadline(line: string, oracle: WordOracle): boolean {
  const ws = line.match(WORD) ?? []
  if (ws.length < 3) return false
  const letters = line.match(/\p{L}/gu) ?? []
  const upper = line.match(/\p{Lu}/gu) ?? []
  if (letters.length >= 8 && upper.length / letters.length >= 0.8) return true
  // Title Case: no closing full stop, ≥ 80 % of the words of ≥ 4 letters capitalised, one of them a common word
  if (/\.["'”’)\]]*\s*$/u.test(line)) return false
  const long = ws.filter((w) => w.length >= 4)
  const capitalised = long.filter((w) => UPPER.test(w))
  if (long.length < 3 || capitalised.length / long.length < 0.8) return false
  return capitalised.some((w) => oracle.isWord(w.toLowerCase()) && !oracle.isName(w))
}

/** Same-length case mapping of one word: keep a known proper form, else lower case (first letter kept if first). */
function sentenceCase(word: string, first: boolean, forms: Map<string, string>, oracle: WordOracle): string {
  const lower = word.toLowerCase()
  const known = forms.get(lower)
  if (known !== undefined && known.length === word.length) return known
  if (known === undefined && !first && oracle.isName(word)) return word
  if (known === undefined && word.length <= 4 && word === word.toUpperCase() && !first && /\p{Lu}{2}/u.test(word)) {
    return word // a short acronym the prose does not repeat ("EU", "US")
  }
  let out = ''
  for (let k = 0; k < word.length; k++) {
    const c = word[k] ?? ''
    const l = c.toLowerCase()
    out += first && k === 0 ? c : (l.length === c.length ? l : c)
  }
  return out
}

function splitPoint(word: string, lex: SyntaxLexicon, { isWord }: WordOracle, names: Set<string>): number {
  // "imgRussia": lower-case run of ≥ 2 letters, then a capitalised word
  const camel = /^(\p{L}*?\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u.exec(word)
  if (camel?.[1] && !lex.gluedNamePrefixes.has(camel[1]) && !/^\p{Lu}\p{Ll}?$/u.test(camel[1])) {
    const head = camel[1]
    if (!UPPER.test(head) || !isWord(word.toLowerCase())) return head.length
  }
  // "Putinstressed": a capitalised head the text also writes as a word of its own ("Putin"), glued to a known
  // lower-case tail of ≥ 5 letters ("Kalinin|grad" stays whole), when the whole is no known word
  if (word.length >= 8 && UPPER.test(word) && LOWER_ONLY.test(word.slice(1)) && !isWord(word.toLowerCase())) {
    for (let k = 3; k <= word.length - 5; k++) {
      if (names.has(word.slice(0, k)) && isWord(word.slice(k))) return k
    }
  }
  return 0
}

/** Builds the prepared text. */
export function prepare(input: string, lex: SyntaxLexicon, oracle: WordOracle): Prepared {
  // lines first: headlines are no evidence of how the text writes a word
  const lines: Array<{ start: number; end: number; headline: boolean }> = []
  for (let start = 0; start <= input.length;) {
    const nl = input.indexOf('\n', start)
    const end = nl < 0 ? input.length : nl
    const line = input.slice(start, end)
    lines.push({ start, end, headline: line.length <= MAX_HEADLINE && isHeadline(line, oracle) })
    start = end + 1
  }
  const forms = new Map<string, string>()
  for (const l of lines) if (!l.headline) properForms(input.slice(l.start, l.end), forms)
  const names = new Set<string>()
  for (const m of input.matchAll(/\p{Lu}\p{Ll}+/gu)) names.add(m[0])
  const parts: string[] = []
  const insertedAt: number[] = []
  let length = 0
  const headlineLines = new Set<number>()
  const push = (str: string) => {
    parts.push(str)
    length += str.length
  }
  const insertSpace = () => {
    insertedAt.push(length)
    push(' ')
  }
  for (const { start: lineStart, end: lineEnd, headline } of lines) {
    const line = input.slice(lineStart, lineEnd)
    if (headline) headlineLines.add(lineStart)
    let cursor = 0
    let first = true
    for (const m of line.matchAll(headline ? WORD : GLUE_CANDIDATE)) {
      const at = m.index
      push(line.slice(cursor, at))
      const word = headline ? sentenceCase(m[0], first, forms, oracle) : m[0]
      first = false
      const k = splitPoint(m[0], lex, oracle, names)
      if (k > 0) {
        push(word.slice(0, k))
        insertSpace()
        push(word.slice(k))
      } else {
        push(word)
      }
      cursor = at + m[0].length
    }
    push(line.slice(cursor))
    if (lineEnd < input.length) push('\n')
  }
  return { text: parts.join('').replace(APOSTROPHES, "'"), insertedAt, headlineLines }
}

/** Maps prepared offsets back to input offsets (each inserted space shifts what follows by one). */
export function toInputOffset(p: Prepared, k: number): number {
  let lo = 0
  let hi = p.insertedAt.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((p.insertedAt[mid] ?? 0) < k) lo = mid + 1
    else hi = mid
  }
  return k - lo
}

/** Whether prepared char k is an inserted space. */
export function isInserted(p: Prepared, k: number): boolean {
  const i = toInputOffset(p, k)
  return p.insertedAt[k - i] === k
}
