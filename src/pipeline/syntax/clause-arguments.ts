// The arguments after a clause's verb: objects, prepositional phrases (the by-agent of a passive among
// them), time phrases and a predicate, read up to where the next clause begins.
import type { Arg, Clause, PrepPhrase } from './types.ts'
import type { SentenceView } from './sentence-view.ts'
import { isRelativizer } from './clause-finder.ts'

/** Where a clause's own words begin: its marker, its subject if before the verb, or its verb. */
export function leftEdge(c: Clause): number {
  let e = c.verb.start
  if (c.marker !== null && c.marker < e) e = c.marker
  if (c.subjectFrom === 'explicit') for (const a of c.subject) e = Math.min(e, a.start)
  return e
}

function isCopular(v: SentenceView, c: Clause): boolean {
  const h = v.tok(c.head)
  return h !== undefined && v.lex.copulas.has(h.lemma) && (h.pos === 'AUX' || h.lemma !== 'be')
}

/** Reads a prepositional phrase at `prep`; null when no noun phrase follows the preposition. */
function prepPhrase(v: SentenceView, prep: number): PrepPhrase | null {
  let k = prep + 1
  if (v.pos(k) === 'ADP' && v.npStartingAt(k + 1, true)) k++ // "from behind the", "out of"
  const objects = v.conjunctsStartingAt(k)
  if (objects.length === 0) {
    const time = v.npStartingAt(k, true)
    if (!time) return null
    return { start: prep, end: time.end, prep, objects: [v.argAt(time)] }
  }
  const last = objects[objects.length - 1] as Arg
  last.apposition = v.appositionAfter(last.end - 1)
  return { start: prep, end: last.end, prep, objects }
}

function isTemporal(v: SentenceView, pp: PrepPhrase): boolean {
  return pp.objects.every((a) => v.chunkOf(a.start)?.temporal === true)
}

/**
 * Fills objects, pps, agent, times and predicate of `c` from token `from` up to `limit` (exclusive).
 * Returns the index after the last token consumed.
 */
export function readArguments(v: SentenceView, c: Clause, from: number, limit: number): number {
  let j = from
  let consumed = from
  let lastWasObject = false
  const copular = isCopular(v, c)
  while (j < limit) {
    const t = v.tok(j)
    if (!t) break
    if (v.isQuote(j)) { j++; continue }
    if (v.isComma(j)) {
      // an adjunct set off by a comma still belongs here (", in Geneva"); anything else ends the clause
      const next = j + 1
      if (v.pos(next) === 'ADP' && !isRelativizer(v, next) && next < limit) {
        j = next
        lastWasObject = false
        continue
      }
      if (v.npStartingAt(next, true)?.temporal && next < limit) { j = next; continue }
      break
    }
    const ch = v.chunkOf(j)
    if (ch?.type === 'NP' && ch.start === j) {
      if (ch.temporal) {
        c.times.push({ start: ch.start, end: ch.end })
        j = consumed = ch.end
        continue
      }
      if (copular && c.predicate === null && c.objects.length === 0) {
        c.predicate = { start: ch.start, end: ch.end }
        j = consumed = ch.end
        continue
      }
      if (c.objects.length > 0 && !lastWasObject) break
      const objects = v.conjunctsStartingAt(j)
      const last = objects[objects.length - 1] as Arg
      last.apposition = v.appositionAfter(last.end - 1)
      c.objects.push(...objects)
      j = consumed = last.apposition ? last.apposition.end + 1 : last.end
      if (last.apposition && j > limit) j = consumed = last.apposition.end
      lastWasObject = true
      continue
    }
    lastWasObject = false
    if (ch?.type === 'PP') {
      const pp = prepPhrase(v, j)
      if (!pp || pp.end > limit) { j++; continue }
      if (isTemporal(v, pp)) c.times.push({ start: pp.start, end: pp.end })
      else {
        c.pps.push(pp)
        if (c.passive && v.norm(pp.prep) === 'by' && c.agent.length === 0) c.agent = pp.objects
      }
      j = consumed = pp.end
      continue
    }
    if (ch?.type === 'ADJP' && c.predicate === null) {
      c.predicate = { start: ch.start, end: ch.end }
      j = consumed = ch.end
      continue
    }
    if (t.pos === 'ADV' || (t.pos === 'PART' && t.norm !== 'to')) { j++; continue }
    break
  }
  return consumed
}
