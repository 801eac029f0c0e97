// The attributed speech as the event rules look it up: the first remark (in text order) whose content holds an
// offset, in time proportional to the remarks around that offset rather than to all of them.
import type { SentenceCtx } from '../doc.ts'
import { sentenceIndexBefore } from '../text/positions.ts'
import type { SpeechSpan } from './draft.ts'

export interface SpeechIndex<T extends SpeechSpan> {
  spans: T[]
  /** the first span whose content holds cleaned offset `at` (contentStart ≤ at < contentEnd) */
  holding(at: number): T | undefined
}

/** Spans bucketed by the text region (a sentence and the gap after it) their content overlaps. */
export function speechIndex<T extends SpeechSpan>(spans: T[], sents: SentenceCtx[]): SpeechIndex<T> {
  const buckets = new Map<number, T[]>()
  for (const sp of spans) {
    if (sp.contentEnd <= sp.contentStart) continue
    const last = sentenceIndexBefore(sents, sp.contentEnd - 1)
    for (let k = sentenceIndexBefore(sents, sp.contentStart); k <= last; k++) {
      const b = buckets.get(k)
      if (b) b.push(sp)
      else buckets.set(k, [sp])
    }
  }
  return {
    spans,
    holding: (at) =>
      buckets.get(sentenceIndexBefore(sents, at))?.find((sp) => at >= sp.contentStart && at < sp.contentEnd),
  }
}
