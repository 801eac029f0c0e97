// Dates as day numbers (days since 1970-01-01, UTC): cheap to draw and compare, formatted once.

const DAY_MS = 86_400_000

export const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS)

const isoCache = new Map<number, string>()

/** YYYY-MM-DD of a day number (memoised: a dataset has only some 13,000 distinct days). */
export function isoDay(day: number): string {
  let s = isoCache.get(day)
  if (s === undefined) isoCache.set(day, (s = new Date(day * DAY_MS).toISOString().slice(0, 10)))
  return s
}

/** The first and last day of the month holding `day`. */
export function monthOf(day: number): [number, number] {
  const d = new Date(day * DAY_MS)
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS
  const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS
  return [first, last]
}

/** The first and last day of the year holding `day`. */
export function yearOf(day: number): [number, number] {
  const y = new Date(day * DAY_MS).getUTCFullYear()
  return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y, 11, 31) / DAY_MS]
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "12 March 2014", "March 2014", "2014". */
export function dayText(day: number, precision: 'day' | 'month' | 'year'): string {
  const key = day * 4 + (precision === 'day' ? 0 : precision === 'month' ? 1 : 2)
  let s = textCache.get(key)
  if (s === undefined) textCache.set(key, (s = formatDay(day, precision)))
  return s
}

const textCache = new Map<number, string>()

function formatDay(day: number, precision: 'day' | 'month' | 'year'): string {
  const d = new Date(day * DAY_MS)
  const month = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
  if (precision === 'year') return String(d.getUTCFullYear())
  return precision === 'month' ? month : `${d.getUTCDate()} ${month}`
}
