// Events of the dictionary triggers (data/cameo/verbs.json): per sentence, each trigger's source and modality
// (analysis.ts), target (target-search.ts) and CAMEO code, and the window where its date may be written. The acts
// found are registered (doc `acts`) for later anaphora ("the threats", "the decision").
import type { ActClass, ActRegister, SentenceCtx } from '../doc.ts'
import { sideOf } from '../actors/sides.ts'
import { skippable, SPEECH_FORMS } from '../text/verb-group.ts'
import { lexiconWords } from '../resources/lexicon.ts'
import { findTriggers, type Trigger } from './triggers.ts'
import { analyzeVerb, codeFor, type Analysis } from './analysis.ts'
import type { EventDraft, EventEnv } from './draft.ts'
import { idsOf, windowEnd } from './targets.ts'
import { relativeHead } from './fallback-targets.ts'
import { subjectOf } from '../text/clauses.ts'
import { nominalSource } from './nominal.ts'
import { clauseStart, dateWindow } from './frames.ts'
import { findTarget, type ObjectWindow } from './target-search.ts'
import { occasionMeetings } from './joint-occasion.ts'
import { inCondition, reversed, sharedInfinitive, unrealClause } from './clause-frame.ts'

const REASON = lexiconWords('events', 'reasonPrepositions')
const CONDITIONS = lexiconWords('content-frames', 'conditions')
const STANDING = lexiconWords('events', 'standingAuxiliaries')
const BE = lexiconWords('events', 'progressiveAuxiliaries')
const DAY_WORDS = lexiconWords('events', 'intentDateWords')

/** "Moscow has been strongly opposed to …", "Russia opposes …" in narration with no date: a standing position,
 *  background (D3); said by a speaker, it is the speaker's act of the day. */
function standing(s: SentenceCtx, tr: Trigger, env: EventEnv): boolean {
  if (!tr.sense.entry.stance || env.speech.holding(s.tokens[tr.ti]!.start)) return false
  if (s.tokens.some((t) => DAY_WORDS.has(t.norm) || /^\d{4}$/.test(t.text))) return false
  const t = s.tokens[tr.ti]!
  const present = !tr.sense.nominal && /[^s]s$/.test(t.norm)
  return present || s.tokens.slice(Math.max(0, tr.ti - 4), tr.ti).some((x) => STANDING.has(x.norm))
}

function inMention(s: SentenceCtx, i: number): boolean {
  return s.mentions.some((m) => m.kind !== 'pronoun' && i >= m.ti && i < m.tj)
}

/** The source and modality of a trigger: a noun's owner ("Moscow's demands"), else the verb's analysis. */
function analyze(s: SentenceCtx, tr: Trigger, env: EventEnv): Analysis | null {
  if (!tr.sense.nominal) {
    // "to resume X and discuss Y": the coordinated verb shares the infinitive's controller and modality
    // ("… to reduce and limit arms was signed": a finite verb after "be" shares no infinitive)
    const before = s.tokens[tr.ti - 1]?.norm ?? ''
    const inf = before === 'to' || BE.has(before) ? null : sharedInfinitive(env.syntax, s, tr.ti)
    return analyzeVerb(s, inf === null ? tr : { ...tr, ti: inf }, env.cast)
  }
  const nom = nominalSource(s, tr.ti, env.cast)
  if (!nom) return null
  const source = { ids: nom.ids, mentions: [] }
  return {
    source, mode: 'real', negated: false, nominal: true, between: nom.between, passive: false, multiDay: nom.multiDay,
    owned: nom.owned,
  }
}

/** Where the object of a trigger is read, and its words. */
function objectWindow(s: SentenceCtx, tr: Trigger, a: Analysis, env: EventEnv): ObjectWindow {
  const entry = tr.sense.entry
  const exclude = new Set(a.source.ids)
  for (const id of a.source.ids) {
    const side = sideOf(env.cast, id)
    if (side && !entry.sideMayBeTarget) exclude.add(side)
  }
  const from = tr.objFrom
  const fullEnd = windowEnd(s, from, { stopAtThat: false, max: 40 })
  // a nominal's object ends at a that-clause ("at the meeting with X … that he will meet Y")
  const end =
    entry.wideTarget ? s.tokens.length : windowEnd(s, from, { stopAtThat: !!entry.speech || tr.sense.nominal })
  // "described X as a mistake": the as-phrase belongs to the object words
  const wordsEnd =
    s.tokens[fullEnd]?.norm === 'as' ? windowEnd(s, fullEnd + 1, { stopAtThat: false, max: 20 }) : fullEnd
  const words = s.tokens.slice(from, entry.speech ? s.tokens.length : wordsEnd).map((t) => t.norm)
  if (a.passive) words.push(...s.tokens.slice(0, tr.ti).map((t) => t.norm))
  // "the treaty, which he signed with X": the relative clause's head is the object
  if (!tr.sense.nominal) words.push(...relativeHead(s, a.source.mentions[0]?.ti ?? tr.ti))
  // "refused to hold talks with Russia": the infinitive's object names the target
  const next = s.tokens[from + 1]
  const infinitive = s.tokens[from]?.norm === 'to' && !!next?.word && !next.cap &&
    (!entry.speech || !!entry.infinitiveTarget)
  return { from, end, fullEnd, words, infinitive, exclude }
}

/** A joint act of more than two parties ("the leaders of A, B, C and D signed"): the two principal counterparts,
 *  the two the article names most, in the order of the text (GUIDELINES 4.4, multilateral acts). */
function principalParties(ids: string[], env: EventEnv): string[] {
  if (ids.length <= 2) return ids
  const counts = env.sideCounts()
  const weight = (id: string) => counts.get(id) ?? 0
  const top = [...ids].sort((a, b) => weight(b) - weight(a) || ids.indexOf(a) - ids.indexOf(b)).slice(0, 2)
  return ids.filter((id) => top.includes(id))
}

/** "Russia is ready to start talks", "Russia offers …", said by a Russian official: the speaker's act (D1). */
function attitudeOfSpeaker(s: SentenceCtx, tr: Trigger, a: Analysis, env: EventEnv): Analysis {
  const entry = tr.sense.entry
  // an attitude ("ready to") or a speech act (offer, demand, warn) of the speaker's side is the speaker's (D1)
  // a refusal ("will not give guarantees") is the performer's act
  const speechAct = !a.negated && (!!entry.speech || entry.act === 'proposal' || entry.act === 'demand')
  if (!a.attitude && !speechAct) return a
  const sp = env.speech.holding(s.tokens[tr.ti]!.start)
  if (!sp || a.source.ids.includes(sp.speakerId)) return a
  const side = sideOf(env.cast, sp.speakerId)
  const kind = (id: string) => (env.cast.profiles.get(id)?.record ?? env.cast.res.byId.get(id))?.kind
  // the subject is the speaker's side ("we", "Russia" said by a Russian official); a speaker of unknown side: a state
  const own = a.source.ids.every((id) => (side ? id === side || sideOf(env.cast, id) === side : kind(id) === 'state'))
  return own ? { ...a, source: { ids: [sp.speakerId], mentions: [] } } : a
}

/** Whether the act at token i is announced by its performer's side: the speaker of the speech holding it, or the
 *  subject of a reporting verb before it ("X confirmed he will meet Y"; D4: an own plan). */
function announced(s: SentenceCtx, i: number, sources: string[], env: EventEnv): boolean {
  const sides = new Set(sources.flatMap((id) => [id, sideOf(env.cast, id) ?? id]))
  const own = (id: string) => sides.has(id) || sides.has(sideOf(env.cast, id) ?? id)
  // a third party's or a host's word on someone else's plan is not an own plan (D4)
  const sp = env.speech.holding(s.tokens[i]!.start)
  if (sp) return own(sp.speakerId)
  for (let k = i - 1; k >= 0; k--) {
    if (!SPEECH_FORMS.has(s.tokens[k]!.norm)) continue
    const sub = subjectOf(s, k)
    if (sub?.ids.some(own)) return true
  }
  return false
}

/** Whether offset `at` lies in the speech of a speaker of another side than all of `ids`. */
function referredInSpeech(env: EventEnv, at: number, ids: string[]): boolean {
  const sp = env.speech.holding(at)
  if (!sp) return false
  const side = sideOf(env.cast, sp.speakerId) ?? sp.speakerId
  return ids.every((id) => id !== sp.speakerId && (sideOf(env.cast, id) ?? id) !== side)
}

/** Sign safety: an act governed by a reversing verb ("abandon his threat"), or planned in a noun a reversing verb
 *  governs ("scrapped plans to place interceptors"), is coded as negated. */
function reversal(s: SentenceCtx, tr: Trigger, a: Analysis, env: EventEnv): Analysis {
  const tk = s.tokens
  let head = tr.sense.nominal ? tr.ti : -1
  if (!tr.sense.nominal && tk[tr.ti - 1]?.norm === 'to') head = tr.ti - 2
  const t = tk[head]
  return t && reversed(env.syntax, t.start) ? { ...a, negated: true } : a
}

/** Events of one trigger, and the analysis of its verb (null for a noun or when it has no source). */
function eventsOf(s: SentenceCtx, tr: Trigger, env: EventEnv): { drafts: EventDraft[]; analysis: Analysis | null } {
  const entry = tr.sense.entry
  const found = analyze(s, tr, env)
  if (!found) return { drafts: [], analysis: null }
  const a = reversal(s, tr, attitudeOfSpeaker(s, tr, found, env), env)
  const analysis = a.nominal ? null : a
  // "if negotiations between A and B are used as a cover …": a hypothetical act is no event
  const at = s.tokens[tr.ti]!.start
  // "X is due to meet Y": the journalist's schedule is no act; said by a speaker, an announced intention (D4)
  if (a.scheduled && !announced(s, tr.ti, a.source.ids, env)) return { drafts: [], analysis }
  if (a.nominal && (inCondition(env.syntax, at) || unrealClause(env.syntax, at))) return { drafts: [], analysis }
  // "Lavrov said the U.S. sanctions were illegal": another side's act named in speech is what the speaker talks
  // about (background, D3), not an act of the day
  const reported = s.tokens.some((t, k) => SPEECH_FORMS.has(t.norm) || (k < tr.ti && t.text === '"'))
  if (a.owned && reported && referredInSpeech(env, at, a.source.ids)) {
    return { drafts: [], analysis }
  }
  if (standing(s, tr, env)) return { drafts: [], analysis }
  const w = objectWindow(s, tr, a, env)
  const { target, mutual } = findTarget(s, tr, a, w, env)
  if (!target && !mutual) return { drafts: [], analysis }
  // "would pull out of the treaty unless Russia complied": a conditional intent is no act (see 139)
  const conditional = s.tokens.slice(tr.tj, tr.tj + 25).some((t) => CONDITIONS.has(t.norm))
  if (a.mode === 'intent' && conditional) return { drafts: [], analysis }
  const code = codeFor(entry, w.words, a, target?.prep ?? null)
  if (!code) return { drafts: [], analysis }
  // "X will visit Y next week" in narration: a schedule the journalist reports, not an announced intention (D4)
  if (a.future && code === '036' && !announced(s, tr.ti, a.source.ids, env)) return { drafts: [], analysis }
  const sources = a.source.ids
  const subj = a.source.mentions[0]?.ti ?? tr.ti
  const win = dateWindow(s, clauseStart(s, Math.min(subj, tr.ti)), subj, tr, w.fullEnd, a.mode === 'intent', a.nominal)
  let dateTo = win.dateTo
  // "blamed X for the war in August": a date after "for/of" dates the thing blamed, not the blaming
  if (entry.evaluative) {
    const k = s.tokens.findIndex((t, j) => j > tr.ti && j < w.fullEnd && REASON.has(t.norm))
    if (k > 0) dateTo = Math.min(dateTo, s.tokens[k]!.start)
  }
  const indirect = a.source.mentions.some((m) => m.kind === 'pronoun' || m.kind === 'description')
  let conf = a.nominal ? 0.7 : 0.9
  if (indirect) conf -= 0.15
  if (target && target.how !== 'object') conf -= 0.15
  const pairs: [string, string][] = []
  if (mutual) {
    const parties = principalParties(sources, env)
    for (const x of parties) for (const y of parties) if (x !== y) pairs.push([x, y])
  } else for (const x of sources) for (const y of target!.ids) if (x !== y) pairs.push([x, y])
  const threats = env.acts.threatTargets
  if (entry.act === 'threat') {
    for (const [x, y] of pairs) {
      threats.set(x,
        [...(threats.get(x) ?? []).filter((z) => z !== y), y])
    }
  }
  // several targets of one verb: each is dated by the date nearest to its own mention ("with A in July and with B
  // in August")
  const anchors = new Map<string, number>()
  if (target && target.ids.length > 1) {
    for (const m of s.mentions) {
      for (const id of idsOf(m)) {
        if (m.ti >= w.from && target.ids.includes(id) && !anchors.has(id)) {
          anchors.set(id,
            m.start)
        }
      }
    }
  }
  const drafts = pairs.map(([x, y]): EventDraft => ({
    sourceId: x, targetId: y, code, sent: s.index, at: s.tokens[tr.ti]!.start, dateFrom: win.dateFrom, dateTo,
    anchor: anchors.get(y), occasion: win.ownDate ? false : undefined,
    personal: env.cast.profiles.get(x)?.record.kind === 'person' && indirect,
    kind: a.nominal ? 'nominal' : 'verbal', mutual: mutual || (entry.symmetric === true && sources.length >= 2),
    reciprocal: entry.reciprocal, entry: entry.id, multiDay: a.multiDay && entry.symmetric === true,
    // the verb's own phrase ("met") describes only its own code: after an intent, negation or object rule, the
    // label does
    summary: code === entry.code ? entry.summary : '', confidence: Math.max(0.3, conf),
  }))
  if (entry.jointOccasion && a.mode === 'real' && !a.negated) drafts.push(...occasionMeetings(s, drafts))
  return { drafts, analysis }
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
