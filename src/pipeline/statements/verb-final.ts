// A speech verb that ends its attribution: the content is before it ("…, X said."), around it ("One step, he
// added, would be …"), or the previous sentence ("X was quoted as saying on Sunday"); and the time phrase after a
// speech verb ("said on Tuesday").
import type { SentenceCtx } from '../doc.ts'
import type { Token } from '../text/tokens.ts'
import { type Subject } from '../text/clauses.ts'
import { SPEECH_FORMS } from '../text/verb-group.ts'
import { alternatives, lexiconPatterns, lexiconWords } from '../resources/lexicon.ts'
import { contentEnd, LEADING, textOf } from './content-text.ts'
import type { InQuote } from './quotes.ts'
import type { Found } from './attribution.ts'

const speech = (name: string) => lexiconWords('speech', name)
const dates = (name: string) => lexiconWords('dates', name)
const AUX = lexiconWords('grammar', 'auxiliaries')
const ARTICLES = lexiconWords('grammar', 'articles')
const MAIN_VERB_FILLERS = speech('mainVerbFillers')
const ADJUNCT = new RegExp(`^(?:${alternatives(speech('attributionAdjuncts'))})\\b`, 'i')
const TIMING_ADJUNCT = new RegExp(`^(?:${lexiconPatterns('speech', 'timingAdjuncts').join('|')})\\b`, 'i')
const TIME_OPENERS = dates('speechTimeOpeners')
const TIME_LINKS = dates('speechTimeLinks')
const WEEKDAY = dates('speechDays')
const MONTH = dates('speechMonths')
const MONTH_OPENERS = lexiconWords('speech', 'monthOpeners')
const DAY_PARTS = dates('dayParts')
const TIME_UNITS = dates('speechTimeUnits')
const PERIOD_LINKS = dates('speechPeriodLinks')

/** A speech verb in its sentence. */
export interface VerbSite {
  s: SentenceCtx
  /** token index of the verb */
  vi: number
  cleaned: string
  sents: SentenceCtx[]
  /** inside one of the article's direct quotes */
  inDirect: InQuote
  /** the verb is a participle (", saying …") */
  gerund: boolean
}

/** A time phrase right after a speech verb ("said on Tuesday", "warned Thursday", "said late on Monday"): the index
 *  after it, else `i`. */
export function skipTime(tk: Token[], i: number): number {
  let j = i
  if (TIME_OPENERS.has(tk[j]?.norm ?? '')) j++
  if (TIME_LINKS.has(tk[j]?.norm ?? '')) j++
  const w = tk[j]?.norm ?? ''
  if (WEEKDAY.has(w)) return DAY_PARTS.has(tk[j + 1]?.norm ?? '') ? j + 2 : j + 1
  if (MONTH.has(w) && /^\d{1,2}$/.test(tk[j + 1]?.text ?? '')) return j + 2
  // "said in March (2023) Russia would …": a month after "in" ("May" alone may be the modal)
  const m = MONTH_OPENERS.has(tk[i]?.norm ?? '') ? i + 1 : -1
  if (m > 0 && MONTH.has(tk[m]?.norm ?? '') && tk[m]!.cap) return /^\d{4}$/.test(tk[m + 1]?.text ?? '') ? m + 2 : m + 1
  if (j > i && TIME_UNITS.has(w) && PERIOD_LINKS.has(tk[j - 1]!.norm)) return j + 1
  return i
}

function tokenIdx(tokens: Token[], off: number): number {
  const i = tokens.findIndex((t) => t.start >= off)
  return i < 0 ? tokens.length : i
}

/** End of the main verb group after a subject ending at `spEnd` ("X on Monday also blamed"). */
function mainVerbEnd(s: SentenceCtx, spEnd: number): number {
  const tk = s.tokens
  let i = tokenIdx(tk, spEnd)
  while (tk[i] && (AUX.has(tk[i]!.norm) || /ly$/.test(tk[i]!.norm) || MAIN_VERB_FILLERS.has(tk[i]!.norm))) i++
  return tk[i]?.end ?? s.end
}

/** Where the attribution's date may be written: for a participle the main clause's verb group ("In a speech on
 *  Monday, X blamed …, saying"), not a date in its object; else from the speaker to the content's start `cs`. */
export function attribution(site: VerbSite, speaker: Subject, cs: number): [number, number] {
  const sp = speaker.mentions
  if (site.gerund) return [site.s.start, mainVerbEnd(site.s, sp[sp.length - 1]!.end)]
  return [Math.min(sp[0]!.start, site.s.tokens[site.vi]!.start, site.s.start), cs]
}

/** An even number of double quotes: the quoted fragments of a span are closed. */
function even(t: string): boolean {
  return (t.match(/"/g)?.length ?? 0) % 2 === 0
}

/** The content of a verb-final attribution; `after`: the token after the verb, `ax`: after its time phrase. */
export function verbFinalContent(site: VerbSite, speaker: Subject, after: number, ax: number): Found | null {
  const { s, cleaned, sents, inDirect, gerund } = site
  const tk = s.tokens
  const sp = speaker.mentions
  const nx = tk[ax]
  // '…, was written "at a different time," the president said': a quoted fragment closing before the comma
  // "…, the Russian Foreign Ministry said": a determiner opening the speaker
  const ci = sp[0]!.ti - 1 - (ARTICLES.has(tk[sp[0]!.ti - 1]?.norm ?? '') ? 1 : 0)
  const closing = tk[ci]?.text === '"' && tk[ci - 1]?.text === ',' && cleaned[s.start] !== '"' &&
    even(cleaned.slice(s.start, tk[ci]!.end))
  const comma = tk[closing ? ci - 1 : ci]
  // "One such step, he added, would be …": the attribution inside the sentence
  if (comma?.text === ',' && nx?.text === ',' && !gerund && !inDirect(s.start + 1)) {
    const head = textOf(cleaned, s.start, comma.start)
    const restStart = tk[ax + 1]?.start ?? s.end
    const restEnd = contentEnd(s, cleaned, restStart)
    const rest = cleaned.slice(restStart, restEnd).trim().replace(/[\s.,;:]+$/, '')
    const quoted = closing ? even(cleaned.slice(restStart, restEnd)) && !rest.startsWith('"') : !/"/.test(head + rest)
    // "…, he said, as the talks ended": an adjunct of the attribution, not the rest of the content
    const adjunct = ADJUNCT.test(rest)
    const speechAfter = tk.slice(ax + 1).some((t) => t.word && !t.cap && SPEECH_FORMS.has(t.norm))
    if (head.length > 0 && rest.split(/\s+/).length >= 3 && quoted && !adjunct && !speechAfter) {
      const text = `${head} ${rest}`
      return {
        speaker, contentStart: s.start, contentEnd: restEnd, text, first: s.index,
        attr: [[comma.start, restStart]],
      }
    }
  }
  if (comma?.text === ',' && !gerund) {
    const head = cleaned.slice(s.start, comma.start).replace(LEADING, '').trim()
    // "…, X said on Saturday, a day after Washington announced …": speech inside a timing adjunct is not a second
    // attribution
    const adj = tk[ax]?.text === ',' && TIMING_ADJUNCT.test(cleaned.slice(tk[ax + 1]?.start ?? s.end, s.end))
    const rest = adj ? [] : tk.slice(after)
    const restSpeech =
      rest.some((t, k) => t.word && (SPEECH_FORMS.has(t.norm) || (/ing$/.test(t.norm) && rest[k - 1]?.text === ',')))
    if (head.split(/\s+/).length >= 4 && !restSpeech && !inDirect(s.start + 1)) {
      const text = textOf(cleaned, s.start, comma.start)
      return {
        speaker, contentStart: s.start, contentEnd: comma.start, text, first: s.index,
        attr: [[sp[0]!.start, s.end]],
      }
    }
  }
  // "X was quoted as saying on Sunday, calling …": the previous sentence
  const subjThis = gerund && tk[site.vi - 1]?.norm === 'as'
  const p = sents[s.index - 1]
  if (subjThis && p && !p.skip && p.paragraph >= s.paragraph - 1 && !inDirect(p.start + 1)) {
    return {
      speaker, contentStart: p.start, contentEnd: p.end, text: textOf(cleaned, p.start, p.end), first: p.index,
      attr: [[s.start, s.end]],
    }
  }
  return null
}
