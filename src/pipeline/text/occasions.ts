// Dated diplomatic occasions: articles often date remarks by the event they were made at ("Putin told
// journalists following the G20 summit in Los Cabos") instead of by a date. A table of summits and
// conferences (data/occasions/occasions.json) turns such phrases into day-precision dates.
import { z } from 'zod'
import type { ResolvedDate } from '../types.ts'
import { normalizeName } from '../../domain/names.ts'
import { loadOccasions, type Occasion } from '../resources/occasions.ts'
import { alternatives, lexiconTable, lexiconWords } from '../resources/lexicon.ts'

export { loadOccasions, type Occasion }

export interface OccasionMention {
  start: number
  end: number
  text: string
  occasion: Occasion
  date: ResolvedDate
}

const table = <T>(name: string, schema: z.ZodType<T>) => lexiconTable('occasions', name, schema)
const LEAD_INS = table('leadIns', z.enum(['end', 'dayBefore', 'start']))
const OWNERS = table('owners', z.string())
const HEADS = table('heads', z.object({
  placeSeries: z.record(z.string(), z.string()).optional(), onlySeries: z.string().optional(),
}).strict())
/** How the words before the head name a series */
const SERIES =
  [...table('series', z.object({ patterns: z.array(z.string()), placeFree: z.boolean().optional() }).strict())]
    .map(([name, s]) => ({ name, re: new RegExp(`^(?:${s.patterns.join('|')})$`), placeFree: !!s.placeFree }))
const dates = (name: string) => [...lexiconWords('dates', name)]
const DATE_NAMES = [...dates('months'), ...dates('monthAbbreviations'), ...dates('weekdays')]
const NOT_PLACES = new Set([...DATE_NAMES, ...lexiconWords('occasions', 'notPlaceWords')].map((w) => w.toLowerCase()))
const notPlace = (w: string) => NOT_PLACES.has(w.toLowerCase())

// [lead-in] [the/a …] [up to 3 name words] summit|Security Conference|Dialogue [in/at Place Words]
const DETERMINERS = alternatives(lexiconWords('occasions', 'determiners'))
const PLACE_PREPOSITIONS = alternatives(lexiconWords('occasions', 'placePrepositions'))
const PHRASE = new RegExp(
  `\\b(?:(${alternatives(LEAD_INS.keys())})\\s+)?(?:(?:${DETERMINERS})\\s+)?(?:(${alternatives(OWNERS.keys())})\\s+)?` +
  `((?:[A-Z][\\w'.-]*\\s+){0,3})(${alternatives(HEADS.keys())})\\b` +
  `(?:\\s+(?:${PLACE_PREPOSITIONS})\\s+([A-Z][\\w'.-]*(?:\\s+[A-Z][\\w'.-]*){0,2}))?`, 'g')

const placeMatches = (o: Occasion, words: string) => {
  const n = normalizeName(words)
  return [o.place, ...o.aliases].some((p) => normalizeName(p) === n)
}

/**
 * Finds occasion phrases in `text` and dates them. The series or the place must be named; among
 * matching occasions the latest one on or before the publication date wins (the next one after it
 * for future tense). "following/after" gives the last day, "ahead of/before" the day before the
 * first, anything else the first day.
 */
export function findOccasions(text: string, published: string, opts: { tense?: 'past' | 'future' } = {},
  occasions = loadOccasions()): OccasionMention[] {
  const out: OccasionMention[] = []
  for (const m of text.matchAll(PHRASE)) {
    const [phrase, lead, alliance, nameWords = '', head, after] = m
    const words = nameWords.trim().split(/\s+/).filter((w) => w && !notPlace(w))
    let series: string | undefined = alliance ? OWNERS.get(alliance) : undefined
    const placeWords: string[] = []
    for (const w of words) {
      const s = SERIES.find((x) => x.re.test(w.toLowerCase()))?.name
      if (s) series = s
      else placeWords.push(w.replace(/'s$/, ''))
    }
    const h = HEADS.get(head!)!
    for (const [placeWord, s] of Object.entries(h.placeSeries ?? {})) if (placeWords.includes(placeWord)) series = s
    if (h.onlySeries && series !== h.onlySeries) continue
    const afterWords = after && !notPlace(after.split(/\s+/)[0]!) ? after : undefined
    const place = afterWords ?? (placeWords.length ? placeWords.join(' ') : undefined)
    if (!series && !place) continue
    const placeFree = SERIES.some((x) => x.name === series && x.placeFree)
    const candidates =
      occasions.filter((o) => (!series || o.series === series) && (!place || placeFree || placeMatches(o, place)))
    const leadIn = lead === undefined ? undefined : LEAD_INS.get(lead)
    const future = opts.tense === 'future' || leadIn === 'dayBefore'
    const pick = future
      ? candidates.filter((o) => o.start >= published).sort((a, b) => a.start.localeCompare(b.start))[0]
      : candidates.filter((o) => o.start <= published).sort((a, b) => b.start.localeCompare(a.start))[0]
    if (!pick) continue
    // a bare series ("the G20 summit") only names a recent or coming occasion, within ~2 months
    if (!place && Math.abs(Date.parse(pick.start) - Date.parse(published)) > 62 * 86_400_000) continue
    const day = leadIn === 'end' ? pick.end : leadIn === 'dayBefore' ? dayBefore(pick.start) : pick.start
    const start = m.index! + (lead ? phrase.indexOf(lead) : 0)
    out.push({
      start, end: m.index! + phrase.length, text: text.slice(start, m.index! + phrase.length), occasion: pick,
      date: { start: day, precision: 'day', text: text.slice(start, m.index! + phrase.length) },
    })
  }
  return out
}

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
