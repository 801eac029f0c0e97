// Stage 5: events. Per sentence: dictionary triggers (verbs, phrases, nominal triggers) → source
// (subject, passive agent, owner of a nominal, controller of "plans/agreed/readiness to V") →
// target(s) (event-targets.ts) → CAMEO code (object rules, negation, intent) → explicit date if any.
// Statement-content rules add assurances ("not aimed at X" → 010) and pessimistic comments (012).
import type { SentenceCtx, Cast } from './actors.ts'
import { stateOf } from './actors.ts'
import type { Mention } from './mentions.ts'
import { findTriggers, intent, negate, objectRule, type Trigger, type VerbEntry, type VerbLexicon } from './verbs.ts'
import { isAdverb, isPassive, mainSubject, passiveAgent, skippable, subjectOf, type Subject } from './clauses.ts'
import { anaphoricTarget, contentActors, idsOf, objectTarget, ownerBefore, windowEnd, type Target } from './event-targets.ts'
import { INTENT_CONTROLS, NEGATORS } from './lexicon.ts'

export interface EventDraft {
  sourceId: string
  targetId: string
  code: string
  sent: number
  /** cleaned offset of the trigger */
  at: number
  /** cleaned range where an explicit date may be read; intent events only before the trigger */
  dateFrom: number
  dateTo: number
  tense: 'past' | 'future'
  kind: 'verbal' | 'nominal' | 'content'
  mutual: boolean
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

const LIGHT = new Set('announce announced announces retain retained retains express expressed expresses voice voiced confirm confirmed confirms reaffirm reaffirmed make made makes issue issued have has had hold held launch launched reiterate reiterated show showed shown pay paid submit submitted put'.split(' '))
const NOUN_CONTROLS = new Set('readiness willingness intention intent plans plan proposal proposals offer offers decision desire commitment pledge promise'.split(' '))
const CONDITIONAL = new Set(['if', 'unless', 'whether'])
const HYPOTHETICAL = new Set(['may', 'might', 'could'])
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'going'])
/** Entries whose act can be referred to later by a noun ("the threats", "the criticism", "the offer"). */
const ACT_CLASS: Record<string, string> = {
  threaten: 'threat', ultimatum: 'threat', criticize: 'criticism', accuse: 'criticism', brand: 'criticism', complain: 'criticism',
  propose: 'proposal', give: 'proposal', promise: 'proposal', demand: 'demand',
}
const CONFLICT_ROOTS = new Set(['10', '11', '12', '13', '14'])

export function sideOf(cast: Cast, id: string): string | null {
  const p = cast.profiles.get(id)
  if (!p) return null
  if (p.record.kind === 'state') return id
  return stateOf(cast.res, p.country)
}

function inMention(s: SentenceCtx, i: number): boolean {
  return s.mentions.some((m) => m.kind !== 'pronoun' && i >= m.ti && i < m.tj)
}

/** Owner/agent of a nominal trigger ("Moscow's demands", "Russian offers", "X is on a visit", "retained opposition"). */
function nominalSource(s: SentenceCtx, i: number, cast: Cast): { ids: string[]; between?: Target } | null {
  const tk = s.tokens
  if (tk[i + 1]?.norm === 'between') {
    const a = s.mentions.find((m) => m.ti === i + 2 || (m.ti === i + 3 && tk[i + 2]?.norm === 'the'))
    const and = a ? tk[a.tj] : undefined
    const b = a && and?.norm === 'and' ? s.mentions.find((m) => m.ti === a.tj + 1 || (m.ti === a.tj + 2 && tk[a.tj + 1]?.norm === 'the')) : undefined
    if (a && b && idsOf(a).length && idsOf(b).length) return { ids: idsOf(a), between: { ids: idsOf(b), prep: 'between', how: 'object' } }
  }
  const owner = ownerBefore(s, i, cast)
  if (owner) return { ids: [owner] }
  const pron = s.mentions.find((m) => m.kind === 'pronoun' && m.tj === i && m.actorId)
  if (pron) return { ids: [pron.actorId!] }
  let k = i - 1
  while (k >= 0 && tk[k]!.word && !tk[k]!.cap && /^(a|an|the|his|her|its|their|staunch|strong|firm|new|its|official|fresh|further)$/.test(tk[k]!.norm)) k--
  const t = tk[k]
  if (t?.norm === 'on' && /^(is|are|was|were)$/.test(tk[k - 1]?.norm ?? '') || (t?.norm === 'on' && isAdverb(tk[k - 1]) && /^(is|are|was|were)$/.test(tk[k - 2]?.norm ?? ''))) {
    const sub = subjectOf(s, k)
    return sub ? { ids: sub.ids } : null
  }
  if (t?.word && LIGHT.has(t.norm)) {
    const sub = subjectOf(s, k)
    return sub ? { ids: sub.ids } : null
  }
  return null
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
  const v = tk[i]!
  const prev = tk[i - 1]
  if (tr.sense.gerund && prev?.word && /^(the|a|an|his|her|its|their|of|for|in|on|about|after|before|without|by)$/.test(prev.norm)) return null
  let vg = i - 1
  while (vg >= 0 && skippable(tk[vg])) vg--
  let source: Subject | null = null
  let mode: Analysis['mode'] = 'real'
  if (prev?.norm === 'to') {
    let c = i - 2
    while (c >= 0 && isAdverb(tk[c])) c--
    const ctl = tk[c]
    if (!ctl?.word || !INTENT_CONTROLS.has(ctl.norm)) return null
    const nom = NOUN_CONTROLS.has(ctl.norm) ? nominalSource(s, c, cast) : null
    source = nom ? { ids: nom.ids, mentions: [] } : subjectOf(s, c)
    const governing = tk.slice(Math.max(0, c - 4), c + 1).map((t) => t.norm)
    mode = governing.some((w) => /ed$/.test(w) || ['sought', 'made', 'held', 'said'].includes(w)) && !governing.some((w) => FUTURE.has(w)) ? 'intentPast' : 'intent'
    vg = c - 1
    while (vg >= 0 && skippable(tk[vg])) vg--
  } else if (tr.sense.gerund) {
    // ", calling it … and accusing Washington": a participle after a comma, or coordinated with one
    const coordinated = prev?.norm === 'and' && tk.slice(0, i - 1).some((t, k) => /ing$/.test(t.norm) && tk[k - 1]?.text === ',')
    if (prev?.text !== ',' && !coordinated) return null
    source = mainSubject(s, i)
  } else {
    source = subjectOf(s, i)
  }
  const passive = !source && isPassive(s, i)
  if (passive) source = passiveAgent(s, i, 16)
  if (!source || source.ids.length === 0) return null
  const first = source.mentions[0]
  const before = first ? (tk[first.ti - 1]?.norm === 'the' ? tk[first.ti - 2] : tk[first.ti - 1]) : undefined
  if (before && CONDITIONAL.has(before.norm)) return null
  const group = tk.slice(vg + 1, prev?.norm === 'to' ? i - 1 : i).map((t) => t.norm)
  if (group.some((w) => HYPOTHETICAL.has(w))) return null
  if (group.some((w) => FUTURE.has(w)) && mode === 'real') mode = 'intent'
  const negated = group.some((w) => NEGATORS.has(w)) || tk[tr.tj]?.norm === 'no'
  return { source, mode, negated, nominal: false, passive }
}

/** Offset where the clause holding token i starts (after ", and" / ", but" / ";"). */
function clauseStart(s: SentenceCtx, i: number): number {
  for (let k = i - 1; k > 0; k--) {
    const t = s.tokens[k]!
    if (t.text === ';') return s.tokens[k + 1]!.start
    if (t.text === ',' && /^(and|but|while|whereas|although)$/.test(s.tokens[k + 1]?.norm ?? '')) return s.tokens[k + 1]!.start
  }
  return s.start
}

export interface EventEnv {
  sents: SentenceCtx[]
  cast: Cast
  lex: VerbLexicon
  speech: SpeechSpan[]
  /** sentence index → sources of warn/threaten triggers (for "the threats" anaphora) */
  threatSources: Map<string, string[]>
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

/** Events of one trigger. */
function eventsOf(s: SentenceCtx, tr: Trigger, env: EventEnv): EventDraft[] {
  const { cast } = env
  const entry = tr.sense.entry
  let a: Analysis | null
  if (tr.sense.nominal) {
    const nom = nominalSource(s, tr.ti, cast)
    a = nom ? { source: { ids: nom.ids, mentions: [] }, mode: 'real', negated: false, nominal: true, between: nom.between, passive: false } : null
  } else a = analyzeVerb(s, tr, cast)
  if (!a) return []
  const sources = a.source.ids
  const exclude = new Set(sources)
  for (const id of sources) {
    const side = sideOf(cast, id)
    if (side && entry.id !== 'posture') exclude.add(side)
  }
  const from = tr.objFrom
  const end = windowEnd(s, from, { stopAtThat: !!entry.speech })
  const fullEnd = windowEnd(s, from, { stopAtThat: false, max: 40 })
  const words = s.tokens.slice(from, entry.speech ? s.tokens.length : fullEnd).map((t) => t.norm)
  if (a.passive) words.push(...s.tokens.slice(0, tr.ti).map((t) => t.norm))
  // "refused to hold talks with Russia": the infinitive's object names the target
  const infinitive = s.tokens[from]?.norm === 'to' && !!s.tokens[from + 1]?.word && !s.tokens[from + 1]!.cap && !entry.speech
  const loose = a.nominal || from !== tr.tj || infinitive
  let target: Target | null = a.between ?? objectTarget(s, from, end, exclude, { dobj: !!entry.dobj || a.nominal, preps: entry.preps ?? [], adj: !!entry.adjTarget, anyPrep: a.nominal || infinitive, loose }, cast)
  if (!target && a.passive) {
    const ids = s.mentions.filter((m) => m.ti < tr.ti && !m.locative).flatMap(idsOf).filter((id) => !exclude.has(id))
    if (ids.length) target = { ids: [ids[0]!], prep: null, how: 'passive' }
  }
  const sp = speechAt(env, s.tokens[tr.ti]!.start)
  if (!target && entry.speech && entry.id !== 'statement' && s.tokens[end]?.norm === 'that') {
    const ids = contentActors(s, end, s.tokens.length, exclude)
    if (ids.length) target = { ids, prep: null, how: 'content' }
  }
  const code0 = entry.code ?? ''
  if (!target && (CONFLICT_ROOTS.has(code0.slice(0, 2)) || entry.id === 'brand')) target = anaphoricTarget(env.sents, s, from, end, exclude, cast, env.threatSources)
  let mutual = false
  if (!target && entry.symmetric && sources.length >= 2) mutual = true
  if (!target && !mutual && entry.symmetric && sp) {
    const side = sideOf(cast, sp.speakerId)
    if (side && !exclude.has(side)) target = { ids: [side], prep: null, how: 'implicit' }
  }
  if (!target && !mutual) return []
  const code = codeFor(entry, words, a, target?.prep ?? null)
  if (!code) return []
  const trig = s.tokens[tr.ti]!
  const dateFrom = clauseStart(s, Math.min(a.source.mentions[0]?.ti ?? tr.ti, tr.ti))
  const dateTo = a.mode === 'intent' ? trig.start : s.tokens[Math.max(tr.tj, fullEnd) - 1]?.end ?? s.end
  let conf = a.nominal ? 0.7 : 0.9
  if (a.source.mentions.some((m) => m.kind === 'pronoun' || m.kind === 'description')) conf -= 0.15
  if (target && target.how !== 'object') conf -= 0.15
  const out: EventDraft[] = []
  const pairs: [string, string][] = []
  if (mutual) for (const x of sources) for (const y of sources) { if (x !== y) pairs.push([x, y]) }
  else for (const x of sources) for (const y of target!.ids) if (x !== y) pairs.push([x, y])
  for (const [x, y] of pairs) {
    out.push({
      sourceId: x, targetId: y, code, sent: s.index, at: trig.start, dateFrom, dateTo,
      tense: a.mode === 'intent' ? 'future' : 'past', kind: a.nominal ? 'nominal' : 'verbal', mutual: mutual || (entry.symmetric === true && sources.length >= 2),
      entry: entry.id, summary: entry.summary, confidence: Math.max(0.3, conf),
    })
  }
  return out
}

const ASSURANCE = /\bnot\s+(?:be\s+)?(?:aimed|directed|targeted|intended|pointed)\s+(?:against|at)\b|\bnot\s+(?:threaten|target)\b|\bnot\s+pose\s+(?:any\s+)?(?:threat|danger)\s+to\b/g
const PESSIMISM = /\b(?:will|would|can|could)\s+not\s+be\s+(?:resolved|settled|solved|overcome)\b|\bunlikely\s+to\s+be\s+(?:resolved|settled)\b|\bno\s+(?:progress|breakthrough)\b|\b(?:deadlock|stalemate|impasse)\b/

/** Events read from statement contents: assurances (010) and pessimistic comments (012). */
export function contentEvents(sents: SentenceCtx[], cleaned: string, speech: SpeechSpan[], cast: Cast): EventDraft[] {
  const out: EventDraft[] = []
  for (const sp of speech) {
    const side = sideOf(cast, sp.speakerId)
    const exclude = new Set([sp.speakerId, ...(side ? [side] : [])])
    const text = cleaned.slice(sp.contentStart, sp.contentEnd)
    const push = (code: string, ids: string[], at: number) => {
      for (const id of ids) out.push({ sourceId: sp.speakerId, targetId: id, code, sent: sp.sent, at, dateFrom: at, dateTo: at, tense: 'past', kind: 'content', mutual: false, entry: code === '010' ? 'assure' : 'pessimism', summary: code === '010' ? 'assured' : 'was pessimistic about', confidence: 0.6 })
    }
    ASSURANCE.lastIndex = 0
    for (let m = ASSURANCE.exec(text); m; m = ASSURANCE.exec(text)) {
      const at = sp.contentStart + m.index + m[0].length
      const s = sents.find((x) => at >= x.start && at <= x.end)
      if (!s) continue
      const from = s.tokens.findIndex((t) => t.start >= at)
      if (from < 0) continue
      const ids = contentActors(s, from, Math.min(s.tokens.length, from + 12), exclude, true)
      push('010', ids, at)
    }
    const pm = PESSIMISM.exec(text)
    if (pm) {
      const s = sents.find((x) => sp.contentStart >= x.start && sp.contentStart < x.end)
      if (s) {
        const from = s.tokens.findIndex((t) => t.start >= sp.contentStart)
        const to = s.tokens.findIndex((t) => t.start >= sp.contentEnd)
        const first = contentActors(s, from, to < 0 ? s.tokens.length : to, exclude)[0]
        if (first) push('012', [first], sp.contentStart)
      }
    }
  }
  return out
}

/** All dictionary-triggered events of the article (before dates and dedup). */
export function findEvents(env: EventEnv): EventDraft[] {
  const out: EventDraft[] = []
  for (const s of env.sents) {
    if (s.skip) continue
    const triggers = findTriggers(env.lex, s.tokens, (i) => skippable(s.tokens[i])).filter((t) => !inMention(s, t.ti))
    for (const tr of triggers) {
      const evs = eventsOf(s, tr, env)
      const cls = ACT_CLASS[tr.sense.entry.id]
      if (cls) {
        const a = tr.sense.nominal ? null : analyzeVerb(s, tr, env.cast)
        if (a) env.threatSources.set(`${cls}:${s.index}`, a.source.ids)
      }
      out.push(...evs)
    }
  }
  return out
}
