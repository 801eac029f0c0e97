// Who an act belongs to when the text refers back to it or leaves the other party implicit:
// - "the decision/the move/the step/the withdrawal/this decision/it" → the source of the most recent
//   policy act (leaving a treaty, suspending, deploying, sanctioning …) in an earlier sentence;
// - the counterpart of a treaty or talks act that names no partner ("Russia is suspending its
//   participation in the treaty", "Moscow called off the talks") → an actor of another side named in the
//   same sentence, else the side the article names most often besides the source's.
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import { sideOf } from '../actors/sides.ts'
import type { Mention } from '../actors/mentions.ts'
import type { ActClass, ActRegister } from '../doc.ts'

const idsOf = (m: Mention): string[] => m.members ?? (m.actorId ? [m.actorId] : [])

/** The source of the latest act of class `cls` registered in a sentence before `sent` (within `back`). */
export function actBefore(acts: ActRegister, cls: ActClass, sent: number, exclude: Set<string>,
  back = 15): string | null {
  const bySent = acts.bySentence.get(cls)
  for (let k = sent - 1; k >= Math.max(0, sent - back); k--) {
    const src = bySent?.get(k)?.find((id) => !exclude.has(id))
    if (src) return src
  }
  return null
}

/** The side an actor acts for; an intergovernmental organization (NATO) is its own side. */
function sideOrSelf(cast: Cast, id: string): string | null {
  const side = sideOf(cast, id)
  if (side) return side
  const r = cast.profiles.get(id)?.record
  return r && r.kind === 'organization' && !r.country ? id : null
}

/** How often the article names each side (mentions outside places and pronouns). */
export function sideCounts(sents: SentenceCtx[], cast: Cast): Map<string, number> {
  const counts = new Map<string, number>()
  for (const s of sents) {
    if (s.skip) continue
    for (const m of s.mentions) {
      if (m.kind === 'pronoun' || m.locative) continue
      for (const id of idsOf(m)) {
        const side = sideOrSelf(cast, id)
        if (side) counts.set(side, (counts.get(side) ?? 0) + 1)
      }
    }
  }
  return counts
}

/** The other party of a treaty/talks act with no partner named; `counts`: the article's sideCounts. */
export function counterpart(s: SentenceCtx, cast: Cast, exclude: Set<string>, counts: () => Map<string,
  number>): string | null {
  const sides = new Set([...exclude].map((id) => sideOrSelf(cast, id) ?? id))
  const ok = (id: string) => {
    const side = sideOrSelf(cast, id)
    return !!side && !sides.has(side) && !exclude.has(id) && !exclude.has(side)
  }
  // an actor of another side named in the sentence ("gave Russia notice that the U.S. will pull out")
  for (const m of s.mentions) {
    if (m.kind === 'pronoun' || m.locative) continue
    const id = idsOf(m).find(ok)
    if (id) return sideOrSelf(cast, id)
  }
  let best: string | null = null
  let n = 0
  for (const [side, c] of counts()) if (ok(side) && c > n) [best, n] = [side, c]
  return n >= 2 ? best : null
}
