// Date expressions resolved against the publication date. Hand-written rules (predictable and
// fast: all regexes are built once at load). Weeks ("last week") are deliberately not resolved:
// a ResolvedDate has no week precision, and "the Monday of last week" would be a made-up day.
import { daysInMonth, periodEnd as partialPeriodEnd } from '../../domain/calendar.ts'
import type { DatePrecision, ResolvedDate } from '../types.ts'
import { findOccasions } from './occasions.ts'

export interface DateMention { start: number; end: number; text: string; date: ResolvedDate }
export interface DateOptions {
  tense?: 'past' | 'future'
  /** also date named occasions ("following the G20 summit in Los Cabos", occasions.ts) that overlap no date expression */
  occasions?: boolean
}

interface Ymd { y: number; m: number; d: number }

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])`
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
const ON = String.raw`(?:\b[Oo]n\s+)?`
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\d:])`
const YEAR = String.raw`((?:1[6-9]|20)\d\d)(?![\d%])`
const MOD = String.raw`(?:early|late|mid|(?:the\s+)?(?:end|beginning|start|middle) of)(?:\s+|-)`
const NUMBER_WORDS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

type Resolver = (m: RegExpExecArray, pub: Ymd, future: () => boolean, before: string) => Omit<ResolvedDate, 'text'> | null

const RULES: Array<[RegExp, Resolver]> = [
  [/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  // "May 13, 2016", "on Monday, April 23", "Nov. 8"
  [new RegExp(`${ON}(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+${DAY}(?:,?\\s+${YEAR})?`, 'g'),
    (m, pub, fut) => monthDay(monthIndex(m[1]!), +m[2]!, m[3], pub, fut())],
  // "13 May 2016", "the 9th of May"
  [new RegExp(`${ON}(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(?<![\\d.,$])${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`, 'g'),
    (m, pub, fut) => monthDay(monthIndex(m[2]!), +m[1]!, m[3], pub, fut())],
  // "in November 2010", "late May 2016"
  [new RegExp(`(?:\\b[Ii]n\\s+)?(?:${MOD})?(${MONTH}),?\\s+(?:of\\s+)?${YEAR}`, 'g'),
    (m) => month(+m[2]!, monthIndex(m[1]!))],
  // "last year", "earlier this month", "at the end of last year"
  [/(?:\b(?:earlier|later|early|late|mid-|(?:at|by|until|before|after) the (?:end|beginning|start) of)\s+)?\b(this|last|next)\s+(year|month)\b/gi,
    (m, pub, _f, before) => /\bthe\s+$/i.test(before) ? null : relativePeriod(m[1]!.toLowerCase(), m[2]!.toLowerCase(), pub)],
  // "two years ago", "3 days ago"
  [new RegExp(`\\b(${NUMBER_WORDS.join('|')}|\\d{1,3})\\s+(day|month|year)s?\\s+ago\\b`, 'gi'), (m, pub) => ago(m[1]!.toLowerCase(), m[2]!.toLowerCase(), pub)],
  // "in November", "this March", "last November", "early May"
  [new RegExp(`(?:\\b([Ii]n|[Dd]uring)\\s+)?(?:\\b(this|This|last|Last|next|Next|early|Early|late|Late|mid|Mid)(?:\\s+|-))?(${MONTH})(?!\\s*['\u2019]s\\b)`, 'g'),
    (m, pub, fut, before) => bareMonth(m, pub, fut, before)],
  // "on Sunday", "Monday afternoon", "last Tuesday"
  [new RegExp(`(?:\\b(on|On|last|Last|next|Next|this|This|early|late)\\s+)?(?<!(?:Black|Good|Cyber|Super|Easter|Ash|Holy|Palm|Blue)\\s+)(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g'),
    (m, pub, fut) => weekday(WEEKDAYS.indexOf(m[2]!.toLowerCase()), m[1]?.toLowerCase(), pub, fut)],
  [/\b(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))\b/gi,
    (m, pub) => shift(pub, m[1]!.toLowerCase() === 'yesterday' ? -1 : m[1]!.toLowerCase() === 'tomorrow' ? 1 : 0)],
  // "in 2010", "since 2014", "by the end of 2016", "in early 2010"
  [new RegExp(`(?:\\b(?:[Ii]n|[Dd]uring)\\s+)?(?:${MOD}|(?:the\\s+)?(?:spring|summer|autumn|fall|winter)\\s+of\\s+)?\\b${YEAR}\\b(?![.,]\\d|-\\d)`, 'g'),
    (m, _p, _f, before) => yearWithCue(m, before)],
]

const FUTURE_VERB = /\b(?:will|would|shall|won't|going to|scheduled)\b|'ll\b/i
const FUTURE_NEAR = /\b(?:ahead of|upcoming|coming|next|later this)\b[^.,;]{0,20}$/i
const YEAR_CUE = /\b(?:since|until|till|through|from|by|before|after)\s+$/i
const MONTH_CUE = /\b(?:since|until|till|through|from|before|after|by)\s+$/i
const NOUN_AFTER = /^\s+(?!(?:was|has|this|its|his|is|as|thus|always|perhaps|unless|whereas)\b)[a-z]{2,}s\b|^\s*(?:%|per ?cent|percent|million|billion|thousand|people|troops|men)\b/

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
    if (!taken.some((t) => o.start < t.end && t.start < o.end)) taken.push({ start: o.start, end: o.end, text: o.text, date: o.date })
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

// ---- resolvers ----

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
  if (!prep && !mod && !(MONTH_CUE.test(before) && (name !== 'May' || /(?:since|until|till)\s+$/i.test(before)))) return null
  if (/\.$/.test(name) && !mod && !prep) return null
  if (mod === 'this') return month(pub.y, mon)
  if (mod === 'last') return month(mon < pub.m ? pub.y : pub.y - 1, mon)
  if (mod === 'next') return month(mon > pub.m ? pub.y : pub.y + 1, mon)
  if (future()) return month(mon >= pub.m ? pub.y : pub.y + 1, mon)
  return month(mon <= pub.m ? pub.y : pub.y - 1, mon)
}

function weekday(target: number, mod: string | undefined, pub: Ymd, future: () => boolean) {
  const today = weekdayOf(pub)
  const back = (today - target + 7) % 7
  const ahead = (target - today + 7) % 7
  if (mod === 'last') return shift(pub, -(back || 7))
  if (mod === 'next') return shift(pub, ahead || 7)
  if (future()) return shift(pub, mod === 'this' ? ahead : ahead || 7)
  return shift(pub, -back)
}

function relativePeriod(mod: string, unit: string, pub: Ymd) {
  const delta = mod === 'last' ? -1 : mod === 'next' ? 1 : 0
  if (unit === 'year') return year(pub.y + delta)
  const idx = pub.y * 12 + pub.m - 1 + delta
  return month(Math.floor(idx / 12), (idx % 12) + 1)
}

function ago(count: string, unit: string, pub: Ymd) {
  const n = /^\d/.test(count) ? +count : Math.max(1, NUMBER_WORDS.indexOf(count) - 1)
  if (unit === 'day') return shift(pub, -n)
  if (unit === 'year') return year(pub.y - n)
  const idx = pub.y * 12 + pub.m - 1 - n
  return month(Math.floor(idx / 12), (idx % 12) + 1)
}

function yearWithCue(m: RegExpExecArray, before: string) {
  const hasCue = m[0] !== m[1] || YEAR_CUE.test(before)
  const rest = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30)
  if (!hasCue || NOUN_AFTER.test(rest) || /[$€£]\s*$/.test(before)) return null
  return year(+m[1]!)
}

// ---- calendar helpers ----

function day(y: number, m: number, d: number) {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return { start: ymd(y, m, d), precision: 'day' as DatePrecision }
}
function month(y: number, m: number) { return { start: ymd(y, m, 1), precision: 'month' as DatePrecision } }
function year(y: number) { return { start: ymd(y, 1, 1), precision: 'year' as DatePrecision } }

function shift(p: Ymd, days: number) {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days))
  return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

function monthIndex(name: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1
}
function weekdayOf(p: Ymd): number { return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() }
function pad(n: number, w: number): string { return String(n).padStart(w, '0') }
function ymd(y: number, m: number, d: number): string { return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` }

function parseYmd(s: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (!m || !day(+m[1]!, +m[2]!, +m[3]!)) throw new RangeError(`invalid publication date: ${s}`)
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! }
}

// ---- formatting ----

export function publicationDate(published: string): ResolvedDate {
  const p = parseYmd(published)
  return { start: ymd(p.y, p.m, p.d), precision: 'day', text: null }
}

export function formatDate(d: ResolvedDate): string {
  return d.precision === 'day' ? d.start.slice(0, 10) : d.precision === 'month' ? d.start.slice(0, 7) : d.start.slice(0, 4)
}

/** Last day of the period a resolved date covers (YYYY-MM-DD). */
export function periodEnd(d: ResolvedDate): string {
  return partialPeriodEnd(formatDate(d))
}
