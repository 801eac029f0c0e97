// Date expressions resolved against the publication date. Hand-written rules (date-rules.ts; predictable and
// fast: all regexes are built once at load). Weeks ("last week") are deliberately not resolved:
// a ResolvedDate has no week precision, and "the Monday of last week" would be a made-up day.
import { periodEnd as partialPeriodEnd } from '../../domain/calendar.ts'
import type { ResolvedDate } from '../types.ts'
import { findOccasions } from './occasions.ts'
import { FUTURE_NEAR, FUTURE_VERB, MONTH, RULES } from './date-rules.ts'
import { parseYmd, ymd } from './ymd.ts'

export interface DateMention { start: number; end: number; text: string; date: ResolvedDate }
export interface DateOptions {
  tense?: 'past' | 'future'
  /** also date named occasions ("following the G20 summit in Los Cabos", occasions.ts) that overlap no date
   *  expression */
  occasions?: boolean
}

export function findDates(text: string, published: string, opts: DateOptions = {}): DateMention[] {
  const pub = parseYmd(published)
  const taken: DateMention[] = []
  for (const [re, resolve] of RULES) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some((t) => start < t.end && t.start < end)) continue
      const future = () => (opts.tense ? opts.tense === 'future' : hasFutureMarker(text, start, end))
      const r = resolve(m, pub, future, text.slice(Math.max(0, start - 40), start))
      if (r) taken.push({ start, end, text: m[0], date: { ...r, text: m[0] } })
    }
  }
  // a named occasion ("following the G20 summit in Los Cabos") dates the clause like a date would
  for (const o of opts.occasions ? findOccasions(text, published, opts) : []) {
    const overlaps = taken.some((t) => o.start < t.end && t.start < o.end)
    if (!overlaps) taken.push({ start: o.start, end: o.end, text: o.text, date: o.date })
  }
  return taken.sort((a, b) => a.start - b.start)
}

/**
 * Future when a future verb ("will", "would", "is going to") sits in the 80 chars before the
 * expression or right after a fronted one ("In July, he will"), or a modifier ("ahead of a",
 * "upcoming", "next") sits right before it. "upcoming meetings ... Monday" stays past.
 */
function hasFutureMarker(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start)
  if (FUTURE_VERB.test(before) || FUTURE_NEAR.test(before)) return true
  const lead = text.slice(0, start).trim()
  return (lead === '' || /[,;:"]$/.test(lead)) && FUTURE_VERB.test(text.slice(end, end + 50))
}

// ---- datelines ----

const DATELINE = new RegExp(
  String.raw`^([A-Z][\w.'-]*(?:[ -][A-Z][\w.'-]*){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)` +
  String.raw`(?:,? ((?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?))?` +
  String.raw`(?:\s*(\([^()\n]{1,40}\)|/[^/\n]{1,40}/))?\s*[-\u2013\u2014]{1,2}(?:\s+|$)`)

/** Length of a leading dateline ("MOSCOW, April 23 (RIA Novosti) - "), 0 when the text has none. */
export function datelineLength(paragraph: string): number {
  const m = DATELINE.exec(paragraph)
  if (!m) return 0
  const place = m[1]!
  const allCaps = /[A-Z]{2}/.test(place) && !/[a-z]/.test(place.split(',')[0]!)
  return allCaps || m[2] || m[3] ? m[0].length : 0
}

/** The date of the first dated dateline in the article's first paragraphs (resolved on/before publication). */
export function findDateline(cleaned: string, published: string): DateMention | null {
  let offset = 0
  for (const para of cleaned.split('\n\n').slice(0, 6)) {
    const len = datelineLength(para)
    if (len > 0) {
      const head = para.slice(0, len)
      const mention = findDates(head, published, { tense: 'past' }).find((d) => d.date.precision === 'day')
      if (mention) return { ...mention, start: mention.start + offset, end: mention.end + offset }
    }
    offset += para.length + 2
  }
  return null
}

// ---- formatting ----

export function publicationDate(published: string): ResolvedDate {
  const p = parseYmd(published)
  return { start: ymd(p.y, p.m, p.d), precision: 'day', text: null }
}

export function formatDate(d: ResolvedDate): string {
  if (d.precision === 'day') return d.start.slice(0, 10)
  return d.precision === 'month' ? d.start.slice(0, 7) : d.start.slice(0, 4)
}

/** Last day of the period a resolved date covers (YYYY-MM-DD). */
export function periodEnd(d: ResolvedDate): string {
  return partialPeriodEnd(formatDate(d))
}
