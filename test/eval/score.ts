// The v2 scorer in TypeScript: a port of ../shared/eval/score.py (guideline §5) with the same figures — strict
// micro P/R/F1 of actors, statements and events, and the extra figures (events without root 01, country-level
// dyads, statement-date accuracy). Besides the figures it keeps, per article, the gold items missed and the
// predicted items not in the gold (for tuning: scripts/eval.ts prints them).
import { overlap, sameActor } from './names.ts'
import { datesMatch, dedup, eventMatch, maxMatching, root, sameKey, type GoldEvent } from './matching.ts'
import { countryCode } from './dyads.ts'

export interface V2Actor { name?: string | null; kind?: string | null; country?: string | null; role?: string | null }
export interface V2Statement { speaker?: string | null; text?: string | null; direct?: boolean; date?: string | null }
export type V2Event = GoldEvent

/** One article's annotation or prediction in the v2 format (GUIDELINES.md §0; the extractor's toOutput). */
export interface V2Doc {
  actors?: V2Actor[]
  statements?: V2Statement[]
  events?: V2Event[]
}

export const KINDS = ['actors', 'statements', 'events'] as const
export const EXTRA_KINDS = ['events_no01', 'dyad_events'] as const
export type Kind = typeof KINDS[number]
export type ExtraKind = typeof EXTRA_KINDS[number]
/** [true positives, gold, predicted] */
export type Row = [number, number, number]

export interface ArticleScore {
  file: string
  row: Record<Kind, Row>
  extra: Record<ExtraKind, Row> & { statement_dates: Row }
  /** gold items not matched, predicted items not matched (after de-duplication) */
  missed: { actors: V2Actor[]; statements: V2Statement[]; events: V2Event[] }
  spurious: { actors: V2Actor[]; statements: V2Statement[]; events: V2Event[] }
}

const list = <T>(x: unknown): T[] =>
  (Array.isArray(x) ? x : []).filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v))
const unmatched = <T>(items: T[], taken: Set<number>) => items.filter((_, i) => !taken.has(i))

/** score.py `score_article`, plus the unmatched items of each kind. */
export function scoreArticle(file: string, gold: V2Doc, pred: V2Doc): ArticleScore {
  const sameName = (x: V2Actor, y: V2Actor) => sameActor(x.name, y.name)
  const ga = dedup(list<V2Actor>(gold.actors), sameName)
  const pa = dedup(list<V2Actor>(pred.actors), sameName)
  const am = maxMatching(ga, pa, sameName)
  const gs = list<V2Statement>(gold.statements)
  const ps = list<V2Statement>(pred.statements)
  const sm = maxMatching(gs, ps, (g, p) => sameActor(g.speaker, p.speaker) && overlap(g.text, p.text) >= 0.5,
    (g, p) => overlap(g.text, p.text))
  const compatible = sm.filter(([g, p]) => datesMatch(gs[g]!.date, ps[p]!.date)).length
  const exact = sm.filter(([g, p]) => (gs[g]!.date || '') === (ps[p]!.date || '')).length
  const ge = dedup(list<V2Event>(gold.events), (a, b) => sameKey(a, b))
  const pe = dedup(list<V2Event>(pred.events), (a, b) => sameKey(a, b))
  const em = maxMatching(ge, pe, (g, p) => eventMatch(g, p))
  const ge1 = ge.filter((e) => root(e) !== '01')
  const pe1 = pe.filter((e) => root(e) !== '01')
  const code = countryCode(gold, pred)
  const sameCode = (a: unknown, b: unknown) => String(a || '') === String(b || '')
  const dyad = (e: V2Event): V2Event => ({
    source_actor: code(e.source_actor), target_actor: code(e.target_actor), cameo_root: root(e), date: e.date,
  })
  const gd = dedup(ge.map(dyad), (a, b) => sameKey(a, b, sameCode))
  const pd = dedup(pe.map(dyad), (a, b) => sameKey(a, b, sameCode))
  const taken = (m: [number, number][], side: 0 | 1) => new Set(m.map((x) => x[side]))
  return {
    file,
    row: {
      actors: [am.length, ga.length, pa.length], statements: [sm.length, gs.length, ps.length],
      events: [em.length, ge.length, pe.length],
    },
    extra: {
      events_no01: [maxMatching(ge1, pe1, (g, p) => eventMatch(g, p)).length, ge1.length, pe1.length],
      dyad_events: [maxMatching(gd, pd, (g, p) => eventMatch(g, p, sameCode)).length, gd.length, pd.length],
      statement_dates: [compatible, exact, sm.length],
    },
    missed: {
      actors: unmatched(ga, taken(am, 0)), statements: unmatched(gs, taken(sm, 0)),
      events: unmatched(ge, taken(em, 0)),
    },
    spurious: {
      actors: unmatched(pa, taken(am, 1)), statements: unmatched(ps, taken(sm, 1)),
      events: unmatched(pe, taken(em, 1)),
    },
  }
}

export interface Figures { precision: number; recall: number; f1: number }

/** score.py `prf`: precision 1 when nothing is predicted and nothing is gold (0 when gold is not empty). */
export function prf([tp, ng, np]: Row): Figures {
  const p = np ? tp / np : ng === 0 ? 1 : 0
  const r = ng ? tp / ng : 1
  const f1 = p + r ? (2 * p * r) / (p + r) : 0
  return { precision: p, recall: r, f1 }
}

/** Python's round(x, 3) for 0 ≤ x: the nearest of the binary value, an exact tie to the even digit (toFixed
 *  takes the larger one). */
export function round3(x: number): number {
  const [int, frac] = x.toFixed(25).split('.') as [string, string]
  if (/^\d{3}50*$/.test(frac) && Number(frac[2]) % 2 === 0) return Number(`${int}.${frac.slice(0, 3)}`)
  return Number(x.toFixed(3))
}

const rounded = (f: Figures): Figures =>
  ({ precision: round3(f.precision), recall: round3(f.recall), f1: round3(f.f1) })

export interface SetScore {
  articles: ArticleScore[]
  counts: Record<Kind | ExtraKind, Row>
  /** the strict figures, rounded like score.py */
  overall: Record<Kind, Figures>
  extra: Record<ExtraKind, Figures> & {
    statement_dates: {
      matched: number; compatible: number; exact: number; accuracy: number | null; exact_accuracy: number | null
    }
  }
}

/** Micro-averaged figures over articles (score.py `main`). */
export function scoreSet(articles: ArticleScore[]): SetScore {
  const zero = (): Row => [0, 0, 0]
  const add = (a: Row, b: Row): Row => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
  const counts = Object.fromEntries([...KINDS, ...EXTRA_KINDS].map((k) => [k, zero()])) as Record<Kind | ExtraKind, Row>
  let sd = zero()
  for (const a of articles) {
    for (const k of KINDS) counts[k] = add(counts[k], a.row[k])
    for (const k of EXTRA_KINDS) counts[k] = add(counts[k], a.extra[k])
    sd = add(sd, a.extra.statement_dates)
  }
  const [compatible, exact, matched] = sd
  return {
    articles,
    counts,
    overall: Object.fromEntries(KINDS.map((k) => [k, rounded(prf(counts[k]))])) as Record<Kind, Figures>,
    extra: {
      events_no01: rounded(prf(counts.events_no01)),
      dyad_events: rounded(prf(counts.dyad_events)),
      statement_dates: {
        matched, compatible, exact,
        accuracy: matched ? round3(compatible / matched) : null,
        exact_accuracy: matched ? round3(exact / matched) : null,
      },
    },
  }
}
