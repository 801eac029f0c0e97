// CAMEO codes in realistic proportions: roots drawn from approximately GDELT's published shares of
// event root codes (statements and consultations dominate, mass violence is rare), then a code within
// the root from the project's codebook (data/cameo/codes.json via src/domain/cameo.ts).
import { loadCameoCodebook, type CameoCode } from '../../src/domain/cameo.ts'
import { WeightedSampler } from './random.ts'

/** Approximate share of each root among GDELT events (normalised, so they need not add up to 1). */
export const ROOT_SHARES: readonly [root: string, share: number][] = [
  ['01', 0.19], // make public statement
  ['02', 0.065], // appeal
  ['03', 0.07], // express intent to cooperate
  ['04', 0.19], // consult
  ['05', 0.09], // engage in diplomatic cooperation
  ['06', 0.025], // engage in material cooperation
  ['07', 0.03], // provide aid
  ['08', 0.025], // yield
  ['09', 0.015], // investigate
  ['10', 0.015], // demand
  ['11', 0.06], // disapprove
  ['12', 0.02], // reject
  ['13', 0.015], // threaten
  ['14', 0.02], // protest
  ['15', 0.005], // exhibit force posture
  ['16', 0.01], // reduce relations
  ['17', 0.05], // coerce
  ['18', 0.035], // assault
  ['19', 0.06], // fight
  ['20', 0.001], // use unconventional mass violence
]

export interface CameoMix {
  /** a code row, from two uniform draws */
  pick(u1: number, u2: number): CameoCode
  roots: string[]
}

/**
 * Within a root: its generic code (`010`, `020` …) takes 35%, the other three-digit codes share 55%
 * and the four-digit codes 10% (all of it to the three-digit codes when there are none).
 */
export function cameoMix(): CameoMix {
  const book = loadCameoCodebook()
  const roots = ROOT_SHARES.map(([root]) => root)
  const rootSampler = new WeightedSampler(ROOT_SHARES.map(([, share]) => share))
  const perRoot = roots.map((root) => {
    const codes = [...book.values()].filter((c) => c.code.length > 2 && c.code.startsWith(root))
    const generic = codes.filter((c) => c.code === `${root}0`)
    const three = codes.filter((c) => c.code.length === 3 && c.code !== `${root}0`)
    const four = codes.filter((c) => c.code.length === 4)
    const rows: CameoCode[] = []
    const weights: number[] = []
    const add = (xs: CameoCode[], share: number) => {
      for (const c of xs) {
        rows.push(c)
        weights.push(share / xs.length)
      }
    }
    add(generic, 0.35)
    add(three, four.length ? 0.55 : 0.65)
    add(four, 0.1)
    if (!rows.length) {
      rows.push(book.get(root)!)
      weights.push(1)
    }
    return { rows, sampler: new WeightedSampler(weights) }
  })
  return {
    roots,
    pick(u1, u2) {
      const r = perRoot[rootSampler.pick(u1)]!
      return r.rows[r.sampler.pick(u2)]!
    },
  }
}
