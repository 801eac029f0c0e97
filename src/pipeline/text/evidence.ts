// Evidence: the raw text of the sentences holding a statement or an event.
import type { ArticleDoc } from '../doc.ts'
import type { Evidence } from '../types.ts'
import { toRawSpan } from './clean.ts'

/** The raw span of sentences `first`..`last` (cleaned offsets mapped back; `text === raw.slice(start, end)`). */
export function evidence(doc: ArticleDoc, first: number, last: number): Evidence {
  const a = doc.sentences[first]!
  const b = doc.sentences[Math.max(first, last)]!
  const span = toRawSpan(doc.cleaned, a.start, b.end)
  return { sentenceIndex: first, start: span.start, end: span.end, text: doc.input.raw.slice(span.start, span.end) }
}
