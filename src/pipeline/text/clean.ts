// Raw article text → clean prose, with an offset map back to the raw text.
// Works line by line: each raw line is normalised (quotes, dashes, spaces), classified
// (blank / noise / block heading / content), content lines are joined into paragraphs
// (repairing words and lines broken across line breaks), adjacent duplicates are dropped.
import { datelineLength } from './dates.ts'
import { alternatives, lexiconPatterns, lexiconWords } from '../resources/lexicon.ts'

export interface Cleaned { text: string; map: Int32Array }

interface Line {
  text: string
  /** map[i] = raw offset of text[i] */
  map: number[]
  /** raw offset where the line's break starts (raw.length for the last line) */
  brk: number
  /** raw line number */
  index: number
  leadingSpace: boolean
  trailingSpace: boolean
}

const REPLACE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
}
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/

/** What one raw char becomes in the cleaned text: '' (dropped), ' ' (any space) or its replacement. */
export function normaliseChar(c: string): string {
  if (ZERO_WIDTH.test(c)) return ''
  if (/\s/.test(c)) return ' '
  return REPLACE[c] ?? c
}

// ---- line classification (on the normalised, trimmed line) ----

const noise = (name: string) => lexiconPatterns('page-noise', name)
const listed = (name: string) => alternatives(lexiconWords('page-noise', name))
const CHROME = new RegExp(`^(?:${noise('chromeLines').join('|')})$`, 'i')
const CHROME_PREFIX =
  new RegExp(`^(?:${noise('chromeStarts').join('|')}|(?:${noise('chromeLabels').join('|')})\\s*[:|>»])`, 'i')
const CAPTION = [
  new RegExp(`\\b(?:${listed('captionPhrases')})\\b`, 'i'), /©/,
  new RegExp(`\\b(?:${listed('photoAgencies')})\\s?\\/\\s?[A-Z][a-z]`),
  new RegExp(`\\b(?:${listed('photoDesks')}) Photo\\b`),
  /\([A-Z][^()/]*\/\s?[A-Z][\w.'-]* [A-Z][^()]*\)\.?$/, // "(Agencja Gazeta/Jan Rusek via Reuters)"
]
const OUTLET_SUFFIX = new RegExp(`\\s[-|]\\s(?:${listed('outletSuffixes')})$`)
const BLOCK = new RegExp(`^(?:${noise('blockHeadings').join('|')})$`, 'i')
const URL_LINE = /^(?:[^\s:]{1,20}:\s*)?(?:https?:\/\/|www\.)\S+$/i
const TERMINAL = /[.!?:;"')\]]$/

const words = (t: string) => t.split(' ').length
const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const isRealParagraph = (t: string) => words(t) >= 8 && /[.!?]["')\]]*$/.test(t)

function mostlyNonLatin(t: string): boolean {
  const s = t.replace(/\b(?:https?:\/\/|www\.)\S+/gi, '')
  const latin = s.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0
  const letters = s.match(/\p{L}/gu)?.length ?? 0
  return letters - latin > latin
}

/** A caption repeated with the outlet appended: "<tail of previous line> - Sputnik International". */
function repeatsPrevious(t: string, prev: string): boolean {
  const m = /^(.*\S)\s[-|]\s[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}$/.exec(t)
  if (!m) return false
  const body = key(m[1]!)
  return body.length >= 20 && key(prev).endsWith(body)
}

function isNoise(t: string, prev: string): boolean {
  if (!/\p{L}/u.test(t)) return true // lone numbers, "---", bullets
  if (CHROME.test(t) || CHROME_PREFIX.test(t) || URL_LINE.test(t) || OUTLET_SUFFIX.test(t)) return true
  if (CAPTION.some((re) => re.test(t))) return true
  if (/^[-|] /.test(t) && words(t) <= 5) return true // "- Sputnik International"
  return mostlyNonLatin(t) || repeatsPrevious(t, prev)
}

/** Section labels ("Russia") and other 1–2 word paragraphs, but not a dateline ("WASHINGTON -"). */
const isFragment = (p: Line) => words(p.text) <= 2 && !TERMINAL.test(p.text) && datelineLength(p.text) === 0

const isHeading = (t: string) => t.length <= 60 && !/[.!?]$/.test(t) && BLOCK.test(t)

// ---- reading lines ----

function readLine(raw: string, s: number, e: number, index: number): Line {
  let text = ''
  const map: number[] = []
  let space = -1
  for (let i = s; i < e; i++) {
    const r = normaliseChar(raw.charAt(i))
    if (r === '') continue
    if (r === ' ') { if (space < 0) space = i; continue }
    if (space >= 0 && text !== '') { text += ' '; map.push(space) }
    space = -1
    for (let k = 0; k < r.length; k++) { text += r.charAt(k); map.push(i) }
  }
  const ws = (i: number) => i >= s && i < e && /\s/.test(raw.charAt(i))
  return { text, map, brk: e, index, leadingSpace: ws(s), trailingSpace: ws(e - 1) }
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = []
  const re = /\r\n|[\n\r\u2028\u2029]/g
  let s = 0
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    lines.push(readLine(raw, s, m.index, lines.length))
    s = m.index + m[0].length
  }
  lines.push(readLine(raw, s, raw.length, lines.length))
  return lines
}

/** Keep the content lines; drop noise and everything in a "Top stories"/"Related" block. */
function contentLines(lines: Line[]): Line[] {
  const out: Line[] = []
  let prev = ''
  let inBlock = false
  let blankSeen = false
  for (const ln of lines) {
    const t = ln.text
    if (t === '') { blankSeen = true; continue }
    if (inBlock && !(blankSeen && isRealParagraph(t))) { prev = t; blankSeen = false; continue }
    inBlock = false
    blankSeen = false
    if (isHeading(t)) inBlock = true
    else if (!isNoise(t, prev)) out.push(ln)
    prev = t
  }
  return out
}

// ---- joining lines into paragraphs ----

/** A word split over two lines: "F\nrank", "th\ne", "anti-\nmissile". */
/** The last word of `text` when it is letters with an optional final hyphen after a space, bracket or quote
 *  (or at the start): `(?:^|[\s("'])([A-Za-z]+-?)$`, found from the end. */
function lastWord(text: string): string | undefined {
  let k = text.length
  if (text[k - 1] === '-') k--
  let j = k
  while (j > 0 && /[A-Za-z]/.test(text[j - 1]!)) j--
  if (j === k || (j > 0 && !/[\s("']/.test(text[j - 1]!))) return undefined
  return text.slice(j)
}

/** A paragraph being joined from lines: its last line (flags, break), text parts, offset map and the end of its
 *  text (what the joining rules look at). */
interface Joined { last: Line; parts: string[]; map: number[]; tail: string }

/** How much of a paragraph's end the joining rules see: its last word and last character. */
const TAIL = 4096

function brokenWord(a: Joined, b: Line): boolean {
  if (a.last.trailingSpace || b.leadingSpace || !/^[a-z]/.test(b.text)) return false
  const last = lastWord(a.tail)
  if (!last) return false
  if (last.endsWith('-')) return true
  if (/^[B-HJ-Z]$/.test(last)) return true // single capital, not "A"/"I"
  return !/[aeiouyAEIOUY]/.test(last) && /[a-z]/.test(last) // vowel-less fragment ("Wh", "th"), not an acronym
}

/** Hard-wrapped text (fixed-width lines): single line breaks are spaces, blank lines are paragraphs. */
function isWrapped(lines: Line[]): boolean {
  let pairs = 0
  let midSentence = 0
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!
    if (a.text.length > 120) return false
    if (lines[i]!.index !== a.index + 1) continue
    pairs++
    if (!TERMINAL.test(a.text)) midSentence++
  }
  return pairs >= 3 && midSentence / pairs >= 0.4
}

function joiner(a: Joined, b: Line, wrapped: boolean): string | null {
  if (b.index !== a.last.index + 1) return null
  if (brokenWord(a, b)) return ''
  if (wrapped) return ' '
  return !TERMINAL.test(a.tail.slice(-1)) && /^[a-z]/.test(b.text) ? ' ' : null
}

/** Lines joined into paragraphs (in linear time: parts and offsets are appended, not copied). */
function paragraphs(lines: Line[]): Line[] {
  const wrapped = isWrapped(lines)
  const out: Line[] = []
  let acc: Joined | null = null
  const close = (a: Joined) => out.push({ ...a.last, text: a.parts.join(''), map: a.map })
  for (const ln of lines) {
    const sep = acc ? joiner(acc, ln, wrapped) : null
    if (acc && sep !== null) {
      if (sep) acc.map.push(acc.last.brk)
      for (const o of ln.map) acc.map.push(o)
      acc.parts.push(sep, ln.text)
      acc.tail = (acc.tail + sep + ln.text).slice(-TAIL)
      acc.last = ln
      continue
    }
    if (acc) close(acc)
    acc = { last: ln, parts: [ln.text], map: [...ln.map], tail: ln.text.slice(-TAIL) }
  }
  if (acc) close(acc)
  return out
}

/**
 * Drop a paragraph that repeats its neighbour (identical, identical but for a dateline, or a
 * prefix of it such as a lead repeated with ", Foreign Policy magazine reported."). Of the two,
 * keep the one with a dateline, else the longer one, else the first.
 */
function dedupe(paras: Line[]): Line[] {
  const out: Line[] = []
  for (const p of paras) {
    const q = out[out.length - 1]
    if (!q) { out.push(p); continue }
    const kp = key(p.text.slice(datelineLength(p.text)))
    const kq = key(q.text.slice(datelineLength(q.text)))
    const [short, long] = kp.length <= kq.length ? [kp, kq] : [kq, kp]
    const dup = short === long || (short.length >= 20 && long.startsWith(short) && short.length / long.length >= 0.6)
    if (!dup) { out.push(p); continue }
    const pFirst = datelineLength(p.text) > 0 && datelineLength(q.text) === 0
    const qFirst = datelineLength(q.text) > 0 && datelineLength(p.text) === 0
    if (pFirst || (!qFirst && kp.length > kq.length)) out[out.length - 1] = p
  }
  return out
}

export function clean(raw: string): Cleaned {
  const paras = dedupe(paragraphs(contentLines(splitLines(raw))).filter((p) => !isFragment(p)))
  let text = ''
  const map: number[] = []
  paras.forEach((p, i) => {
    if (i > 0) {
      const brk = paras[i - 1]!.brk
      text += '\n\n'
      map.push(brk, brk)
    }
    text += p.text
    for (const o of p.map) map.push(o)
  })
  map.push(raw.length)
  return { text, map: Int32Array.from(map) }
}

/** Cleaned span [start, end) → raw span; `raw.slice(r.start, r.end)` is that span's raw text. */
export function toRawSpan(c: Cleaned, start: number, end: number): { start: number; end: number } {
  const n = c.text.length
  const s = Math.max(0, Math.min(start, n))
  const e = Math.max(s, Math.min(end, n))
  const rawStart = c.map[s]!
  return e === s ? { start: rawStart, end: rawStart } : { start: rawStart, end: c.map[e - 1]! + 1 }
}
