// The target of a dictionary trigger, tried in order: "between A and B"; the object window (direct object, the
// entry's prepositions, a nationality adjective); a passive's patient; the addressees named in a speech verb's
// that-clause; the that-complement of a demand ("demanded that Washington …"); a threat's condition; a noun's
// that-clause ("guarantees that NATO …"); the owner of an anaphoric object ("the initiative", "the threats");
// the addressees of the source's earlier threats; for a reported act inside speech, the speaker's side; for a
// treaty or talks act with no partner named, the other side of the article. Which of these a verb uses is set
// by its flags in data/cameo/verbs.json.
import type { SentenceCtx } from '../doc.ts'
import { sideOf } from '../actors/sides.ts'
import type { VerbEntry } from '../resources/verbs.ts'
import { alternatives, lexiconWords } from '../resources/lexicon.ts'
import type { Trigger } from './triggers.ts'
import type { Analysis } from './analysis.ts'
import type { EventEnv } from './draft.ts'
import { anaphoricTarget, contentActors, idsOf, objectTarget, type Target } from './targets.ts'
import { conditionTarget, relEnd, thatClauseTarget } from './fallback-targets.ts'
import { passivePatient, thatComplementTarget } from './frames.ts'
import { counterpart } from './anaphora.ts'

const TREATY_WORDS = new RegExp(`\\b(?:${alternatives(lexiconWords('events', 'treatyWords'))})\\b`)

/** Where a trigger's object is read: from `from` to `end` (`fullEnd` ignores that-clauses), with the object
 *  `words` (for object rules and treaty words), `infinitive` when the object is "to V …". */
export interface ObjectWindow {
  from: number
  end: number
  fullEnd: number
  words: string[]
  infinitive: boolean
  /** ids that cannot be the target: the sources and their sides */
  exclude: Set<string>
}

/** The target of a trigger, or `mutual` ("A and B met": each is the other's), or null. */
export function findTarget(
  s: SentenceCtx, tr: Trigger, a: Analysis, w: ObjectWindow, env: EventEnv,
): { target: Target | null; mutual: boolean } {
  const { cast } = env
  const entry: VerbEntry = tr.sense.entry
  const { from, end, fullEnd, exclude, infinitive } = w
  const sources = a.source.ids
  const loose = a.nominal || from !== tr.tj || infinitive
  const accept = {
    dobj: !!entry.dobj || a.nominal, preps: entry.preps ?? [], adj: !!entry.adjTarget, anyPrep: a.nominal || infinitive,
    loose,
  }
  let target: Target | null = a.between ?? objectTarget(s, from, end, exclude, accept, cast)
  if (!target && a.passive) target = passivePatient(s, tr.ti, exclude, cast)
  if (!target && a.passive) {
    // the nearest actor before the passive verb ("Russia would not discuss cuts, proposed by Obama")
    const before = s.mentions.filter((m) => m.ti < tr.ti && !m.locative && m.kind !== 'pronoun')
    const ids = before.flatMap(idsOf).filter((id) => !exclude.has(id))
    if (ids.length) target = { ids: [ids[ids.length - 1]!], prep: null, how: 'passive' }
  }
  if (!target && entry.contentTarget && s.tokens[end]?.norm === 'that') {
    const ids = contentActors(s, end, relEnd(s, end), exclude)
    if (ids.length) target = { ids, prep: null, how: 'content' }
  }
  if (!target && !a.nominal && entry.thatComplement) target = thatComplementTarget(s, from, exclude)
  // "threatened to deploy missiles if the United States and NATO press ahead": the condition's actors
  if (!target && entry.conditionTarget) target = conditionTarget(s, from, exclude)
  // "demanded guarantees that NATO will not expand": actors of the noun's that-clause
  if (!target && entry.nounThatTarget) target = thatClauseTarget(s, from, fullEnd, exclude)
  if (!target && entry.anaphoricTarget) target = anaphoricTarget(env.sents, s, from, end, exclude, cast, env.acts)
  if (!target && entry.repeatsThreatTargets) {
    const prior = sources.flatMap((x) => env.acts.threatTargets.get(x) ?? []).filter((id) => !exclude.has(id))
    if (prior.length) target = { ids: [...new Set(prior)], prep: null, how: 'anaphora' }
  }
  const mutual = !target && !!entry.symmetric && sources.length >= 2
  // a reported act inside someone's speech, with no target named: done to the speaker's side
  // ("Putin said the United States pulled out of the treaty", "Lavrov said Washington had refused …")
  const at = s.tokens[tr.ti]!.start
  const sp = env.speech.holding(at)
  if (!target && !mutual && sp && (entry.symmetric || entry.speakerSideTarget)) {
    const side = sideOf(cast, sp.speakerId)
    if (side && !exclude.has(side)) target = { ids: [side], prep: null, how: 'implicit' }
  }
  // a treaty/talks act naming no partner: the other side of the article ("called off the talks")
  const partnered = entry.treatyPartner === 'always' || (entry.treatyPartner === 'infinitive' && infinitive)
  if (!target && !mutual && partnered && TREATY_WORDS.test(w.words.slice(0, 12).join(' '))) {
    const other = counterpart(s, cast, exclude, env.sideCounts)
    if (other) target = { ids: [other], prep: null, how: 'implicit' }
  }
  return { target, mutual }
}
