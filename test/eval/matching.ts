// Matching as the v2 scorer does it (a port of ../shared/eval/score.py): key de-duplication, the event match
// (same root, compatible dates, same actors; roots 03–06 direction-free) and the maximum one-to-one matching by
// augmenting paths, candidates tried by decreasing weight.
import { sameActor } from './names.ts'

export interface GoldEvent {
  date?: string | null
  source_actor?: string | null
  target_actor?: string | null
  cameo_root?: string | null
  cameo_code?: string | null
  [k: string]: unknown
}

/** The shorter date string is a prefix of the longer; a missing date never matches. */
export function datesMatch(a: unknown, b: unknown): boolean {
  const x = String(a ?? '')
  const y = String(b ?? '')
  if (!x || !y) return false
  const n = Math.min(x.length, y.length)
  return x.slice(0, n) === y.slice(0, n)
}

/** The event's CAMEO root: `cameo_root`, else the first two digits of `cameo_code`, zero-padded. */
export function root(e: GoldEvent): string {
  let r = String(e.cameo_root || '')
  if (!r && e.cameo_code) r = String(e.cameo_code).slice(0, 2)
  return r ? r.padStart(2, '0') : ''
}

export const SYMMETRIC = new Set(['03', '04', '05', '06'])

type Same = (a: unknown, b: unknown) => boolean

/** Same root, compatible dates, same source and target — either direction for roots 03–06. */
export function eventMatch(g: GoldEvent, p: GoldEvent, same: Same = sameActor): boolean {
  const r = root(g)
  if (r !== root(p) || !datesMatch(g.date, p.date)) return false
  if (same(g.source_actor, p.source_actor) && same(g.target_actor, p.target_actor)) return true
  return SYMMETRIC.has(r) && same(g.source_actor, p.target_actor) && same(g.target_actor, p.source_actor)
}

/** Two events share the de-duplication key (source, target, root, identical date; unordered pair for 03–06). */
export function sameKey(a: GoldEvent, b: GoldEvent, same: Same = sameActor): boolean {
  return root(a) === root(b) && (a.date || '') === (b.date || '') && eventMatch(a, b, same)
}

/** Keeps the first of each group of equal items. */
export function dedup<T>(items: T[], eq: (a: T, b: T) => boolean): T[] {
  const kept: T[] = []
  for (const it of items) if (!kept.some((k) => eq(k, it))) kept.push(it)
  return kept
}

/** Maximum one-to-one matching; returns [goldIndex, predIndex] pairs sorted by gold index. Candidates of a gold
 *  item are tried by decreasing `weight` (ties: prediction order). */
export function maxMatching<G, P>(
  gold: G[], pred: P[], match: (g: G, p: P) => boolean, weight?: (g: G, p: P) => number,
): [number, number][] {
  const cand = gold.map((g) => pred
    .map((p, pi) => ({ pi, w: match(g, p) ? -(weight ? weight(g, p) : 0) : null }))
    .filter((c) => c.w !== null)
    .sort((a, b) => a.w! - b.w! || a.pi - b.pi)
    .map((c) => c.pi))
  const owner = new Map<number, number>()
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const pi of cand[gi]!) {
      if (seen.has(pi)) continue
      seen.add(pi)
      if (!owner.has(pi) || augment(owner.get(pi)!, seen)) {
        owner.set(pi, gi)
        return true
      }
    }
    return false
  }
  for (let gi = 0; gi < gold.length; gi++) augment(gi, new Set())
  return [...owner].map(([pi, gi]): [number, number] => [gi, pi]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
}
