// Clause frames of one sentence: one clause per verb group (clause-finder.ts), its arguments up to the next
// clause (clause-arguments.ts), the links between clauses (clause-links.ts, clause-attribution.ts), and
// finally each clause's extent, which covers its complements.
import type { Clause } from './types.ts'
import type { SentenceView } from './sentence-view.ts'
import { findClause } from './clause-finder.ts'
import { leftEdge, readArguments } from './clause-arguments.ts'
import { linkBackward, type LinkContext } from './clause-links.ts'
import { linkForward } from './clause-attribution.ts'

const EMBEDDED = new Set(['that', 'reported', 'infinitive', 'relative', 'participial', 'adverbial', 'coordinate'])

/** Prepositional phrases and times before the first clause's subject ("During his visit to W, Y said"). */
function frontedAdjuncts(v: SentenceView, c: Clause, edge: number): number {
  const probe: Clause = { ...c, objects: [], pps: [], times: [], predicate: null, passive: false }
  let k = v.skipQuotesRight(0)
  while (k < edge) {
    const ch = v.chunkOf(k)
    k = ch?.type === 'PP' || ch?.temporal ? Math.max(k + 1, readArguments(v, probe, k, edge)) : k + 1
  }
  c.pps.unshift(...probe.pps)
  c.times.unshift(...probe.times)
  return Math.min(edge, ...[...probe.pps, ...probe.times].map((s) => s.start))
}

/** "The treaty that Moscow signed in 1987 banned …": a verb right after a relative clause takes its antecedent. */
function subjectsAcrossRelatives(x: LinkContext): void {
  const { v, cs } = x
  for (const c of cs) {
    if (c.kind !== 'main' || c.subjectFrom !== 'none') continue
    let p = c.verb.start - 1
    while (p >= 0 && v.pos(p) === 'ADV') p--
    const r = cs[x.ownerAt[p] ?? -1]
    if (!r || r.kind !== 'relative' || !r.antecedent || r.index >= c.index) continue
    const args = v.conjunctsEndingAt(r.antecedent.end - 1)
    c.subject = args.length > 0 ? args : [{ ...r.antecedent }]
    c.subjectFrom = 'explicit'
    if (r.governor === null || r.governor === c.index) { r.governor = c.index; r.governorToken = r.antecedent.head }
    x.regionEnd[c.index] = Math.max(x.regionEnd[c.index] ?? 0, c.verb.end)
  }
}

export function buildClauses(v: SentenceView): Clause[] {
  const cs: Clause[] = []
  for (const ch of v.chunks) if (ch.type === 'VP') cs.push(findClause(v, cs.length, { start: ch.start, end: ch.end }))
  const n = cs.length
  const edges = cs.map(leftEdge)
  const sufMin = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY)
  for (let i = n - 1; i >= 0; i--) sufMin[i] = Math.min(edges[i] ?? 0, sufMin[i + 1] ?? 0)
  const regionEnd: number[] = []
  for (let i = 0; i < n; i++) {
    const c = cs[i] as Clause
    let from = c.particle !== null ? c.particle + 1 : c.verb.end
    if (c.subjectFrom === 'inverted') {
      const last = c.subject[c.subject.length - 1]
      if (last) from = last.apposition ? last.apposition.end + 1 : last.end
    }
    const next = cs[i + 1]
    const later = sufMin[i + 1] ?? Number.POSITIVE_INFINITY
    let limit = v.ts.length
    if (next) limit = later >= c.verb.end ? later : next.verb.start
    regionEnd.push(Math.max(readArguments(v, c, from, Math.max(from, limit)), from))
  }
  const firstClause = cs[0]
  if (firstClause?.kind === 'main' && firstClause.subjectFrom === 'explicit') {
    edges[0] = frontedAdjuncts(v, firstClause, edges[0] ?? 0)
  }
  const ownerAt = new Int32Array(v.ts.length).fill(-1)
  const order = cs.map((c) => c.index).sort((a, b) => (edges[a] ?? 0) - (edges[b] ?? 0) || a - b)
  for (const i of order) {
    const end = Math.max(regionEnd[i] ?? 0, (cs[i] as Clause).verb.end)
    for (let k = edges[i] ?? 0; k < end; k++) ownerAt[k] = i
  }
  const x: LinkContext = { v, cs, ownerAt, regionEnd }
  linkBackward(x)
  subjectsAcrossRelatives(x)
  linkForward(x)
  for (const c of cs) {
    c.start = Math.min(edges[c.index] ?? c.verb.start, leftEdge(c))
    c.end = Math.max(regionEnd[c.index] ?? 0, c.verb.end)
  }
  for (let i = n - 1; i >= 0; i--) {
    const c = cs[i] as Clause
    const g = c.governor !== null ? cs[c.governor] : undefined
    if (g && EMBEDDED.has(c.kind) && c.start >= g.start) g.end = Math.max(g.end, c.end)
  }
  return cs
}
