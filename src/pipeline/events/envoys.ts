// An unnamed envoy named through the state after "of" ("the deputy high commissioner of X", "the ambassador of
// X") is that state as the target (GUIDELINES D11: an unnamed official → their state). "The Russian ambassador"
// and "Russia's envoy" are found by the ordinary rules (a nationality adjective, a possessive mention).
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import type { Target } from './targets.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const ENVOYS = lexiconWords('events', 'envoyNouns')
const MODIFIERS = lexiconWords('events', 'envoyModifiers')

/** The state of "<modifiers> <envoy noun> of [the] <state>" opening the object window [from, end), or null. */
export function envoyOfState(s: SentenceCtx, from: number, end: number, exclude: Set<string>, cast: Cast):
  Target | null {
  const tk = s.tokens
  let j = from
  while (j < end && j - from < 5 && tk[j]!.word && !ENVOYS.has(tk[j]!.norm) && MODIFIERS.has(tk[j]!.norm)) j++
  if (j >= end || !tk[j]!.word || !ENVOYS.has(tk[j]!.norm) || tk[j + 1]?.norm !== 'of') return null
  if (s.mentions.some((m) => m.ti >= from && m.ti <= j)) return null
  const k = tk[j + 2]?.norm === 'the' ? j + 3 : j + 2
  const m = s.mentions.find((x) => x.ti === k && x.actorId && !x.possessive)
  // "the ambassador of Poland, Jan Nowak": a named envoy is the person, whom the ordinary rules find
  if (!m || exclude.has(m.actorId!) || cast.res.byId.get(m.actorId!)?.kind !== 'state') return null
  const next = s.mentions.find((x) => x.ti > m.ti && x.ti <= m.tj + 1)
  if (next && next.actorId && cast.res.byId.get(next.actorId)?.kind === 'person') return null
  return { ids: [m.actorId!], prep: null, how: 'object' }
}
