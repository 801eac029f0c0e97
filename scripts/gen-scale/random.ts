// Seeded randomness for the generator: a fast PRNG, samplers over weights (long tails), and ids
// that are unique by construction. Everything is a pure function of the seed, so a run is
// reproducible row for row.

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A bijection on 32-bit integers (xorshift-multiply, "lowbias32"): distinct inputs, distinct outputs. */
export function permute32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0
  x = Math.imul(x, 0x7feb352d) >>> 0
  x = (x ^ (x >>> 15)) >>> 0
  x = Math.imul(x, 0x846ca68b) >>> 0
  return (x ^ (x >>> 16)) >>> 0
}

/** 32-bit FNV-1a of a string, to derive per-purpose salts from the seed. */
export function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
  return h
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0')

/**
 * Ids like the seed's (`ev-1f0c2d9a7b3e4c51`): 16 hex digits, of which the first 8 are a bijection of
 * the index, so ids never collide within a kind. Live rows use indexes below 2^31 and ids of deleted
 * rows (`deletions`) indexes from 2^31, so the two never collide either.
 */
export function idMaker(prefix: string, seed: number): (index: number, deleted?: boolean) => string {
  const salt = hash32(`${prefix}:${seed}`)
  return (index, deleted = false) => {
    const a = permute32(((deleted ? index + 0x80000000 : index) ^ salt) >>> 0)
    return `${prefix}-${hex8(a)}${hex8(permute32((a ^ 0x9e3779b9) >>> 0))}`
  }
}

/** Draws indexes in proportion to `weights` (binary search over the cumulative sums). */
export class WeightedSampler {
  private readonly cumulative: Float64Array
  readonly total: number

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length)
    let sum = 0
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i]!
      this.cumulative[i] = sum
    }
    this.total = sum
    if (!(sum > 0)) throw new Error('WeightedSampler: the weights must add up to more than 0')
  }

  /** The index whose share of the total holds `u` (a uniform draw in [0, 1)). */
  pick(u: number): number {
    const target = u * this.total
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.cumulative[mid]! > target) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}

/** Zipf-like weights 1 / (rank + offset)^exponent: a long tail with a soft head. */
export function zipfWeights(n: number, exponent: number, offset = 1): Float64Array {
  const w = new Float64Array(n)
  for (let i = 0; i < n; i++) w[i] = 1 / Math.pow(i + offset, exponent)
  return w
}

/** A draw from a geometric distribution (0, 1, 2 … with P(k) = p(1-p)^k), capped at `max`. */
export function geometric(u: number, p: number, max: number): number {
  return Math.min(max, Math.floor(Math.log(1 - u) / Math.log(1 - p)))
}

/** One element of a non-empty list, uniformly. */
export function pickOne<T>(u: number, xs: readonly T[]): T {
  return xs[Math.floor(u * xs.length)]!
}
