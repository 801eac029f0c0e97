// Stage 5: events. Per sentence: dictionary triggers (verbs, phrases, nominal triggers) → source
// (subject, passive agent, owner of a nominal, controller of "plans/agreed/readiness to V") →
// target(s) (event-targets.ts) → CAMEO code (object rules, negation, intent) → explicit date if any.
// Statement-content rules add assurances ("not aimed at X" → 010) and pessimistic comments (012).
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import { sideOf } from '../actors/sides.ts'
import type { Mention } from '../actors/mentions.ts'
import { findTriggers, intent, negate, objectRule, type Trigger } from './triggers.ts'
import type { VerbEntry, VerbLexicon } from '../resources/verbs.ts'
import { frontedSubject, isAdverb, isPassive, mainSubject, passiveAgent, reducedPassive, skippable, subjectOf, type Subject } from '../text/clauses.ts'
import { anaphoricTarget, contentActors, idsOf, objectTarget, windowEnd, type Target } from './targets.ts'
import { conditionTarget, relativeHead, relEnd, thatClauseTarget } from './fallback-targets.ts'
import { nominalSource } from './nominal.ts'
import { clauseStart, dateWindow, passivePatient, thatComplementTarget } from './frames.ts'
import { counterpart } from './anaphora.ts'

import type { ActClass, ActRegister } from '../doc.ts'
import { alternatives, lexiconWords } from '../resources/lexicon.ts'

export interface EventDraft {
  sourceId: string
  targetId: string
  code: string
  sent: number
  /** cleaned offset of the trigger */
  at: number
  /** cleaned offset the date is read nearest to (the target's mention, when a verb has several) */
  anchor?: number
  /** a person's own act: undated, it takes the date of the person's dated remarks (one occasion) */
  personal?: boolean
  /** false: not dated by the person's occasion (an intent whose own sentence dates only the intended act) */
  occasion?: false
  /** cleaned range where an explicit date may be read; intent events only before the trigger */
  dateFrom: number
  dateTo: number
  kind: 'verbal' | 'nominal' | 'content'
  mutual: boolean
  /** one act between two parties: "B met A" is the same meeting as "A met B" (verbs.json `reciprocal`) */
  reciprocal?: boolean
  entry: string
  summary: string
  confidence: number
}

export interface SpeechSpan {
  speakerId: string
  sent: number
  contentStart: number
  contentEnd: number
}

const events = (name: string) => lexiconWords('events', name)
const INTENT_CONTROLS = events('intentControls')
const FAIL_CONTROLS = events('failControls')
const NOUN_CONTROLS = events('nounControls')
const PAST_CONTROLS = events('pastControlForms')
const NOUN_GERUND = events('nounGerundMarkers')
const PROGRESSIVE = events('progressiveAuxiliaries')
const TEMPORAL = events('temporalParticiples')
const INSTRUMENTS = events('instrumentNouns')
const CONDITIONAL = events('conditionals')
const HYPOTHETICAL = events('hypotheticals')
const FUTURE = events('futureAuxiliaries')
const REASON = events('reasonPrepositions')
const NEGATORS = lexiconWords('grammar', 'negators')
/** Entries whose act can be referred to later by a noun ("the threats", "the criticism", "the offer"). */
const TREATY_WORDS = new RegExp(`\\b(?:${alternatives(events('treatyWords'))})\\b`)

function inMention(s: SentenceCtx, i: number): boolean {
  return s.mentions.some((m) => m.kind !== 'pronoun' && i >= m.ti && i < m.tj)
}

interface Analysis {
  source: Subject | { ids: string[]; mentions: Mention[] }
  mode: 'real' | 'intent' | 'intentPast'
  negated: boolean
  nominal: boolean
  between?: Target
  passive: boolean
}

/** Source, negation and modality of a verbal trigger. */
function analyzeVerb(s: SentenceCtx, tr: Trigger, cast: Cast): Analysis | null {
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
  if (prev?.norm === 'to') {
    let c = i - 2
    while (c >= 0 && isAdverb(tk[c])) c--
    const ctl = tk[c]
    if (!ctl?.word || !(INTENT_CONTROLS.has(ctl.norm) || FAIL_CONTROLS.has(ctl.norm))) return null
    // "failed to agree", "have been unable to agree": a negated act
    if (FAIL_CONTROLS.has(ctl.norm)) failed = true
    const nom = NOUN_CONTROLS.has(ctl.norm) ? nominalSource(s, c, cast) : null
    source = nom ? { ids: nom.ids, mentions: [] } : subjectOf(s, c)
    const governing = tk.slice(Math.max(0, c - 4), c + 1).map((t) => t.norm)
    mode = governing.some((w) => /ed$/.test(w) || PAST_CONTROLS.has(w)) && !governing.some((w) => FUTURE.has(w)) ? 'intentPast' : 'intent'
    if (failed) mode = 'real'
    vg = c - 1
    while (vg >= 0 && skippable(tk[vg])) vg--
  } else if (tr.sense.gerund && !progressive) {
    // ", calling it … and accusing Washington": a participle after a comma, or coordinated with one;
    // "after accusing Moscow …": a temporal participle takes the main subject
    const coordinated = prev?.norm === 'and' && tk.slice(0, i - 1).some((t, k) => /ing$/.test(t.norm) && tk[k - 1]?.text === ',')
    const temporal = !!prev?.word && TEMPORAL.has(prev.norm)
    // "signed a decree suspending …": a participle of an instrument noun is its signer's act
    const instrument = !!prev?.word && INSTRUMENTS.has(prev.norm)
    if (prev?.text !== ',' && !coordinated && !temporal && !instrument) return null
    source = mainSubject(s, i) ?? (temporal ? frontedSubject(s, i) : null)
  } else {
    source = subjectOf(s, i)
  }
  const passive = !source && (isPassive(s, i) || (tr.sense.past && reducedPassive(s, i)))
  if (passive) source = passiveAgent(s, i, 16)
  if (!source || source.ids.length === 0) return null
  const first = source.mentions[0]
  const before = first ? (tk[first.ti - 1]?.norm === 'the' ? tk[first.ti - 2] : tk[first.ti - 1]) : undefined
  if (before && CONDITIONAL.has(before.norm)) return null
  const group = tk.slice(vg + 1, prev?.norm === 'to' ? i - 1 : i).map((t) => t.norm)
  if (group.some((w) => HYPOTHETICAL.has(w))) return null
  if (group.some((w) => FUTURE.has(w)) && mode === 'real') mode = 'intent'
  const negated = failed || group.some((w) => NEGATORS.has(w)) || tk[tr.tj]?.norm === 'no'
  return { source, mode, negated, nominal: false, passive }
}

export interface EventEnv {
  sents: SentenceCtx[]
  cast: Cast
  lex: VerbLexicon
  speech: SpeechSpan[]
  /** acts found so far: for "the threats"/"the decision" anaphora and repeated warnings */
  acts: ActRegister
  /** how often the article names each side (event-anaphora.ts sideCounts), computed on first use */
  sideCounts: () => Map<string, number>
}

function codeFor(entry: VerbEntry, words: string[], a: Analysis, prep: string | null): string | null {
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
    const f = rule?.code || entry.future === undefined ? intent(code) : entry.future
    return f ?? null
  }
  return code
}

function speechAt(env: EventEnv, off: number): SpeechSpan | undefined {
  return env.speech.find((sp) => off >= sp.contentStart && off < sp.contentEnd)
}

/** Events of one trigger, and the analysis of its verb (null for a noun or when it has no source). */
function eventsOf(s: SentenceCtx, tr: Trigger, env: EventEnv): { drafts: EventDraft[]; analysis: Analysis | null } {
  const { cast } = env
  const entry = tr.sense.entry
  let a: Analysis | null
  if (tr.sense.nominal) {
    const nom = nominalSource(s, tr.ti, cast)
    a = nom ? { source: { ids: nom.ids, mentions: [] }, mode: 'real', negated: false, nominal: true, between: nom.between, passive: false } : null
  } else a = analyzeVerb(s, tr, cast)
  if (!a) return { drafts: [], analysis: null }
  const analysis = a.nominal ? null : a
  const sources = a.source.ids
  const exclude = new Set(sources)
  for (const id of sources) {
    const side = sideOf(cast, id)
    if (side && !entry.sideMayBeTarget) exclude.add(side)
  }
  const from = tr.objFrom
  const fullEnd = windowEnd(s, from, { stopAtThat: false, max: 40 })
  // a nominal's object ends at a that-clause ("at the meeting with X … that he will meet Y")
  const end = entry.wideTarget ? s.tokens.length : windowEnd(s, from, { stopAtThat: !!entry.speech || tr.sense.nominal })
  // "described X as a mistake": the as-phrase belongs to the object words
  const wordsEnd = s.tokens[fullEnd]?.norm === 'as' ? windowEnd(s, fullEnd + 1, { stopAtThat: false, max: 20 }) : fullEnd
  const words = s.tokens.slice(from, entry.speech ? s.tokens.length : wordsEnd).map((t) => t.norm)
  if (a.passive) words.push(...s.tokens.slice(0, tr.ti).map((t) => t.norm))
  // "the treaty, which he signed with X": the relative clause's head is the object
  if (!tr.sense.nominal) words.push(...relativeHead(s, a.source.mentions[0]?.ti ?? tr.ti))
  // "refused to hold talks with Russia": the infinitive's object names the target
  const infinitive = s.tokens[from]?.norm === 'to' && !!s.tokens[from + 1]?.word && !s.tokens[from + 1]!.cap && (!entry.speech || !!entry.infinitiveTarget)
  const loose = a.nominal || from !== tr.tj || infinitive
  let target: Target | null = a.between ?? objectTarget(s, from, end, exclude, { dobj: !!entry.dobj || a.nominal, preps: entry.preps ?? [], adj: !!entry.adjTarget, anyPrep: a.nominal || infinitive, loose }, cast)
  if (!target && a.passive) target = passivePatient(s, tr.ti, exclude, cast)
  if (!target && a.passive) {
    // the nearest actor before the passive verb ("Russia would not discuss cuts, proposed by Obama")
    const ids = s.mentions.filter((m) => m.ti < tr.ti && !m.locative && m.kind !== 'pronoun').flatMap(idsOf).filter((id) => !exclude.has(id))
    if (ids.length) target = { ids: [ids[ids.length - 1]!], prep: null, how: 'passive' }
  }
  const sp = speechAt(env, s.tokens[tr.ti]!.start)
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
  let mutual = false
  if (!target && entry.symmetric && sources.length >= 2) mutual = true
  // a reported act inside someone's speech, with no target named: done to the speaker's side
  // ("Putin said the United States pulled out of the treaty", "Lavrov said Washington had refused …")
  if (!target && !mutual && sp && (entry.symmetric || entry.speakerSideTarget)) {
    const side = sideOf(cast, sp.speakerId)
    if (side && !exclude.has(side)) target = { ids: [side], prep: null, how: 'implicit' }
  }
  // a treaty/talks act naming no partner: the other side of the article ("called off the talks")
  const partnered = entry.treatyPartner === 'always' || (entry.treatyPartner === 'infinitive' && infinitive)
  if (!target && !mutual && partnered && TREATY_WORDS.test(words.slice(0, 12).join(' '))) {
    const other = counterpart(s, cast, exclude, env.sideCounts)
    if (other) target = { ids: [other], prep: null, how: 'implicit' }
  }
  if (!target && !mutual) return { drafts: [], analysis }
  // "would pull out of the treaty unless Russia complied": a conditional intent is no act (see 139)
  if (a.mode === 'intent' && s.tokens.slice(tr.tj, tr.tj + 25).some((t) => t.norm === 'unless' || t.norm === 'if')) return { drafts: [], analysis }
  const code = codeFor(entry, words, a, target?.prep ?? null)
  if (!code) return { drafts: [], analysis }
  const trig = s.tokens[tr.ti]!
  const subj = a.source.mentions[0]?.ti ?? tr.ti
  const win = dateWindow(s, clauseStart(s, Math.min(subj, tr.ti)), subj, tr, fullEnd, a.mode === 'intent', a.nominal)
  const { dateFrom, ownDate } = win
  let dateTo = win.dateTo
  // "blamed X for the war in August": a date after "for/of" dates the thing blamed, not the blaming
  if (entry.evaluative) {
    const k = s.tokens.findIndex((t, j) => j > tr.ti && j < fullEnd && REASON.has(t.norm))
    if (k > 0) dateTo = Math.min(dateTo, s.tokens[k]!.start)
  }
  let conf = a.nominal ? 0.7 : 0.9
  if (a.source.mentions.some((m) => m.kind === 'pronoun' || m.kind === 'description')) conf -= 0.15
  if (target && target.how !== 'object') conf -= 0.15
  const out: EventDraft[] = []
  const pairs: [string, string][] = []
  if (mutual) for (const x of sources) for (const y of sources) { if (x !== y) pairs.push([x, y]) }
  else for (const x of sources) for (const y of target!.ids) if (x !== y) pairs.push([x, y])
  const threats = env.acts.threatTargets
  if (entry.act === 'threat') for (const [x, y] of pairs) threats.set(x, [...(threats.get(x) ?? []).filter((z) => z !== y), y])
  // several targets of one verb: each is dated by the date nearest to its own mention ("with A in July and with B in August")
  const anchors = new Map<string, number>()
  if (target && target.ids.length > 1) for (const m of s.mentions) for (const id of idsOf(m)) if (m.ti >= from && target.ids.includes(id) && !anchors.has(id)) anchors.set(id, m.start)
  for (const [x, y] of pairs) {
    out.push({
      sourceId: x, targetId: y, code, sent: s.index, at: trig.start, dateFrom, dateTo, anchor: anchors.get(y),
      occasion: ownDate ? false : undefined,
      personal: cast.profiles.get(x)?.record.kind === 'person' && a.source.mentions.some((m) => m.kind === 'pronoun' || m.kind === 'description'),
      kind: a.nominal ? 'nominal' : 'verbal', mutual: mutual || (entry.symmetric === true && sources.length >= 2),
      // the verb's own phrase ("met") describes only its own code: after an intent, negation or object rule, the label does
      reciprocal: entry.reciprocal, entry: entry.id, summary: code === entry.code ? entry.summary : '',
      confidence: Math.max(0.3, conf),
    })
  }
  return { drafts: out, analysis }
}

/** Registers the act of a verbal trigger under its class, for later anaphora ("the threats", "the decision"). */
function registerAct(acts: ActRegister, cls: ActClass, sent: number, sources: string[]): void {
  let bySent = acts.bySentence.get(cls)
  if (!bySent) acts.bySentence.set(cls, (bySent = new Map()))
  bySent.set(sent, sources)
}

/** Registers threats read from statement contents ("dismissed the threat" → who threatened; repeated warnings). */
export function registerContentThreats(acts: ActRegister, threats: EventDraft[]): void {
  for (const e of threats) {
    let bySent = acts.bySentence.get('threat')
    if (!bySent) acts.bySentence.set('threat', (bySent = new Map()))
    bySent.set(e.sent, [...new Set([...(bySent.get(e.sent) ?? []), e.sourceId])])
    acts.threatTargets.set(e.sourceId, [...new Set([...(acts.threatTargets.get(e.sourceId) ?? []), e.targetId])])
  }
}

/** All dictionary-triggered events of the article (before dates and dedup); registers their acts in env.acts. */
export function findEvents(env: EventEnv): EventDraft[] {
  const out: EventDraft[] = []
  for (const s of env.sents) {
    if (s.skip) continue
    const triggers = findTriggers(env.lex, s.tokens, (i) => skippable(s.tokens[i])).filter((t) => !inMention(s, t.ti))
    for (const tr of triggers) {
      const { drafts, analysis } = eventsOf(s, tr, env)
      const cls = tr.sense.entry.act
      if (cls && analysis) registerAct(env.acts, cls, s.index, analysis.source.ids)
      out.push(...drafts)
    }
  }
  return out
}
