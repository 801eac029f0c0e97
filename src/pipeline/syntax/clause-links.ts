// Links between clauses, first pass (text order; every link points back): infinitives to their governor
// and controller, that-clauses and that-less complements to their verb, relatives to their antecedent,
// coordinated verbs to their first conjunct (sharing its subject).
import type { Arg, Clause, Modality } from './types.ts'
import type { SentenceView } from './sentence-view.ts'

export interface LinkContext {
  v: SentenceView
  cs: Clause[]
  /** ownerAt[k] = index of the innermost clause whose words include token k, or -1 */
  ownerAt: Int32Array
  /** end (exclusive) of the words each clause's verb read */
  regionEnd: number[]
}

const copyArgs = (as: Arg[]): Arg[] => as.map((a) => ({ ...a }))
const inVerb = (c: Clause, k: number) => (k >= c.verb.start && k < c.verb.end) || c.particle === k
const inArgs = (as: Arg[], k: number) => as.some((a) => k >= a.start && k < a.end)

function govern(c: Clause, g: Clause | undefined, token: number | null): void {
  if (!g || g.index === c.index) return
  c.governor = g.index
  c.governorToken = token
}

function modalityOf(x: LinkContext, token: number): Modality | null {
  return x.v.lex.governors.get(x.v.tok(token)?.lemma ?? '') ?? null
}

function setController(c: Clause, args: Arg[]): void {
  if (args.length === 0) return
  c.subject = copyArgs(args)
  c.subjectFrom = 'controller'
}

/** Owner of a noun's infinitive: its possessor ("NATO's decision"), else a nationality modifier ("U.S. plans"). */
function nounController(x: LinkContext, npIndex: number): Arg[] {
  const np = x.v.chunks[npIndex]
  if (!np) return []
  const p = np.possessors[np.possessors.length - 1]
  if (p) return [{ start: p.start, end: p.end, head: p.end - 1, chunk: npIndex, apposition: null }]
  const n = np.nationalities[0]
  if (n !== undefined) return [{ start: n, end: n + 1, head: n, chunk: npIndex, apposition: null }]
  return []
}

function linkInfinitive(x: LinkContext, c: Clause): void {
  const { v, cs } = x
  const to = c.marker ?? c.verb.start
  let p = to - 1
  while (p >= 0 && (v.pos(p) === 'ADV' || v.lex.negators.has(v.tok(p)?.lemma ?? ''))) {
    if (v.lex.negators.has(v.tok(p)?.lemma ?? '') || v.norm(p) === 'never') c.negated = true // "not to V"
    p--
  }
  const g = cs[x.ownerAt[p] ?? -1]
  const np = v.chunkOf(p)
  let token: number | null = null
  if (g && inVerb(g, p)) {
    token = g.head
    setController(c, g.subject)
  } else if (g && g.predicate && p >= g.predicate.start && p < g.predicate.end && np?.type === 'ADJP') {
    token = np.head
    setController(c, g.subject)
  } else if (np?.type === 'NP' && v.lex.governors.has(v.tok(np.head)?.lemma ?? '')) {
    token = np.head
    const owner = nounController(x, v.chunkAt[p] ?? -1)
    setController(c, owner.length > 0 ? owner : g && inArgs(g.objects, p) ? g.subject : [])
  } else if (g && np?.type === 'NP' && inArgs(g.objects, p)) {
    token = g.head
    setController(c, g.objects)
  } else if (g && np?.type === 'NP') {
    const pp = g.pps.find((q) => p >= q.start && p < q.end)
    const prepNorm = pp ? v.norm(pp.prep) : ''
    token = g.head
    const objectControl = pp && v.lex.objectControl.get(v.tok(g.head)?.lemma ?? '')?.has(prepNorm)
    setController(c, objectControl && pp ? pp.objects : g.subject)
  } else if (g) {
    setController(c, g.subject)
  }
  govern(c, g, token)
  if (token !== null && c.modality === null) {
    c.modality = modalityOf(x, token)
    if (c.modality !== null) c.modal = v.tok(token)?.lemma ?? null
  }
}

/** Inherits what a coordinated clause shares with its first conjunct. */
function share(c: Clause, first: Clause, x: LinkContext): void {
  c.governor = first.index
  c.governorToken = first.head
  c.reportedBy = first.reportedBy
  const ownAux = c.verb.end - c.verb.start > 1
  const form = x.v.tok(c.head)?.form
  if (!ownAux && (form === 'base' || form === 'participle') && first.kind !== 'participial') {
    if (c.modal === null) { c.modal = first.modal; c.modality = first.modality }
    if (first.tense === 'future' || first.tense === 'perfect' || first.tense === 'pluperfect' ||
      first.kind === 'infinitive') c.tense = first.tense
    if (first.negated && first.verb.end - first.verb.start > 1) c.negated = true
    if (form === 'participle' && first.passive) c.passive = true
  }
}

function linkCoordinate(x: LinkContext, c: Clause): void {
  const { v, cs } = x
  const marker = c.marker ?? c.verb.start
  if (c.subjectFrom === 'explicit') {
    const prev = cs[x.ownerAt[marker - 1] ?? -1] ?? cs[c.index - 1]
    if (!prev) return
    if (prev.kind === 'reported' || prev.kind === 'that') {
      c.kind = prev.kind
      c.governor = prev.governor
      c.governorToken = prev.governorToken
      c.reportedBy = prev.reportedBy
    } else {
      govern(c, prev, prev.head)
      c.reportedBy = prev.reportedBy
    }
    return
  }
  // the first conjunct: the nearest earlier clause whose verb has the same form, else the nearest one
  const form = v.tok(c.head)?.form
  let first: Clause | undefined
  for (let i = c.index - 1; i >= 0 && i >= c.index - 8; i--) {
    const d = cs[i] as Clause
    if (d.kind === 'relative' || d.verb.end > marker) continue
    const f = v.tok(d.head)?.form
    if (f === form || (d.kind === 'infinitive' && form === 'base')) { first = d; break }
  }
  first ??= cs[c.index - 1]
  if (!first) return
  c.subject = copyArgs(first.subject)
  c.subjectFrom = first.subject.length > 0 ? 'shared' : 'none'
  share(c, first, x)
}

function linkThat(x: LinkContext, c: Clause): void {
  const { v, cs } = x
  const m = c.marker ?? c.verb.start
  let p = v.skipQuotesLeft(m - 1)
  if (v.isComma(p)) p--
  if (v.isCoordinator(p)) {
    // "said that A and that B": the same governor
    for (let i = c.index - 1; i >= 0; i--) {
      const d = cs[i] as Clause
      if (d.kind === 'that' && d.governor !== null) {
        Object.assign(c, { governor: d.governor, governorToken: d.governorToken, reportedBy: d.reportedBy })
        return
      }
    }
    return
  }
  const g = cs[x.ownerAt[p] ?? -1]
  const np = v.chunkOf(p)
  const nounHead = np?.type === 'NP' && !np.temporal && !(g && inVerb(g, p))
  if (!g && !nounHead) return
  const says = g !== undefined && (g.speech || v.lex.thinking.has(v.tok(g.head)?.lemma ?? ''))
  if (g && (!nounHead || (says && p < (x.regionEnd[g.index] ?? 0)))) {
    govern(c, g, g.head)
    if (g.speech) c.reportedBy = g.index
    return
  }
  // after a noun: a relative clause with a gap ("the treaty that Russia signed"), else the noun's content
  const gap = c.subjectFrom === 'none' || (c.objects.length === 0 && c.predicate === null && !c.passive &&
    v.tok(c.head)?.pos === 'VERB' && v.pos(x.regionEnd[c.index] ?? 0) !== 'SCONJ')
  if (gap && np) {
    c.kind = 'relative'
    c.antecedent = v.argAt(np)
    if (c.subjectFrom === 'none') { c.subject = [v.argAt(np)]; c.subjectFrom = 'antecedent' }
  }
  govern(c, g, np?.head ?? null)
}

function linkReported(x: LinkContext, c: Clause): void {
  const { v, cs } = x
  const s = c.subject[0]
  if (!s || c.subjectFrom !== 'explicit') return
  let p = v.skipQuotesLeft(s.start - 1)
  if (v.norm(p) === ':') p = v.skipQuotesLeft(p - 1)
  const g = cs[x.ownerAt[p] ?? -1]
  if (!g || g.index === c.index || g.verb.start > p) return
  const lemma = v.tok(g.head)?.lemma ?? ''
  if (!g.speech && !v.lex.thinking.has(lemma)) return
  if (p >= (x.regionEnd[g.index] ?? 0) && !inVerb(g, p)) return
  c.kind = 'reported'
  govern(c, g, g.head)
  if (g.speech) c.reportedBy = g.index
}

function linkRelative(x: LinkContext, c: Clause): void {
  const a = c.antecedent
  if (!a) return
  govern(c, x.cs[x.ownerAt[a.start] ?? -1], a.head)
}

/** First pass over the clauses in text order. */
export function linkBackward(x: LinkContext): void {
  const { v } = x
  for (const c of x.cs) {
    if (c.kind === 'main' && c.subjectFrom === 'none') {
      // "the deal that was signed": a subject relative with "that"
      const m = c.verb.start - 1
      const np = v.npEndingAt(v.isComma(m - 1) ? m - 2 : m - 1)
      if (v.lex.relativePronouns.has(v.norm(m)) && np) {
        Object.assign(c, { kind: 'relative', marker: m, antecedent: v.argAt(np), subjectFrom: 'antecedent' })
        c.subject = [v.argAt(np)]
      }
    }
    if (c.kind === 'infinitive') linkInfinitive(x, c)
    else if (c.kind === 'that') linkThat(x, c)
    else if (c.kind === 'relative') linkRelative(x, c)
    else if (c.kind === 'coordinate') linkCoordinate(x, c)
    else if (c.kind === 'main') linkReported(x, c)
  }
}
