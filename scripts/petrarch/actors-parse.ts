// Phoenix actor dictionaries → raw entries (names + date-bounded codes), before any interpretation.
// Format (PETRreader.read_actor_dictionary, docs/source/dictionaries.rst): a primary phrase, '+' synonym
// lines, then '\t[CODE DATES]' lines; codes may also follow a phrase on its own line. Deviation, on
// purpose: the source often lists synonyms without their '+' (e.g. LEONID_BREZHNEV_ then
// SECRETARY_BREZHNEV, then the dates); PETRARCH2 would make the earlier ones separate entries without a
// code. Here a phrase without '+' joins the entry above when that entry has no code yet and the two
// share a distinctive word; otherwise it starts a new entry.
import { splitComment } from './source-files.ts'
import type { Warning } from './verbs.ts'

export interface RawCode {
  /** "RUSGOV", "IGOUNO", "USA" … */
  code: string
  /** YYYY-MM-DD bounds (inclusive); null = open */
  from: string | null
  to: string | null
  /** the bracket as written: "RUSGOV 991231-080507" */
  text: string
  note: string | null
}

export interface RawEntry {
  file: 'countries' | 'international'
  line: number
  /** phrases as written, upper case with '_' (primary first) */
  names: string[]
  codes: RawCode[]
  /** comments on the phrase lines ("CountryInfo.txt" marks CountryInfo's leaders) */
  comments: string[]
}

/** YYMMDD (00–30 → 20YY) or YYYYMMDD → YYYY-MM-DD, or null when not a real date. */
export function parseDate(s: string): string | null {
  let d = s.trim()
  if (d.length === 10 && /^(19|20)(19|20)/.test(d)) d = d.slice(2) // "1920030320": a century typed twice
  if (d.length === 9) d = d.slice(0, 8) // "201005011": a digit too many
  let y: number, m: number, day: number
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2))
    y = yy <= 30 ? 2000 + yy : 1900 + yy
    m = Number(d.slice(2, 4))
    day = Number(d.slice(4, 6))
  } else if (/^\d{8}$/.test(d)) {
    y = Number(d.slice(0, 4))
    m = Number(d.slice(4, 6))
    day = Number(d.slice(6, 8))
  } else return null
  const date = new Date(Date.UTC(y, m - 1, day))
  if (m < 1 || m > 12 || date.getUTCDate() !== day) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** "[RUSGOV 991231-080507]", "[USAGOV >130201]", "[RUSELI]" → RawCode; bad dates are dropped with a warning. */
export function parseCodeBracket(
  inner: string, note: string | null, line: number, warn: (w: Warning) => void,
): RawCode | null {
  const text = inner.replace(/\s+/g, ' ').trim()
  const [code, ...rest] = text.split(' ')
  if (!code || !/^[A-Z0-9-]+$/.test(code)) {
    warn({ line, message: `code not understood, skipped: [${text}]` })
    return null
  }
  const dates = rest.join('')
  const out: RawCode = { code, from: null, to: null, text, note }
  if (dates === '') return out
  const bad = (): null => { warn({ line, message: `date not understood, bound left open: [${text}]` }); return null }
  if (dates.startsWith('>')) out.from = parseDate(dates.slice(1)) ?? bad()
  else if (dates.startsWith('<')) out.to = parseDate(dates.slice(1)) ?? bad()
  else if (dates.includes('-')) {
    const [a, b] = dates.split('-')
    out.from = parseDate(a ?? '') ?? bad()
    out.to = parseDate(b ?? '') ?? bad()
  } else {
    out.from = parseDate(dates) ?? bad()
    warn({ line, message: `single date read as a start: [${text}]` })
  }
  if (out.from && out.to && out.from > out.to) {
    warn({ line, message: `range ends before it starts, bounds swapped: [${text}]` })
    ;[out.from, out.to] = [out.to, out.from]
  }
  return out
}

/** Words that do not tie two phrases to one actor ("PRESIDENT_X" and "PRESIDENT_Y"). */
const WEAK = new Set(['THE', 'OF', 'AND', 'FOR', 'PRESIDENT', 'MINISTER', 'PRIME', 'FOREIGN', 'SECRETARY',
  'GENERAL', 'FORMER', 'LEADER', 'CHAIRMAN', 'DEPUTY', 'STATE', 'NATIONAL', 'PARTY', 'COUNCIL', 'MINISTRY'])

function distinctive(name: string): Set<string> {
  return new Set(name.split(/[_\s.,()-]+/).filter((w) => w.length >= 3 && !WEAK.has(w)))
}

function sharesWord(a: string[], b: string): boolean {
  const words = distinctive(b)
  return a.some((n) => [...distinctive(n)].some((w) => words.has(w)))
}

/** Parses one actor file into raw entries. */
export function parseActors(lines: string[], file: RawEntry['file'], warn: (w: Warning) => void): RawEntry[] {
  const entries: RawEntry[] = []
  let cur: RawEntry | null = null
  lines.forEach((raw, idx) => {
    const line = idx + 1
    if (raw.startsWith('#') || raw.startsWith('<!') || raw.trim() === '') return
    const { body, comment } = splitComment(raw)
    const trimmed = body.trim()
    if (trimmed === '') return
    const brackets = [...trimmed.matchAll(/\[([^\]]*)\]/g)]
    const phrase = trimmed.replace(/\[[^\]]*\]/g, ' ').trim()
    const codes = brackets
      .map((m) => parseCodeBracket(m[1]!, phrase === '' ? comment : null, line, warn))
      .filter((c): c is RawCode => c !== null)
    if (phrase === '') {
      if (cur) cur.codes.push(...codes)
      else warn({ line, message: 'code before any phrase, skipped' })
      return
    }
    if (phrase.includes('\uFFFD')) {
      warn({ line, message: `phrase with a broken character skipped: ${phrase}` })
      if (cur) cur.codes.push(...codes)
      return
    }
    const name = phrase.replace(/\s+/g, '_')
    if (phrase.startsWith('+') && cur) {
      cur.names.push(name.slice(1))
      cur.codes.push(...codes)
      return
    }
    const bare = name.replace(/^\+/, '')
    if (cur && cur.codes.length === 0 && codes.length === 0 && sharesWord(cur.names, bare)) {
      cur.names.push(bare)
      if (comment) cur.comments.push(comment)
      return
    }
    if (cur && cur.codes.length === 0 && codes.length > 0 && sharesWord(cur.names, bare)) {
      cur.names.push(bare)
      cur.codes.push(...codes)
      return
    }
    cur = { file, line, names: [bare], codes, comments: comment ? [comment] : [] }
    entries.push(cur)
  })
  return entries
}
