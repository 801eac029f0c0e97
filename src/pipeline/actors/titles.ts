// Titles around person names: a title written before a name ("U.S. Defense Secretary Robert Gates") is
// attached to the name mention; an unknown name with a title before it or an apposition after it
// ("Sergei Kislyak, Russian deputy foreign minister,") is a person not in the gazetteer (discovered).
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
const EXTRA_TITLE = titleList('honorifics')
/** Abbreviated or extra office titles that head a title ("Sen. Jack Reed", "Gov. X", "Kremlin aide X"). */
const EXTRA_HEADS = titleList('honorificHeads')
const ABBREV = titleList('abbreviatedTitles')
const MONTHS_DAYS = new Set(['months', 'weekdays'].flatMap((l) => [...lexiconWords('dates', l)].map((w) => w.toLowerCase())))
const SMALL = titleList('titleLinks')
const COMP_PREP = titleList('officePrepositions')
const ORG_LINKS = titleList('organisationNameLinks')
const TAIL_OPENERS = titleList('appositionTailOpeners')
const TAIL_STOPS = titleList('appositionTailStops')
const PERSON_COMPLEMENT = titleList('personComplementPrepositions')
const PERSON_NOUN_STOPS = titleList('personNounStops')

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
    if (absorbed >= 0 && (absorbed === i + 1 || (absorbed === i + 2 && tokens[i + 1]!.norm === 'the')) && COMP_PREP.has(t.norm) && tokens[i - 1] && isTitleWord(tokens[i - 1]!)) continue
    if (t.norm === "'s" && names.some((n) => n.tj === i && n.kind === 'name') && ti <= i + 1) continue
    const nat = nationalityAt(tokens, i)
    if (nat) {
      country = country ?? nat[1].iso
      ti = i
      continue
    }
    if ((t.text === ',' || t.text === '-') && i > 0 && isTitleWord(tokens[i - 1]!) && tokens[i + 1] && isTitleWord(tokens[i + 1]!)) continue
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

function tidy(words: string[]): string {
  const w = [...words]
  while (w.length && SMALL.has(w[0]!.toLowerCase())) w.shift()
  while (w.length && SMALL.has(w[w.length - 1]!.toLowerCase())) w.pop()
  return w.map((x) => (SMALL.has(x.toLowerCase()) ? x.toLowerCase() : x[0]!.toUpperCase() + x.slice(1))).join(' ')
}

/** A title apposition after a name: ", [the|a] [nationality] title words ," → [end token index, span]. */
export function appositionAfter(tokens: Token[], from: number, names: Mention[]): { tj: number; span: TitleSpan } | null {
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
    const ok = (t: Token, n: Token | undefined) => (t.word ? !TAIL_STOPS.has(t.norm) || (t.norm === 'and' && !!n?.cap) : /^[-'’]$/.test(t.text) || t.norm === "'s")
    while (tokens[c] && c - k < 14 && ok(tokens[c]!, tokens[c + 1])) c++
    if (tokens[c]?.text === ',' && c - k < 14) k = c
  }
  const close = tokens[k]
  if (!hasHead || words.length === 0 || (close && close.text !== ',' && close.text !== '.' && close.text !== ')')) return null
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
  while (tokens[j] && ((tokens[j]!.word && tokens[j]!.cap) || (j > from && ORG_LINKS.has(tokens[j]!.norm) && tokens[j + 1]?.cap))) j++
  return j > from && /^[,.)]$/.test(tokens[j]?.text ?? '') ? j : -1
}

/** Nouns for people without an office: an apposition with one introduces a person ("X, the former contractor,"). */
const PERSON_NOUNS = titleList('personNouns')

/** ", [the|a] [former] [US] [intelligence] contractor (,|.|who)": a person apposition after an unknown name. */
export function personAppositionAfter(tokens: Token[], from: number): { tj: number; span: TitleSpan } | null {
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
    !TITLE_WORDS.has(t.norm) && !EXTRA_TITLE.has(t.norm) && !MONTHS_DAYS.has(t.norm) && !DETERMINERS.has(t.norm) && !nationalityAt([t], 0)
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
  const firstName = (i: number) => names.some((n) => n.ti === i && n.tj === i + 1 && n.kind === 'surname') && nameLike(tokens[i + 1]) && !covered(i + 1)
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens[i]) || (covered(i) && !firstName(i))) continue
    let j = i
    while (j < tokens.length && j - i < 3 && (nameLike(tokens[j]) || (j > i && /^\p{Lu}$/u.test(tokens[j]!.text) && tokens[j + 1]?.text === '.')) && (!covered(j) || (j === i && firstName(j)))) {
      j += /^\p{Lu}$/u.test(tokens[j]!.text) && tokens[j + 1]?.text === '.' ? 2 : 1
    }
    if (j - i < 2 || nameLike(tokens[j])) {
      i = j
      continue
    }
    const name = tokens.slice(i, j).filter((t) => t.word).map((t) => t.text).join(' ').replace(/ (\p{Lu})(?= )/gu, ' $1.')
    const before = titleBefore(tokens, i, names)
    if (before && before.hasHead) {
      out.push({ ti: before.ti, tj: j, nameTi: i, nameTj: j, name, title: before.title, country: before.country })
      i = j - 1
      continue
    }
    const noun = personNounBefore(tokens, i, names)
    if (noun) {
      out.push({ ti: noun.ti, tj: j, nameTi: i, nameTj: j, name, title: noun.title, country: noun.country })
      i = j - 1
      continue
    }
    const prev = tokens[i - 1]
    const startOk = !prev || !prev.word || !prev.cap
    const app = startOk ? (appositionAfter(tokens, j, names) ?? personAppositionAfter(tokens, j)) : null
    if (app) {
      out.push({ ti: i, tj: app.tj, nameTi: i, nameTj: j, name, title: app.span.title, country: app.span.country })
      i = app.tj - 1
      continue
    }
    i = j - 1
  }
  return out
}

/** "Russian military analyst X", "arms control expert X", "the Pentagon's X": a person noun (or an
 *  organisation's possessive) right before an unknown name. */
function personNounBefore(tokens: Token[], i: number, names: Mention[]): { ti: number; title: string; country: string | null } | null {
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
