// Calendar arithmetic on ISO dates and partial dates (YYYY, YYYY-MM, YYYY-MM-DD), shared by the
// date stage, the gazetteer's role dates and the loader.

export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** true for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date */
export function isPartialDate(s: string): boolean {
  const m = PARTIAL_DATE.exec(s)
  if (!m) return false
  const year = Number(m[1])
  if (m[2] === undefined) return true
  const month = Number(m[2])
  if (month < 1 || month > 12) return false
  if (m[3] === undefined) return true
  const day = Number(m[3])
  return day >= 1 && day <= daysInMonth(year, month)
}

/** First day of a partial date's period: "2003" → "2003-01-01", "2008-07" → "2008-07-01". */
export function periodStart(s: string): string {
  const m = PARTIAL_DATE.exec(s)
  if (!m) throw new Error(`not a date: ${JSON.stringify(s)}`)
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`
}

/** Last day of a partial date's period: "2003" → "2003-12-31", "2012-02" → "2012-02-29". */
export function periodEnd(s: string): string {
  const m = PARTIAL_DATE.exec(s)
  if (!m) throw new Error(`not a date: ${JSON.stringify(s)}`)
  if (m[2] === undefined) return `${m[1]}-12-31`
  if (m[3] !== undefined) return s
  const dd = String(daysInMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')
  return `${m[1]}-${m[2]}-${dd}`
}
