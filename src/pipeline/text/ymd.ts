// Calendar arithmetic on year-month-day triples: day/month/year dates of a given precision, shifts by days, the
// weekday, and parsing of the publication date.
import { daysInMonth } from '../../domain/calendar.ts'
import type { DatePrecision } from '../types.ts'

export interface Ymd { y: number; m: number; d: number }

export function day(y: number, m: number, d: number) {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return { start: ymd(y, m, d), precision: 'day' as DatePrecision }
}
export function month(y: number, m: number) { return { start: ymd(y, m, 1), precision: 'month' as DatePrecision } }
export function year(y: number) { return { start: ymd(y, 1, 1), precision: 'year' as DatePrecision } }

export function shift(p: Ymd, days: number) {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days))
  return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

export function weekdayOf(p: Ymd): number { return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() }
function pad(n: number, w: number): string { return String(n).padStart(w, '0') }
export function ymd(y: number, m: number, d: number): string { return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` }

export function parseYmd(s: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (!m || !day(+m[1]!, +m[2]!, +m[3]!)) throw new RangeError(`invalid publication date: ${s}`)
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! }
}
