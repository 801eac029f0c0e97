// People the gazetteer does not know: an unknown capitalised name with a title before it, a title or person-noun
// apposition after it ("X Y, the former contractor who …"), a person noun before it ("military analyst X"), or an
// organisation's possessive ("the Pentagon's X"). They come out with `discovered: true` and the title as role.
import type { Mention } from './mentions.ts'
import type { Token } from '../text/tokens.ts'
import { nationalityAt } from './mentions.ts'
import {
  appositionAfter, DETERMINERS, EXTRA_TITLE, officeTitleBefore, tidy, titleBefore, TITLE_WORDS, type TitleSpan,
} from './titles.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const titleList = (name: string) => lexiconWords('titles', name)
const PERSON_COMPLEMENT = titleList('personComplementPrepositions')
const PERSON_NOUN_STOPS = titleList('personNounStops')
const dateNames = (name: string) => [...lexiconWords('dates', name)].map((w) => w.toLowerCase())
const MONTHS_DAYS = new Set([...dateNames('months'), ...dateNames('weekdays')])

/** Nouns for people without an office: an apposition with one introduces a person ("X, the former contractor,"). */
const PERSON_NOUNS = titleList('personNouns')

/** ", [the|a] [former] [US] [intelligence] contractor (,|.|who)": a person apposition after an unknown name. */
function personAppositionAfter(tokens: Token[], from: number): { tj: number; span: TitleSpan } | null {
  if (tokens[from]?.text !== ',') return null
  let k = from + 1
  while (tokens[k]?.word && DETERMINERS.has(tokens[k]!.norm)) k++
  if (k === from + 1) return null
  let country: string | null = null
  const words: string[] = []
  for (let n = 0; n < 6 && tokens[k]; n++) {
    const t = tokens[k]!
    const nat = nationalityAt(tokens, k)
    if (nat) {
      country = country ?? nat[1].iso
      k += nat[0]
      continue
    }
    if (!t.word || t.cap) return null
    words.push(t.text)
    k++
    if (PERSON_NOUNS.has(t.norm)) {
      // "an arms control expert at the Carnegie Moscow Center,": a complement up to the closing comma
      if (tokens[k] && PERSON_COMPLEMENT.has(tokens[k]!.norm)) {
        let c = k + 1
        while (tokens[c] && c - k < 10 && !/^[,.)"]$/.test(tokens[c]!.text) && tokens[c]!.norm !== 'who') c++
        if (c - k < 10) k = c
      }
      const close = tokens[k]
      if (close && !/^[,.)]$/.test(close.text) && close.norm !== 'who') return null
      return { tj: close?.text === ',' ? k + 1 : k, span: { ti: from, title: tidy(words), country, hasHead: true } }
    }
  }
  return null
}

function nameLike(t: Token | undefined): boolean {
  return !!t && t.word && t.cap && /^\p{Lu}[\p{L}'-]+$/u.test(t.text) && t.text !== t.text.toUpperCase() &&
    !TITLE_WORDS.has(t.norm) && !EXTRA_TITLE.has(t.norm) && !MONTHS_DAYS.has(t.norm) && !DETERMINERS.has(t.norm) &&
      !nationalityAt([t], 0)
}

/** Names of more parts than this are not discovered ("Luiz Inacio Lula da Silva" has five). */
const MAX_NAME_PARTS = 6
const PARTICLES = lexiconWords('names', 'nameParticles')
const SUFFIXES = lexiconWords('names', 'nameSuffixes')
const HONORIFICS = lexiconWords('names', 'nameHonorifics')

/** Token k and k+1 are written together ("Jae" "-" "in"). */
function glued(tk: Token[], k: number): boolean {
  return k >= 0 && !!tk[k + 1] && tk[k]!.end === tk[k + 1]!.start
}

/** An initial "S." */
function initialAt(tk: Token[], k: number): boolean {
  return /^\p{Lu}$/u.test(tk[k]?.text ?? '') && tk[k + 1]?.text === '.' && glued(tk, k)
}

/** "el-Sisi", "al-Sudani": a lower-case particle glued by a hyphen to a capitalised name. */
function particlePrefixAt(tk: Token[], k: number): boolean {
  return !!tk[k]?.word && PARTICLES.has(tk[k]!.norm) && tk[k + 1]?.text === '-' && glued(tk, k) && glued(tk, k + 1) &&
    nameLike(tk[k + 2])
}

/** How many tokens the name part at k takes (0: none): a capitalised word with its hyphenated tail ("Jae-in",
 *  "Jong-un"), an initial, "el-Sisi", a suffix "Jr.", and (inside a name) a particle "bin", "da", "van". */
function namePartAt(tk: Token[], k: number, inside: boolean): number {
  if (initialAt(tk, k)) return 2
  if (particlePrefixAt(tk, k)) return 3 + hyphenTail(tk, k + 2)
  if (inside && tk[k]?.word && SUFFIXES.has(tk[k]!.norm)) return tk[k + 1]?.text === '.' && glued(tk, k) ? 2 : 1
  if (inside && tk[k]?.word && !tk[k]!.cap && PARTICLES.has(tk[k]!.norm) && nameLike(tk[k + 1])) return 1
  if (!nameLike(tk[k])) return 0
  return 1 + hyphenTail(tk, k)
}

/** "-in" of "Jae-in": a hyphen glued on both sides to a word. */
function hyphenTail(tk: Token[], k: number): number {
  return tk[k + 1]?.text === '-' && glued(tk, k) && glued(tk, k + 1) && tk[k + 2]?.word ? 2 : 0
}

/** The name as written: glued tokens stay together, others are joined by a space. */
function joinName(tk: Token[]): string {
  let out = ''
  for (let k = 0; k < tk.length; k++) out += (k > 0 && !glued(tk, k - 1) ? ' ' : '') + tk[k]!.text
  return out
}

export interface Discovered {
  ti: number
  tj: number
  nameTi: number
  nameTj: number
  name: string
  title: string
  country: string | null
}

/** People absent from the gazetteer, recognised by a title before the name or an apposition after it. */
export function discoverPersons(tokens: Token[], names: Mention[]): Discovered[] {
  const out: Discovered[] = []
  const covered = (i: number) => names.some((n) => i >= n.ti && i < n.tj)
  // "Pavel Felgenhauer": a known surname used as an unknown person's first name
  const firstName = (i: number) => names.some((n) => n.ti === i && n.tj === i + 1 && n.kind === 'surname') &&
    nameLike(tokens[i + 1]) && !covered(i + 1)
  for (let i = 0; i < tokens.length; i++) {
    if (!(nameLike(tokens[i]) || initialAt(tokens, i) || particlePrefixAt(tokens, i)) ||
      (covered(i) && !firstName(i))) continue
    let j = i
    let parts = 0
    while (j < tokens.length && parts < MAX_NAME_PARTS && (!covered(j) || (j === i && firstName(j)))) {
      const n = namePartAt(tokens, j, j > i)
      if (n === 0) break
      j += n
      parts++
    }
    // a particle never ends a name ("Lula da")
    while (j > i && !tokens[j - 1]!.cap && tokens[j - 1]!.word && !glued(tokens, j - 2)) j--
    if (j - i < 2 || parts < 2 || nameLike(tokens[j])) {
      i = Math.max(i, j)
      continue
    }
    // "Prince Faisal bin Farhan", "Sheikh X Y": a courtesy title opening the name is not part of it
    const from = i
    const ni = HONORIFICS.has(tokens[i]!.norm) && nameLike(tokens[i + 1]) && j - i > 2 ? i + 1 : i
    const name = joinName(tokens.slice(ni, j))
    const before =
      titleBefore(tokens, from, names) ?? (tokens[j]?.text === ',' ? officeTitleBefore(tokens, from) : null)
    if (before && before.hasHead) {
      out.push({ ti: before.ti, tj: j, nameTi: ni, nameTj: j, name, title: before.title, country: before.country })
      i = j - 1
      continue
    }
    const noun = personNounBefore(tokens, from, names)
    if (noun) {
      out.push({ ti: noun.ti, tj: j, nameTi: ni, nameTj: j, name, title: noun.title, country: noun.country })
      i = j - 1
      continue
    }
    const prev = tokens[from - 1]
    const startOk = !prev || !prev.word || !prev.cap
    const app = startOk ? (appositionAfter(tokens, j, names) ?? personAppositionAfter(tokens, j)) : null
    if (app) {
      out.push({ ti: from, tj: app.tj, nameTi: ni, nameTj: j, name, title: app.span.title, country: app.span.country })
      i = app.tj - 1
      continue
    }
    i = j - 1
  }
  return out
}

/** "Russian military analyst X", "arms control expert X", "the Pentagon's X": a person noun (or an
 *  organisation's possessive) right before an unknown name. */
function personNounBefore(
  tokens: Token[], i: number, names: Mention[],
): { ti: number; title: string; country: string | null } | null {
  const p = tokens[i - 1]
  if (p?.norm === "'s") {
    const org = names.find((n) => n.tj === i - 1 && n.kind === 'name')
    if (!org) return null
    const ti = tokens[org.ti - 1]?.norm === 'the' ? org.ti - 1 : org.ti
    return { ti, title: '', country: null }
  }
  if (!p?.word || p.cap || !PERSON_NOUNS.has(p.norm)) return null
  let ti = i - 1
  let country: string | null = null
  const words = [p.text]
  for (let k = i - 2; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k]!
    const org = names.find((n) => n.tj === k + 1 && n.kind === 'name')
    if (org) { ti = org.ti; k = org.ti; continue }
    const nat = nationalityAt(tokens, k)
    if (nat) { country = country ?? nat[1].iso; ti = k; continue }
    if (!t.word || t.cap || DETERMINERS.has(t.norm) || !/^[a-z-]+$/.test(t.norm) || PERSON_NOUN_STOPS.has(t.norm)) break
    words.unshift(t.text)
    ti = k
  }
  return { ti, title: tidy(words), country }
}

export function slug(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}
