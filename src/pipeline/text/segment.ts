// Sentence segmentation of cleaned text. Offsets are into the string passed in.
import { lexiconWords } from '../resources/lexicon.ts'

export interface Sentence { index: number; start: number; end: number; text: string; paragraph: number }

/** Never end a sentence (as written before the final "."). */
const ABBREVIATIONS = lexiconWords('segmentation', 'abbreviations')
/** End a sentence only when the next word is a clear sentence opener ("... in the U.S. The ..."). */
const SOFT = lexiconWords('segmentation', 'softAbbreviations')
const OPENERS = lexiconWords('segmentation', 'sentenceOpeners')
const CLOSERS = '"\')]\u201D\u2019'
const OPENING = /^["'([\u201C\u2018]*/

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0'
const isTerminator = (c: string) => c === '.' || c === '!' || c === '?' || c === '\u2026'

export function segment(text: string): Sentence[] {
  const out: Sentence[] = []
  let paragraph = -1
  const sep = /\n[^\S\n]*\n\s*/g
  let ps = 0
  for (let m = sep.exec(text); ; m = sep.exec(text)) {
    const pe = m ? m.index : text.length
    const before = out.length
    for (const line of lines(text, ps, pe)) splitLine(text, line[0], line[1], paragraph + 1, out)
    if (out.length > before) paragraph++
    if (!m) break
    ps = m.index + m[0].length
  }
  return out
}

/** Single line breaks inside a paragraph are hard sentence boundaries too. */
function lines(text: string, s: number, e: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let start = s
  for (let i = s; i <= e; i++) {
    if (i === e || text[i] === '\n') { out.push([start, i]); start = i + 1 }
  }
  return out
}

function splitLine(text: string, s: number, e: number, paragraph: number, out: Sentence[]): void {
  let start = s
  for (let i = s; i < e; i++) {
    if (!isTerminator(text[i]!)) continue
    let j = i
    while (j < e && isTerminator(text[j]!)) j++
    let k = j
    while (k < e && CLOSERS.includes(text[k]!)) k++
    if (k < e && !isSpace(text[k]!)) { i = j - 1; continue } // "U.S.-led", "1.1", "U.S.", "stability.'\"x"
    let n = k
    while (n < e && isSpace(text[n]!)) n++
    if (n < e && boundary(text, i, j, n, e)) {
      push(text, start, k, paragraph, out)
      start = n
    }
    i = k - 1
  }
  push(text, start, e, paragraph, out)
}

/** Whether the terminator run text[i..j) followed by the word at n ends a sentence. */
function boundary(text: string, i: number, j: number, n: number, e: number): boolean {
  const next = nextWord(text, n, e)
  const lower = /^[a-z]/.test(next)
  const run = text.slice(i, j)
  if (run !== '.') return !lower // "!", "?", "...", "?!": split unless the sentence goes on in lowercase
  if (lower) return false
  const tok = tokenBefore(text, i)
  if (ABBREVIATIONS.has(tok)) return false
  if ((tok === 'No' || tok === 'Nos') && /^\d/.test(next)) return false
  if (/^[A-HJ-Z]$/.test(tok)) return false // initials (not "I"): "George W. Bush"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(tok) || SOFT.has(tok)) return OPENERS.has(next) // "U.S", "a.m"
  return true
}

function nextWord(text: string, n: number, e: number): string {
  const rest = text.slice(n, Math.min(e, n + 40))
  const open = OPENING.exec(rest)?.[0].length ?? 0
  return /^[\p{L}\p{N}]*/u.exec(rest.slice(open))?.[0] ?? ''
}

/** The word the "." at i is attached to, without leading brackets/quotes: "(U.S." → "U.S". */
function tokenBefore(text: string, i: number): string {
  let s = i
  while (s > 0 && !isSpace(text[s - 1]!)) s--
  return text.slice(s, i).replace(OPENING, '')
}

function push(text: string, s: number, e: number, paragraph: number, out: Sentence[]): void {
  while (s < e && isSpace(text[s]!)) s++
  while (e > s && isSpace(text[e - 1]!)) e--
  if (e <= s) return
  out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), paragraph })
}
