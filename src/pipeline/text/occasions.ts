// Dated diplomatic occasions: articles often date remarks by the event they were made at ("Putin told
// journalists following the G20 summit in Los Cabos") instead of by a date. A table of summits and
// conferences (data/occasions/occasions.json) turns such phrases into day-precision dates.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { ResolvedDate } from '../types.ts'
import { normalizeName } from '../../domain/names.ts'

const Occasion = z.object({
  series: z.string().min(1),
  place: z.string().min(1),
  start: z.iso.date(),
  end: z.iso.date(),
  aliases: z.array(z.string()),
})
export type Occasion = z.infer<typeof Occasion>

export interface OccasionMention {
  start: number
  end: number
  text: string
  occasion: Occasion
  date: ResolvedDate
}

const defaultFile = fileURLToPath(new URL('../../../data/occasions/occasions.json', import.meta.url))
const cache = new Map<string, Occasion[]>()

export function loadOccasions(file = defaultFile): Occasion[] {
  let list = cache.get(file)
  if (!list) {
    const parsed = z.object({ occasions: z.array(Occasion) }).safeParse(JSON.parse(readFileSync(file, 'utf8')))
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`)
    list = parsed.data.occasions
    cache.set(file, list)
  }
  return list
}

/** How the words before "summit"/"conference" name a series. */
const SERIES: [RegExp, string][] = [
  [/^(g-?20|group of twenty)$/, 'G20'],
  [/^(g-?8|group of eight)$/, 'G8'],
  [/^(g-?7|group of seven)$/, 'G7'],
  [/^(nato|alliance|atlantic alliance|nato'?s?|alliance'?s)$/, 'NATO'],
  [/^munich$/, 'Munich Security Conference'],
  [/^shangri-?la$/, 'Shangri-La Dialogue'],
  [/^(russia-us|russia-u\.?s\.?|us-russia|u\.?s\.?-russia(n)?|russian-american|putin-trump|trump-putin|biden-putin|putin-biden)$/, 'Russia-US'],
]
const NOT_PLACES = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|this|last|next|its|their)$/i

// [lead-in] [the/a …] [up to 3 name words] summit|Security Conference|Dialogue [in/at Place Words]
const PHRASE =
  /\b(?:(following|after|ahead of|before|at|during|on the sidelines of|on the margins of)\s+)?(?:(?:the|a|an|this|last|its|their|this year's|last year's)\s+)?(?:(alliance's|allies')\s+)?((?:[A-Z][\w'.-]*\s+){0,3})(summit|Security Conference|Dialogue)\b(?:\s+(?:in|at)\s+([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}))?/g

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
export function findOccasions(text: string, published: string, opts: { tense?: 'past' | 'future' } = {}, occasions = loadOccasions()): OccasionMention[] {
  const out: OccasionMention[] = []
  for (const m of text.matchAll(PHRASE)) {
    const [phrase, lead, alliance, nameWords = '', head, after] = m
    const words = nameWords.trim().split(/\s+/).filter((w) => w && !NOT_PLACES.test(w))
    let series: string | undefined = alliance ? 'NATO' : undefined
    const placeWords: string[] = []
    for (const w of words) {
      const s = SERIES.find(([re]) => re.test(w.toLowerCase()))?.[1]
      if (s) series = s
      else placeWords.push(w.replace(/'s$/, ''))
    }
    if (head === 'Security Conference' && placeWords.includes('Munich')) series = 'Munich Security Conference'
    if (head === 'Dialogue' && series !== 'Shangri-La Dialogue') continue
    const afterWords = after && !NOT_PLACES.test(after.split(/\s+/)[0]!) ? after : undefined
    const place = afterWords ?? (placeWords.length ? placeWords.join(' ') : undefined)
    if (!series && !place) continue
    const candidates = occasions.filter((o) => (!series || o.series === series) && (!place || series === 'Munich Security Conference' || series === 'Shangri-La Dialogue' || placeMatches(o, place)))
    const future = opts.tense === 'future' || /^(ahead of|before)$/.test(lead ?? '')
    const pick = future
      ? candidates.filter((o) => o.start >= published).sort((a, b) => a.start.localeCompare(b.start))[0]
      : candidates.filter((o) => o.start <= published).sort((a, b) => b.start.localeCompare(a.start))[0]
    if (!pick) continue
    // a bare series ("the G20 summit") only names a recent or coming occasion, within ~2 months
    if (!place && Math.abs(Date.parse(pick.start) - Date.parse(published)) > 62 * 86_400_000) continue
    const day = /^(following|after)$/.test(lead ?? '') ? pick.end : /^(ahead of|before)$/.test(lead ?? '') ? dayBefore(pick.start) : pick.start
    const start = m.index! + (lead ? phrase.indexOf(lead) : 0)
    out.push({ start, end: m.index! + phrase.length, text: text.slice(start, m.index! + phrase.length), occasion: pick, date: { start: day, precision: 'day', text: text.slice(start, m.index! + phrase.length) } })
  }
  return out
}

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
