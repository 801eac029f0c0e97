// From the segmenter's sentences (doc `sentences`, text/segment.ts) to the syntax layer's: the syntax sentences,
// clauses and tokens that overlap a character range of the cleaned text. The two segmentations differ (wink cuts
// at other places), so a SentenceCtx may map to several syntax sentences or to part of one. Binary search over
// the sentence offsets: O(log n) per look-up plus the size of the answer.
import type { Clause, ParsedText, Sentence, Token } from './types.ts'

/** A character range of the cleaned text (a SentenceCtx, a mention, a quote span). */
export interface CharRange { start: number; end: number }

/** A clause with the syntax sentence it belongs to (its token indices are indices into `sentence.tokens`). */
export interface ClauseRef { sentence: Sentence; clause: Clause }

/** Index of the first syntax sentence that ends after `at`. */
function firstEndingAfter(sentences: Sentence[], at: number): number {
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid]!.end <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The syntax sentences that overlap `range`, in text order. */
export function syntaxSentences(parsed: ParsedText, range: CharRange): Sentence[] {
  const out: Sentence[] = []
  const list = parsed.sentences
  for (let k = firstEndingAfter(list, range.start); k < list.length && list[k]!.start < range.end; k++) {
    out.push(list[k]!)
  }
  return out
}

/** Does the clause's token span overlap `range`? */
function clauseOverlaps(s: Sentence, c: Clause, range: CharRange): boolean {
  const first = s.tokens[c.start]
  const last = s.tokens[c.end - 1]
  return !!first && !!last && first.start < range.end && last.end > range.start
}

/** The clauses that overlap `range` (a SentenceCtx: its clauses), in text order. */
export function syntaxClauses(parsed: ParsedText, range: CharRange): ClauseRef[] {
  const out: ClauseRef[] = []
  for (const sentence of syntaxSentences(parsed, range)) {
    for (const clause of sentence.clauses) if (clauseOverlaps(sentence, clause, range)) out.push({ sentence, clause })
  }
  return out
}

/** The syntax token covering the character offset `at` (or starting there), with its sentence; null between
 * tokens. */
export function syntaxTokenAt(parsed: ParsedText, at: number): { sentence: Sentence; token: Token } | null {
  const [sentence] = syntaxSentences(parsed, { start: at, end: at + 1 })
  if (!sentence) return null
  const tokens = sentence.tokens
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.end <= at) lo = mid + 1
    else hi = mid
  }
  const token = tokens[lo]
  return token && token.start <= at ? { sentence, token } : null
}
