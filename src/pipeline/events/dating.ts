// When an event happened: a date in its own clause, else the date of the remark holding it, else the
// same-sentence speaker's, else for a person's act their dated remark or the occasion they take part in,
// else the dateline or publication date.
import type { ResolvedDate } from '../types.ts'
import type { DateMention } from '../text/dates.ts'
import type { EventDraft, SpeechSpan } from './draft.ts'
import type { SpeechIndex } from './speech-index.ts'
import { z } from 'zod'
import { alternatives, lexiconTable } from '../resources/lexicon.ts'

export type DatedSpeech = SpeechSpan & { date: ResolvedDate }

export interface EventDating {
  /** past-tense date expressions of each sentence */
  dates: DateMention[][]
  fallback: ResolvedDate
  speech: SpeechIndex<DatedSpeech>
  /** per speaker: the date of their first dated remark; per "sentence|speaker": the first remark there */
  remarks: ReturnType<typeof remarkIndex>
  isPerson: (id: string) => boolean
  /** person → the occasion they take part in (statement-dates.ts `personOccasions`) */
  persons: () => Map<string, ResolvedDate>
}

/** Per speaker: the date of their first dated remark (one occasion per speaker); per sentence and speaker: the
 *  first remark. */
export function remarkIndex(speech: DatedSpeech[]) {
  const dated = new Map<string, ResolvedDate>()
  const bySentence = new Map<string, DatedSpeech>()
  for (const sp of speech) {
    if (sp.date.text !== null && !dated.has(sp.speakerId)) dated.set(sp.speakerId, sp.date)
    const key = `${sp.sent}|${sp.speakerId}`
    if (!bySentence.has(key)) bySentence.set(key, sp)
  }
  return { dated, bySentence }
}

/** words naming the day itself ("today", "this morning"): inside speech, the day of the remark */
const TODAY = [...lexiconTable('dates', 'dayWords', z.number())].filter(([, d]) => d === 0).map(([w]) => w)
const SPEECH_DAY = new RegExp(`^(?:${alternatives(TODAY)})$`, 'i')

/** The month of a day: a multi-day occasion without its own single day (GUIDELINES 4.6, "nearly three days of
 *  talks"). */
function monthOf(d: ResolvedDate): ResolvedDate {
  return d.precision === 'day' ? { ...d, start: d.start.slice(0, 8) + '01', precision: 'month' } : d
}

export function dateEvent(e: EventDraft, dc: EventDating): ResolvedDate {
  const d = dayOf(e, dc)
  return e.multiDay ? monthOf(d) : d
}

function dayOf(e: EventDraft, dc: EventDating): ResolvedDate {
  const { remarks } = dc
  const inside = dc.speech.holding(e.at)
  const from = Math.max(e.dateFrom, inside?.contentStart ?? 0)
  const to = Math.min(e.dateTo, inside?.contentEnd ?? Infinity)
  const ms = dc.dates[e.sent]!.filter((m) => m.start >= from && m.end <= to)
  const anchor = e.anchor ?? e.at
  // an undated remark or act takes the date of the same speaker's dated remarks (one occasion)
  const occasion = (id: string) => remarks.dated.get(id)
  if (ms.length) {
    const best = ms.reduce((b, m) => (Math.abs(m.start - anchor) < Math.abs(b.start - anchor) ? m : b))
    // "today" in reported speech is the day of the remark, not of publication
    if (inside && SPEECH_DAY.test(best.text)) {
      return inside.date.text === null ? (occasion(inside.speakerId) ?? inside.date) : inside.date
    }
    return best.date
  }
  if (inside) return inside.date.text === null ? (occasion(inside.speakerId) ?? inside.date) : inside.date
  const same = remarks.bySentence.get(`${e.sent}|${e.sourceId}`)
  if (same) return same.date.text === null ? (occasion(e.sourceId) ?? same.date) : same.date
  // an undated act of a person: their dated remark, else the occasion they take part in
  // ("Kerry hosted Lavrov" after a dated lead)
  if (e.kind !== 'nominal' && e.occasion !== false && (e.personal || dc.isPerson(e.sourceId))) {
    const own = occasion(e.sourceId) ?? dc.persons().get(e.sourceId)
    if (own) return own
  }
  return dc.fallback
}
