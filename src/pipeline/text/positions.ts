// Offset lookups in O(log n): the sentence at a cleaned offset (sentences are in text order, disjoint), and
// whether a range lies inside one of a set of ranges.
import type { SentenceCtx } from '../doc.ts'

/** Index of the last sentence starting at or before `off`, -1 if none. */
export function sentenceIndexBefore(sents: SentenceCtx[], off: number): number {
  let lo = 0
  let hi = sents.length - 1
  let last = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sents[mid]!.start <= off) {
      last = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return last
}

/** The sentence holding offset `off` (start ≤ off < end), else the one ending at `off`. */
export function sentenceAt(sents: SentenceCtx[], off: number): SentenceCtx | undefined {
  const s = sents[sentenceIndexBefore(sents, off)]
  return s && (off < s.end || off === s.end) ? s : undefined
}

/** The sentence with start ≤ off ≤ end. */
export function sentenceAround(sents: SentenceCtx[], off: number): SentenceCtx | undefined {
  const s = sents[sentenceIndexBefore(sents, off)]
  return s && off <= s.end ? s : undefined
}

/** The sentences overlapping the range [a, b) (start < b and end > a), in order. */
export function sentencesOverlapping(sents: SentenceCtx[], a: number, b: number): SentenceCtx[] {
  let k = Math.max(0, sentenceIndexBefore(sents, a))
  if (sents[k] && sents[k]!.end <= a) k++
  const out: SentenceCtx[] = []
  for (; k < sents.length && sents[k]!.start < b; k++) if (sents[k]!.end > a) out.push(sents[k]!)
  return out
}

/** A test whether [start, end] lies inside one of `ranges` (a ≤ start and end ≤ b), in O(log n). */
export function insideAny(ranges: [number, number][]): (start: number, end: number) => boolean {
  const rs = [...ranges].sort((x, y) => x[0] - y[0])
  const reach: number[] = []
  rs.forEach(([, b], i) => reach.push(Math.max(b, i > 0 ? reach[i - 1]! : -Infinity)))
  return (start, end) => {
    let lo = 0
    let hi = rs.length - 1
    let last = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (rs[mid]![0] <= start) {
        last = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return last >= 0 && end <= reach[last]!
  }
}
