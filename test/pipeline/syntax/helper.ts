// Helpers for the syntax-layer tests: parse one sentence, find a clause by its head verb, render spans.
import { parseText, type Arg, type Clause, type Sentence, type Span } from '../../../src/pipeline/syntax/index.ts'

export function sentence(text: string): Sentence {
  const s = parseText(text).sentences[0]
  if (!s) throw new Error(`no sentence in ${JSON.stringify(text)}`)
  return s
}

/** Tokens of a span joined by single spaces ("NATO 's radar network"). */
export function words(s: Sentence, span: Span | null | undefined): string {
  return span ? s.tokens.slice(span.start, span.end).map((t) => t.text).join(' ') : ''
}

export function argWords(s: Sentence, as: Arg[]): string[] {
  return as.map((a) => words(s, a))
}

export interface Frame { s: Sentence; c: Clause }

/** The clause whose head token is `head` (its text), in the first sentence of `text`. */
export function frame(text: string, head: string): Frame {
  const s = sentence(text)
  const c = s.clauses.find((x) => s.tokens[x.head]?.text === head)
  if (!c) throw new Error(`no clause headed by ${head} in ${JSON.stringify(text)}`)
  return { s, c }
}

/** The head word of the clause `i` points to (governor, reportedBy), or null. */
export function headOf(s: Sentence, i: number | null): string | null {
  if (i === null) return null
  const c = s.clauses[i]
  return c ? (s.tokens[c.head]?.text ?? null) : null
}
