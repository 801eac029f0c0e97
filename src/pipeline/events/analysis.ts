// A verbal trigger's source (subject, passive agent, controller of "plans/agreed/readiness to V", main subject of a
// participle), modality (real, intended, intended in the past), polarity (negated, failed), and its CAMEO code.
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import type { Mention } from '../actors/mentions.ts'
import type { VerbEntry } from '../resources/verbs.ts'
import { intent, negate, objectRule, type Trigger } from './triggers.ts'
import { frontedSubject, mainSubject, subjectOf, type Subject } from '../text/clauses.ts'
import { isPassive, passiveAgent, reducedPassive } from '../text/passives.ts'
import { isAdverb, skippable } from '../text/verb-group.ts'
import type { Target } from './targets.ts'
import { nominalSource } from './nominal.ts'
import { institutionSubject } from './institution-subject.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const events = (name: string) => lexiconWords('events', name)
const INTENT_CONTROLS = events('intentControls')
const FAIL_CONTROLS = events('failControls')
const SCHEDULE_CONTROLS = events('scheduleControls')
const NOUN_CONTROLS = events('nounControls')
const ATTITUDE_CONTROLS = events('attitudeControls')
const PAST_CONTROLS = events('pastControlForms')
const NOUN_GERUND = events('nounGerundMarkers')
const PROGRESSIVE = events('progressiveAuxiliaries')
const TEMPORAL = events('temporalParticiples')
const INSTRUMENTS = events('instrumentNouns')
const CONDITIONAL = events('conditionals')
const HYPOTHETICAL = events('hypotheticals')
const FUTURE = events('futureAuxiliaries')
const NEGATORS = lexiconWords('grammar', 'negators')
const HABITUAL = events('habitualAdverbs')
const AGENT_PARTICIPLES = events('agentParticiples')
const DAY_WORDS = events('intentDateWords')
const AGREEMENTS = events('agreementNouns')

/** "An agreement between A and B was signed": a passive's subject noun with its parties (A; B as `between`). */
function agreementParties(s: SentenceCtx, i: number, cast: Cast): { ids: string[]; between?: Target } | null {
  for (let k = i - 1; k >= 0 && i - k <= 20; k--) {
    const t = s.tokens[k]!
    if (t.text === ',' || t.text === ';') return null
    if (!t.word || !AGREEMENTS.has(t.norm)) continue
    const nom = nominalSource(s, k, cast)
    return nom?.between ? { ids: nom.ids, between: nom.between } : null
  }
  return null
}

/** "met with visiting Secretary of State X": the person named right after the participle is its agent. */
function participleAgent(s: SentenceCtx, i: number, cast: Cast): Subject | null {
  if (!AGENT_PARTICIPLES.has(s.tokens[i]!.norm)) return null
  const m = s.mentions.find((x) => x.ti === i + 1 && x.actorId && !x.locative)
  if (!m || cast.profiles.get(m.actorId!)?.record.kind !== 'person') return null
  return { ids: [m.actorId!], mentions: [m] }
}

/** A trigger's source, modality and polarity. */
export interface Analysis {
  source: Subject | { ids: string[]; mentions: Mention[] }
  mode: 'real' | 'intent' | 'intentPast'
  negated: boolean
  nominal: boolean
  between?: Target
  passive: boolean
  /** governed by an attitude word ("ready to", "wants to"): said by its side's speaker, the speaker's act (D1) */
  attitude?: boolean
  /** governed by a schedule or forecast ("is due to meet", "is expected to visit"): only an event in speech (D4) */
  scheduled?: boolean
  /** a nominal occasion over several days ("after three days of talks"): dated by its month (GUIDELINES 4.6) */
  multiDay?: boolean
  /** a noun with its owner written before it ("Moscow's demands", "the U.S. sanctions") */
  owned?: boolean
  /** an intent only by a future auxiliary ("will meet"), no control verb */
  future?: boolean
}

/** Source, negation and modality of a verbal trigger. */
export function analyzeVerb(s: SentenceCtx, tr: Trigger, cast: Cast): Analysis | null {
  const tk = s.tokens
  const i = tr.ti
  const prev = tk[i - 1]
  if (tr.sense.gerund && prev?.word && NOUN_GERUND.has(prev.norm)) return null
  // "Russia is suspending …": a progressive is a finite verb, not a participle
  let b = i - 1
  while (isAdverb(tk[b])) b--
  const progressive = tr.sense.gerund && PROGRESSIVE.has(tk[b]?.norm ?? '')
  let vg = i - 1
  while (vg >= 0 && skippable(tk[vg])) vg--
  let source: Subject | null = null
  let failed = false
  let mode: Analysis['mode'] = 'real'
  let attitude = false
  let scheduled = false
  if (prev?.norm === 'to') {
    let c = i - 2
    // "agreed on Friday to expand …": a day between the control and its infinitive
    while (c >= 0 && (isAdverb(tk[c]) || DAY_WORDS.has(tk[c]!.norm) || (tk[c]!.norm === 'on' &&
      DAY_WORDS.has(tk[c + 1]?.norm ?? '')))) c--
    const ctl = tk[c]
    if (!ctl?.word || !(INTENT_CONTROLS.has(ctl.norm) || FAIL_CONTROLS.has(ctl.norm))) return null
    // "failed to agree", "have been unable to agree": a negated act
    if (FAIL_CONTROLS.has(ctl.norm)) failed = true
    attitude = ATTITUDE_CONTROLS.has(ctl.norm)
    scheduled = SCHEDULE_CONTROLS.has(ctl.norm)
    const nom = NOUN_CONTROLS.has(ctl.norm) ? nominalSource(s, c, cast) : null
    source = nom ? { ids: nom.ids, mentions: [] } : subjectOf(s, c)
    const governing = tk.slice(Math.max(0, c - 4), c + 1).map((t) => t.norm)
    const expressed = governing.some((w) => /ed$/.test(w) || PAST_CONTROLS.has(w))
    mode = expressed && !governing.some((w) => FUTURE.has(w)) ? 'intentPast' : 'intent'
    if (failed) mode = 'real'
    vg = c - 1
    while (vg >= 0 && skippable(tk[vg])) vg--
  } else if (tr.sense.gerund && !progressive && participleAgent(s, i, cast)) {
    source = participleAgent(s, i, cast)
  } else if (tr.sense.gerund && !progressive) {
    // ", calling it … and accusing Washington": a participle after a comma, or coordinated with one;
    // "after accusing Moscow …": a temporal participle takes the main subject
    const coordinated = prev?.norm === 'and' &&
      tk.slice(0, i - 1).some((t, k) => /ing$/.test(t.norm) && tk[k - 1]?.text === ',')
    const temporal = !!prev?.word && TEMPORAL.has(prev.norm)
    // "signed a decree suspending …": a participle of an instrument noun is its signer's act
    const instrument = !!prev?.word && INSTRUMENTS.has(prev.norm)
    if (prev?.text !== ',' && !coordinated && !temporal && !instrument) return null
    source = mainSubject(s, i) ?? (temporal ? frontedSubject(s, i) : null)
  } else {
    source = subjectOf(s, i) ?? institutionSubject(s, vg, cast)
    // "the Council was required to vote", "Russia was urged to comply": the subject of a passive is its patient
    if (source && isPassive(s, i)) source = null
  }
  const passive = !source && (isPassive(s, i) || (tr.sense.past && reducedPassive(s, i)))
  if (passive) source = passiveAgent(s, i, 16)
  const parties = passive && !source ? agreementParties(s, i, cast) : null
  if (parties) source = { ids: parties.ids, mentions: [] }
  if (!source || source.ids.length === 0) return null
  const first = source.mentions[0]
  const before = first ? (tk[first.ti - 1]?.norm === 'the' ? tk[first.ti - 2] : tk[first.ti - 1]) : undefined
  if (before && CONDITIONAL.has(before.norm)) return null
  const group = tk.slice(vg + 1, prev?.norm === 'to' ? i - 1 : i).map((t) => t.norm)
  if (group.some((w) => HYPOTHETICAL.has(w))) return null
  // "has repeatedly warned", "has long opposed": a habitual or background act is no event (D3)
  if (group.some((w) => HABITUAL.has(w))) return null
  const future = group.some((w) => FUTURE.has(w)) && mode === 'real'
  if (future) mode = 'intent'
  const negated = failed || group.some((w) => NEGATORS.has(w)) || tk[tr.tj]?.norm === 'no'
  if (parties) return { source, mode, negated, nominal: false, passive: true, between: parties.between, future }
  return { source, mode, negated, nominal: false, passive, attitude, scheduled, future }
}

/** The CAMEO code of a trigger: an object rule's or the entry's, by preposition, then negated or intended. */
export function codeFor(entry: VerbEntry, words: string[], a: Analysis, prep: string | null): string | null {
  const rule = objectRule(entry, words)
  if (entry.requireRule && !rule) return null
  if (rule && rule.code === null) return null
  let code = rule?.code ?? entry.code
  if (!code) return null
  if (prep && entry.prepCodes?.[prep]) code = entry.prepCodes[prep]!
  if (a.negated) {
    const n = rule?.negated !== undefined ? rule.negated : entry.negated !== undefined ? entry.negated : negate(code)
    return n ?? null
  }
  if (a.mode !== 'real') {
    // an object rule with the entry's own code keeps the entry's intent code ("plans to deploy missiles" → 0312)
    const own = !rule || rule.code === entry.code
    const f = !own || entry.future === undefined ? intent(code) : entry.future
    return f ?? null
  }
  return code
}
