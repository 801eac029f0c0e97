// Links between clauses, second pass: speech clauses placed after or inside their content
// ("…, the minister said." / "The goal, he said, is …"), then participial and adverbial clauses, whose
// controller or governor may come later in the sentence or be such an attribution.
import type { Clause } from './types.ts'
import type { LinkContext } from './clause-links.ts'
import { leftEdge } from './clause-arguments.ts'

const TOP = new Set(['main', 'coordinate'])

function markAttributions(x: LinkContext): void {
  const { v, cs } = x
  const contentOf = new Map<number, boolean>()
  for (const d of cs) {
    if (d.governor !== null && (d.kind === 'that' || d.kind === 'reported')) contentOf.set(d.governor, true)
  }
  for (const s of cs) {
    if (!s.speech || s.kind !== 'main' || contentOf.has(s.index) || s.subject.length === 0) continue
    const edge = leftEdge(s)
    const before = v.skipQuotesLeft(edge - 1)
    if (!v.isComma(before) && !(s.subjectFrom === 'inverted' && v.isQuote(edge - 1))) continue
    const end = x.regionEnd[s.index] ?? s.verb.end
    // inserted: "The goal, he said, is …" — the clause whose subject was found before the insertion
    const host = cs.find((d) => d.index > s.index && d.subjectFrom === 'explicit' && leftEdge(d) < edge)
    if (host && v.isComma(end)) {
      s.kind = 'attribution'
      host.reportedBy = s.index
      continue
    }
    // postposed: the top-level clauses before it are its content
    const content = cs.filter((d) => d.index < s.index && d.governor === null && TOP.has(d.kind) &&
      d.reportedBy === null)
    if (content.length === 0) continue
    s.kind = 'attribution'
    for (const d of content) d.reportedBy = s.index
    for (const d of cs) {
      if (d.index < s.index && d.kind === 'coordinate' && d.reportedBy === null && d.governor !== null &&
        cs[d.governor]?.reportedBy === s.index) d.reportedBy = s.index
    }
  }
}

/** The clause a trailing participle or adverbial hangs on: the nearest earlier attribution or top clause. */
function topBefore(x: LinkContext, c: Clause): Clause | undefined {
  for (let i = c.index - 1; i >= 0; i--) {
    const d = x.cs[i] as Clause
    if (d.kind === 'attribution' || d.kind === 'main') return d
  }
  return x.cs[c.index - 1]
}

/** The clause a fronted participle or adverbial hangs on: the next clause with a subject of its own. */
function topAfter(x: LinkContext, c: Clause): Clause | undefined {
  for (let i = c.index + 1; i < x.cs.length && i <= c.index + 12; i++) {
    const d = x.cs[i] as Clause
    if (d.subjectFrom === 'explicit' && (d.kind === 'main' || d.kind === 'attribution')) return d
  }
  return undefined
}

function isFronted(x: LinkContext, c: Clause): boolean {
  const first = x.v.skipQuotesRight(0)
  const start = c.marker ?? c.verb.start
  if (start <= first) return true
  return x.cs.slice(0, c.index).every((d) => d.kind === 'participial' || d.kind === 'adverbial')
}

function linkParticipial(x: LinkContext, c: Clause): void {
  const { v, cs } = x
  const prev = c.marker ?? c.verb.start
  const before = prev - 1
  // reduced relative: "a decree suspending the treaty", "the deal signed by the two ministers"
  const np = c.marker === null ? v.npEndingAt(before) : undefined
  if (np) {
    const owner = cs[x.ownerAt[np.start] ?? -1]
    c.antecedent = v.argAt(np)
    c.subject = [v.argAt(np)]
    c.subjectFrom = 'antecedent'
    if (owner && owner.index !== c.index) { c.governor = owner.index; c.governorToken = np.head }
    return
  }
  // parenthetical: "Putin, speaking after talks with Xi, said" — the next clause found its subject before it
  const host = cs.find((d) => d.index > c.index && d.subjectFrom === 'explicit' && leftEdge(d) < prev)
  const g = host ?? (isFronted(x, c) ? topAfter(x, c) : topBefore(x, c))
  if (!g || g.index === c.index) return
  c.governor = g.index
  c.governorToken = g.head
  if (g.subject.length > 0) {
    c.subject = g.subject.map((a) => ({ ...a }))
    c.subjectFrom = 'controller'
  }
}

function linkAdverbial(x: LinkContext, c: Clause): void {
  const g = isFronted(x, c) ? topAfter(x, c) : topBefore(x, c)
  if (!g || g.index === c.index) return
  c.governor = g.index
  c.governorToken = g.head
}

/** Second pass; then fills every clause's `complements`. */
export function linkForward(x: LinkContext): void {
  markAttributions(x)
  for (const c of x.cs) {
    if (c.kind === 'participial') linkParticipial(x, c)
    else if (c.kind === 'adverbial') linkAdverbial(x, c)
  }
  for (const c of x.cs) {
    if (c.governor !== null && c.governor !== c.index) x.cs[c.governor]?.complements.push(c.index)
    if (c.reportedBy !== null && c.reportedBy !== c.governor) {
      const s = x.cs[c.reportedBy]
      if (s && !s.complements.includes(c.index)) s.complements.push(c.index)
    }
  }
}
