// Titles around person names: a title written before a name ("U.S. Defense Secretary Robert Gates") or a title
// apposition after it ("Sergei Kislyak, Russian deputy foreign minister,") is attached to the name mention;
// discovery.ts uses them to find people the gazetteer does not know.
import type { Mention } from './mentions.ts'
import type { Token } from '../text/tokens.ts'
import { nationalityAt } from './mentions.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const titleList = (name: string) => lexiconWords('titles', name)
/** Words that make up titles ("Deputy Assistant Secretary of Defense for … Policy"). */
export const TITLE_WORDS = titleList('titleWords')
/** Title words that name an office (a title phrase must contain one). */
const TITLE_HEADS = titleList('titleHeads')
/** Determiners that may open a description. */
export const DETERMINERS = titleList('determiners')
export const EXTRA_TITLE = titleList('honorifics')
/** Abbreviated or extra office titles that head a title ("Sen. Jack Reed", "Gov. X", "Kremlin aide X"). */
const EXTRA_HEADS = titleList('honorificHeads')
const ABBREV = titleList('abbreviatedTitles')
const SMALL = titleList('titleLinks')
const COMP_PREP = titleList('officePrepositions')
const ORG_LINKS = titleList('organisationNameLinks')
const TAIL_OPENERS = titleList('appositionTailOpeners')
const TAIL_STOPS = titleList('appositionTailStops')

function isTitleWord(t: Token): boolean {
  return t.word && (TITLE_WORDS.has(t.norm) || EXTRA_TITLE.has(t.norm))
}

export interface TitleSpan {
  ti: number
  /** the title words (nationality and determiners stripped), e.g. "Deputy Foreign Minister" */
  title: string
  country: string | null
  hasHead: boolean
}

/** Scans left from token `end` (exclusive) over a title: title words, nationality adjectives, org names
 *  ("NATO Secretary General"), commas inside a title list ("arms control, verification, and compliance"). */
export function titleBefore(tokens: Token[], end: number, names: Mention[]): TitleSpan | null {
  let i = end - 1
  let country: string | null = null
  let hasHead = false
  const words: string[] = []
  let ti = end
  // "Russia's envoy to NATO, Dmitry Rogozin": a title set off by a comma before the name
  const commaBefore = tokens[i]?.text === ',' && i > 0
  if (commaBefore) i--
  let absorbed = -1
  for (; i >= 0; i--) {
    const t = tokens[i]!
    const org = names.find((n) => n.tj - 1 === i && n.kind === 'name')
    if (org) {
      ti = org.ti
      i = org.ti
      absorbed = org.ti
      continue
    }
    // "envoy to NATO", "Russia's envoy": an organisation or state the office belongs to
    if (absorbed >= 0 && (absorbed === i + 1 || (absorbed === i + 2 && tokens[i + 1]!.norm === 'the')) &&
      COMP_PREP.has(t.norm) && tokens[i - 1] && isTitleWord(tokens[i - 1]!)) continue
    if (t.norm === "'s" && names.some((n) => n.tj === i && n.kind === 'name') && ti <= i + 1) continue
    // "South Korean", "Saudi Arabian": a two-word nationality read from its first word
    const two = i > 0 ? nationalityAt(tokens, i - 1) : null
    const nat = two && two[0] === 2 ? two : nationalityAt(tokens, i)
    if (nat) {
      country = country ?? nat[1].iso
      if (nat === two) i--
      ti = i
      continue
    }
    if ((t.text === ',' || t.text === '-') && i > 0 && isTitleWord(tokens[i - 1]!) && tokens[i + 1] &&
      isTitleWord(tokens[i + 1]!)) continue
    // "Sen. Jack Reed", "Lt. Gen. X": the dot of an abbreviated title
    if (t.text === '.' && i > 0 && ABBREV.has(tokens[i - 1]!.norm)) continue
    if (!isTitleWord(t)) break
    if (SMALL.has(t.norm)) {
      let b = i - 1
      while (b >= 0 && tokens[b]!.text === ',') b--
      if (b < 0 || !isTitleWord(tokens[b]!)) break
    }
    if (TITLE_HEADS.has(t.norm) || EXTRA_HEADS.has(t.norm) || t.norm === 'counterpart') hasHead = true
    words.unshift(ABBREV.has(t.norm) && tokens[i + 1]?.text === '.' ? t.text + '.' : t.text)
    ti = i
  }
  while (ti < end && (tokens[ti]!.norm === 'the' || tokens[ti]!.norm === 'and')) ti++
  if (ti >= end || words.length === 0) return null
  if (commaBefore) {
    let b = ti - 1
    while (b >= 0 && tokens[b]!.word && DETERMINERS.has(tokens[b]!.norm)) b--
    if (!hasHead || (b >= 0 && tokens[b]!.text !== ',')) return null
  }
  return { ti, title: tidy(words), country, hasHead }
}

/** How many words the organisation of "the spokesman for <organisation>, X" may have. */
const MAX_OFFICE_OBJECT = 8

/** "The spokesman for the Egyptian foreign ministry, X", "the head of the Kenyan delegation, X": a title head,
 *  an office preposition and the organisation (plain words, nationalities, names), then the comma before the name
 *  at `end`. Needed where the organisation is not (yet) a name mention. */
export function officeTitleBefore(tokens: Token[], end: number): TitleSpan | null {
  if (tokens[end - 1]?.text !== ',') return null
  let country: string | null = null
  for (let k = end - 2; k > 0 && end - 2 - k < MAX_OFFICE_OBJECT; k--) {
    const t = tokens[k]!
    if (!t.word) return null
    const nat = nationalityAt(tokens, k)
    if (nat) country = nat[1].iso
    if (!COMP_PREP.has(t.norm) || !TITLE_HEADS.has(tokens[k - 1]!.norm)) continue
    let ti = k - 1
    while (ti > 0 && (isTitleWord(tokens[ti - 1]!) || nationalityAt(tokens, ti - 1))) {
      const n = nationalityAt(tokens, ti - 1)
      if (n) country = country ?? n[1].iso
      ti--
    }
    const words = tokens.slice(ti, end - 1).filter((w) => w.word && !nationalityAt([w], 0)).map((w) => w.text)
    while (ti > 0 && DETERMINERS.has(tokens[ti - 1]!.norm)) ti--
    return { ti, title: tidy(words), country, hasHead: true }
  }
  return null
}

export function tidy(words: string[]): string {
  const w = [...words]
  while (w.length && SMALL.has(w[0]!.toLowerCase())) w.shift()
  while (w.length && SMALL.has(w[w.length - 1]!.toLowerCase())) w.pop()
  return w.map((x) => (SMALL.has(x.toLowerCase()) ? x.toLowerCase() : x[0]!.toUpperCase() + x.slice(1))).join(' ')
}

/** A title apposition after a name: ", [the|a] [nationality] title words ," → [end token index, span]. */
export function appositionAfter(
  tokens: Token[], from: number, names: Mention[],
): { tj: number; span: TitleSpan } | null {
  if (tokens[from]?.text !== ',') return null
  let j = from + 1
  while (j < tokens.length && tokens[j]!.word && DETERMINERS.has(tokens[j]!.norm)) j++
  let k = j
  let country: string | null = null
  const words: string[] = []
  let hasHead = false
  for (; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.norm === "'s") continue
    // "envoy to NATO", "director of the Missile Defense Agency": the office's organisation
    const comp = hasHead ? complementAt(tokens, k, names) : -1
    if (comp > k) {
      k = comp - 1
      continue
    }
    // "a spokesman for the Chinese foreign ministry": the office of an unnamed organisation of that country
    if (hasHead && COMP_PREP.has(t.norm)) {
      const j = k + (tokens[k + 1]?.norm === 'the' ? 2 : 1)
      const nat = nationalityAt(tokens, j)
      if (nat && tokens[j + nat[0]] && isTitleWord(tokens[j + nat[0]]!)) {
        country = country ?? nat[1].iso
        words.push(t.text)
        k = j + nat[0] - 1
        continue
      }
    }
    const org = names.find((n) => n.ti === k && n.kind === 'name')
    if (org) {
      k = org.tj - 1
      continue
    }
    const nat = nationalityAt(tokens, k)
    if (nat) {
      country = country ?? nat[1].iso
      k += nat[0] - 1
      continue
    }
    // "executive director of the Arms Control Association": an organisation the gazetteer does not know
    const unknown = hasHead ? unknownOrgAt(tokens, k) : -1
    if (unknown > k) {
      k = unknown - 1
      continue
    }
    if (!isTitleWord(t)) break
    if (TITLE_HEADS.has(t.norm) || EXTRA_HEADS.has(t.norm)) hasHead = true
    words.push(t.text)
  }
  // "a former State Department official now at the Center for …,": a short tail up to the closing comma
  if (hasHead && tokens[k]?.word && TAIL_OPENERS.has(tokens[k]!.norm)) {
    let c = k + 1
    const ok = (t: Token, n: Token | undefined) =>
      (t.word ? !TAIL_STOPS.has(t.norm) || (t.norm === 'and' && !!n?.cap) : /^[-'’]$/.test(t.text) || t.norm === "'s")
    while (tokens[c] && c - k < 14 && ok(tokens[c]!, tokens[c + 1])) c++
    // the tail closes at a comma, or at the sentence's final stop ('"…," said X, an official in the …')
    const end = tokens[c]?.text === ',' || (tokens[c]?.text === '.' && c === tokens.length - 1)
    if (end && c - k < 14) {
      for (let x = k + 1; x < c && !country; x++) country = nationalityAt(tokens, x)?.[1].iso ?? null
      k = c
    }
  }
  const close = tokens[k]
  if (!hasHead || words.length === 0 ||
    (close && close.text !== ',' && close.text !== '.' && close.text !== ')')) return null
  return { tj: close?.text === ',' ? k + 1 : k, span: { ti: from, title: tidy(words), country, hasHead } }
}

/** "to [the] NAME" / "of [the] NAME" after an office noun: the end token of the complement, else -1. */
function complementAt(tokens: Token[], k: number, names: Mention[]): number {
  if (!tokens[k]?.word || !COMP_PREP.has(tokens[k]!.norm)) return -1
  let j = k + 1
  if (tokens[j]?.norm === 'the') j++
  const n = names.find((x) => x.ti === j && x.kind === 'name')
  return n ? n.tj : -1
}

/** "of/at [the] Capitalised Words" ending the apposition: the index after the name, else -1. */
function unknownOrgAt(tokens: Token[], k: number): number {
  if (!tokens[k]?.word || !COMP_PREP.has(tokens[k]!.norm)) return -1
  let j = k + 1
  if (tokens[j]?.norm === 'the') j++
  const from = j
  while (tokens[j] &&
    ((tokens[j]!.word && tokens[j]!.cap) || (j > from && ORG_LINKS.has(tokens[j]!.norm) && tokens[j + 1]?.cap))) j++
  return j > from && /^[,.)]$/.test(tokens[j]?.text ?? '') ? j : -1
}
