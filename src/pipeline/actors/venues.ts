// Organisations and states named as venues, occasions or places rather than as actors:
// "a session of the Council", "the Duma elections", "a Pentagon news conference", "talks move to the
// OSCE in Vienna", "sandwiched between Poland and Lithuania", "on the European Union's borders".
import type { ActorKind } from '../types.ts'
import type { Mention } from './mentions.ts'
import type { Token } from '../text/tokens.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const placeList = (name: string) => lexiconWords('places', name)
/** Nouns after an organisation that make it the occasion, not an actor ("the G20 summit", "Duma elections"). */
const VENUE_NEXT = placeList('venueNouns')
const VENUE_OF = placeList('venueOf')
const FRAMEWORK = placeList('frameworkWords')
const PRESS = placeList('pressWords')
const BRIEFING = placeList('briefingNouns')
const PLACE_VERBS = placeList('placingVerbs')
const FRONTIER = placeList('frontierNouns')
const NEAR = placeList('nearPrepositions')
const SEAT_PREPOSITIONS = placeList('seatPrepositions')

function back(tk: Token[], i: number): number {
  return tk[i]?.norm === 'the' ? i - 1 : i
}

/** An organisation named as a venue or occasion. */
export function isVenueOrg(tk: Token[], m: Mention, kind: ActorKind): boolean {
  if (kind !== 'organization') return false
  const next = tk[m.tj]
  if (next?.word && VENUE_NEXT.has(next.norm)) return true
  if (next?.word && PRESS.has(next.norm) && tk[m.tj + 1]?.word && BRIEFING.has(tk[m.tj + 1]!.norm)) return true
  const ctx = tk.slice(Math.max(0, m.ti - 5), m.ti).map((t) => t.norm)
  if (ctx.some((w) => FRAMEWORK.has(w))) return true
  // "a session of the Council"
  const of = back(tk, m.ti - 1)
  if (tk[of]?.norm === 'of' && VENUE_OF.has(tk[of - 1]?.norm ?? '')) return true
  // "talks move to the OSCE in Vienna": a seat named with its city
  const prep = tk[back(tk, m.ti - 1)]?.norm
  if (SEAT_PREPOSITIONS.has(prep ?? '') && next?.norm === 'in' && tk[m.tj + 1]?.cap) return true
  return false
}

/** A state or organisation named as a place: between two named places after a placing verb, or the owner of a
 *  border. */
export function isPlace(tk: Token[], m: Mention, mentions: Mention[]): boolean {
  // "sandwiched between Poland and Lithuania"
  let b = back(tk, m.ti - 1)
  if (tk[b]?.norm === 'and') {
    const first = mentions.find((o) => o.tj === b && o !== m)
    if (first) b = back(tk, first.ti - 1)
  }
  if (tk[b]?.norm === 'between' && PLACE_VERBS.has(tk[b - 1]?.norm ?? '')) return true
  // "on the European Union's borders", "near Ukraine's border"
  if (m.possessive) {
    let n = m.tj + 1
    if (tk[n]?.word && !FRONTIER.has(tk[n]!.norm) && tk[n + 1]?.word &&
      FRONTIER.has(tk[n + 1]!.norm)) n++ // "eastern borders"
    if (tk[n]?.word && FRONTIER.has(tk[n]!.norm) && NEAR.has(tk[back(tk, m.ti - 1)]?.norm ?? '')) return true
  }
  return false
}
