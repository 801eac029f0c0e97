// The date-expression rules: one regular expression per form ("May 13, 2016", "last year", "two days ago",
// "on Sunday", "in 2010"), each with its resolver against the publication date. Words come from
// data/lexicon/dates.json.
import { z } from 'zod'
import { daysInMonth } from '../../domain/calendar.ts'
import type { ResolvedDate } from '../types.ts'
import { alternatives, lexiconTable, lexiconWords } from '../resources/lexicon.ts'
import { day, month, shift, weekdayOf, year, type Ymd } from './ymd.ts'

const words = (name: string) => lexiconWords('dates', name)
const any = (name: string) => alternatives(words(name))
const table = (name: string) => lexiconTable('dates', name, z.number().int())
const MONTH_NAMES = [...words('months')]
const MONTH_PREFIXES = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase())
export const MONTH = `(?:${alternatives(MONTH_NAMES)}|(?:${any('monthAbbreviations')})\\.?)(?![A-Za-z])`
const WEEKDAY_NAMES = [...words('weekdays')]
const WEEKDAY = `(?:${alternatives(WEEKDAY_NAMES)})`
/** weekday name (lower case) → 0 (Sunday) … 6 (Saturday) */
const WEEKDAY_NUMBER = new Map(WEEKDAY_NAMES.map((w, i) => [w.toLowerCase(), (i + 1) % 7]))
const ON = String.raw`(?:\b[Oo]n\s+)?`
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\d:])`
const YEAR = String.raw`((?:1[6-9]|20)\d\d)(?![\d%])`
const MOD = `(?:(?:${any('periodEdges')})|(?:the\\s+)?(?:${any('periodParts')}) of)(?:\\s+|-)`
const NUMBER_WORDS = table('numberWords')
const DAY_WORDS = table('dayWords')
const RELATIVE = table('relativeWords')
const MODAL_MONTHS = words('modalMonths')
const PREP = any('periodPrepositions')
const RELATIVE_PERIOD = `(?:\\b(?:${any('relativeQualifiers')}|(?:${any('boundaryPrepositions')}) the ` +
  `(?:${any('periodBoundaries')}) of)\\s+)?\\b(${alternatives(RELATIVE.keys())})\\s+(year|month)\\b`

type Resolver = (m: RegExpExecArray, pub: Ymd, future: () => boolean, before: string) => Omit<ResolvedDate,
  'text'> | null

export const RULES: Array<[RegExp, Resolver]> = [
  [/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  // "May 13, 2016", "on Monday, April 23", "Nov. 8"
  [new RegExp(`${ON}(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+${DAY}(?:,?\\s+${YEAR})?`, 'g'),
    (m, pub, fut) => monthDay(monthIndex(m[1]!), +m[2]!, m[3], pub, fut())],
  // "13 May 2016", "the 9th of May"
  [new RegExp(`${ON}(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(?<![\\d.,$])${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`,
    'g'),
  (m, pub, fut) => monthDay(monthIndex(m[2]!), +m[1]!, m[3], pub, fut())],
  // "in November 2010", "late May 2016"
  [new RegExp(`(?:\\b(?:${PREP})\\s+)?(?:${MOD})?(${MONTH}),?\\s+(?:of\\s+)?${YEAR}`, 'g'),
    (m) => month(+m[2]!, monthIndex(m[1]!))],
  // "last year", "earlier this month", "at the end of last year"
  [new RegExp(RELATIVE_PERIOD, 'gi'),
    (m, pub, _f, before) =>
      /\bthe\s+$/i.test(before) ? null : relativePeriod(m[1]!.toLowerCase(), m[2]!.toLowerCase(), pub)],
  // "two years ago", "3 days ago"
  [new RegExp(`\\b(${alternatives(NUMBER_WORDS.keys())}|\\d{1,3})\\s+(day|month|year)s?\\s+ago\\b`, 'gi'),
    (m, pub) => ago(m[1]!.toLowerCase(), m[2]!.toLowerCase(), pub)],
  // "in November", "this March", "last November", "early May"
  [new RegExp(`(?:\\b(${PREP})\\s+)?(?:\\b(${any('monthModifiers')})(?:\\s+|-))?(${MONTH})(?!\\s*['\u2019]s\\b)`, 'g'),
    (m, pub, fut, before) => bareMonth(m, pub, fut, before)],
  // "on Sunday", "Monday afternoon", "last Tuesday"
  [new RegExp(`(?:\\b(${any('weekdayModifiers')})\\s+)?(?<!(?:${any('weekdayHolidays')})\\s+)(${WEEKDAY})` +
    `(?:\\s+(?:${any('dayParts')}))?\\b`, 'g'),
  (m, pub, fut) => weekday(WEEKDAY_NUMBER.get(m[2]!.toLowerCase())!, m[1]?.toLowerCase(), pub, fut)],
  [new RegExp(`\\b(${alternatives(DAY_WORDS.keys())})\\b`, 'gi'), (m, pub) =>
    shift(pub, DAY_WORDS.get(m[1]!.toLowerCase())!)],
  // "in 2010", "since 2014", "by the end of 2016", "in early 2010"
  [new RegExp(
    `(?:\\b(?:${PREP})\\s+)?(?:${MOD}|(?:the\\s+)?(?:${any('seasons')})\\s+of\\s+)?\\b${YEAR}\\b(?![.,]\\d|-\\d)`, 'g'),
  (m, _p, _f, before) => yearWithCue(m, before)],
]

export const FUTURE_VERB = new RegExp(`\\b(?:${any('futureVerbs')})\\b|'ll\\b`, 'i')
export const FUTURE_NEAR = new RegExp(`\\b(?:${any('futureCues')})\\b[^.,;]{0,20}$`, 'i')
const RANGE_CUE = new RegExp(`\\b(?:${any('rangeCues')})\\s+$`, 'i')
const MODAL_MONTH_CUE = new RegExp(`(?:${any('modalMonthCues')})\\s+$`, 'i')
const NOUN_AFTER = new RegExp(`^\\s+(?!(?:${any('nonPluralS')})\\b)[a-z]{2,}s\\b|^\\s*(?:${any('countNouns')})\\b`)

function monthIndex(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

function monthDay(m: number, d: number, year: string | undefined, pub: Ymd, future: boolean) {
  if (d < 1 || d > 31) return null
  if (year) return day(+year, m, d)
  const after = m > pub.m || (m === pub.m && d > pub.d)
  const before = m < pub.m || (m === pub.m && d < pub.d)
  let y = future ? (before ? pub.y + 1 : pub.y) : after ? pub.y - 1 : pub.y
  for (let i = 0; i < 8 && d > daysInMonth(y, m); i++) y += future ? 1 : -1 // Feb 29
  return day(y, m, d)
}

function bareMonth(m: RegExpExecArray, pub: Ymd, future: () => boolean, before: string) {
  const prep = m[1]
  const mod = m[2]?.toLowerCase().replace(/-$/, '')
  const name = m[3]!
  const mon = monthIndex(name)
  if (!prep && !mod &&
    !(RANGE_CUE.test(before) && (!MODAL_MONTHS.has(name) || MODAL_MONTH_CUE.test(before)))) return null
  if (/\.$/.test(name) && !mod && !prep) return null
  const rel = mod === undefined ? undefined : RELATIVE.get(mod)
  if (rel === 0) return month(pub.y, mon)
  if (rel !== undefined && rel < 0) return month(mon < pub.m ? pub.y : pub.y - 1, mon)
  if (rel !== undefined && rel > 0) return month(mon > pub.m ? pub.y : pub.y + 1, mon)
  if (future()) return month(mon >= pub.m ? pub.y : pub.y + 1, mon)
  return month(mon <= pub.m ? pub.y : pub.y - 1, mon)
}

function weekday(target: number, mod: string | undefined, pub: Ymd, future: () => boolean) {
  const today = weekdayOf(pub)
  const back = (today - target + 7) % 7
  const ahead = (target - today + 7) % 7
  const rel = mod === undefined ? undefined : RELATIVE.get(mod)
  if (rel !== undefined && rel < 0) return shift(pub, -(back || 7))
  if (rel !== undefined && rel > 0) return shift(pub, ahead || 7)
  if (future()) return shift(pub, rel === 0 ? ahead : ahead || 7)
  return shift(pub, -back)
}

function relativePeriod(mod: string, unit: string, pub: Ymd) {
  const delta = RELATIVE.get(mod)!
  if (unit === 'year') return year(pub.y + delta)
  const idx = pub.y * 12 + pub.m - 1 + delta
  return month(Math.floor(idx / 12), (idx % 12) + 1)
}

function ago(count: string, unit: string, pub: Ymd) {
  const n = /^\d/.test(count) ? +count : NUMBER_WORDS.get(count)!
  if (unit === 'day') return shift(pub, -n)
  if (unit === 'year') return year(pub.y - n)
  const idx = pub.y * 12 + pub.m - 1 - n
  return month(Math.floor(idx / 12), (idx % 12) + 1)
}

function yearWithCue(m: RegExpExecArray, before: string) {
  const hasCue = m[0] !== m[1] || RANGE_CUE.test(before)
  const rest = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30)
  if (!hasCue || NOUN_AFTER.test(rest) || /[$€£]\s*$/.test(before)) return null
  return year(+m[1]!)
}
