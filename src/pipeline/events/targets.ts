// Targets of an event: the object window after the verb (direct object, "with X", "to X", coordinated
// "Romania and Poland"), a nationality adjective opening the object ("Russian offers"), and — when the
// object names no actor — the owner of an anaphoric object ("the initiative" → Washington's program,
// "the threats" → whoever warned).
import type { SentenceCtx } from '../doc.ts'
import type { Mention } from '../actors/mentions.ts'
import { nationalityAt } from '../actors/mentions.ts'
import { stateOf, type Cast } from '../actors/cast.ts'
import { SPEECH_FORMS } from '../text/verb-group.ts'
import { ACT_CLASSES, type ActRegister } from '../doc.ts'
import { z } from 'zod'
import { lexiconTable, lexiconWords } from '../resources/lexicon.ts'
import { envoyOfState } from './envoys.ts'

export interface Target {
  ids: string[]
  prep: string | null
  how: 'object' | 'adjective' | 'anaphora' | 'content' | 'implicit' | 'mutual' | 'passive'
}

const events = (name: string) => lexiconWords('events', name)
const PREPS = events('targetPrepositions')
const DETS = events('targetDeterminers')
const PARTICIPLES = events('targetParticiples')
const VENUE_NOUNS = events('venueNouns')
const GROUP_HEADS = events('groupHeads')
const GROUP_DETERMINERS = events('groupHeadDeterminers')
const GROUP_MODIFIERS = events('groupHeadModifiers')

/** "the leaders of …" right after the verb (determiners, numbers and adjectives aside). */
function groupHead(s: SentenceCtx, from: number, ti: number): boolean {
  let k = ti - 1
  while (k > from && GROUP_DETERMINERS.has(s.tokens[k]!.norm)) k--
  if (s.tokens[k]?.norm !== 'of') return false
  const head = s.tokens[k - 1]
  if (!head || !GROUP_HEADS.has(head.norm)) return false
  for (let j = from; j < k - 1; j++) {
    if (!GROUP_MODIFIERS.has(s.tokens[j]!.norm) &&
    !/^\d+$/.test(s.tokens[j]!.norm)) return false
  }
  return true
}

const ABBREV = events('clauseAbbreviations')
const PLACE_NOUNS = events('placeNouns')
const STOP = events('windowStops')
const NEW_CLAUSE_VERBS = events('newClauseVerbs')
const POSSESSIVES = events('possessivePronouns')

const AIM = events('aimVerbs')

/** "aim missiles at X", "pointed at Poland": the mention after "at" is a target, not a place. */
function aimedAt(s: SentenceCtx, ti: number): boolean {
  let k = ti - 1
  if (s.tokens[k]?.norm === 'the') k--
  if (s.tokens[k]?.norm !== 'at') return false
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) if (AIM.has(s.tokens[j]!.norm)) return true
  return false
}

/** Nouns of an act whose agent follows with "by/from" ("a call by NATO", "demands from Moscow"). */
const AGENT_NOUNS = events('agentNouns')

export function idsOf(m: Mention): string[] {
  return m.members ?? (m.actorId ? [m.actorId] : [])
}

/** End (exclusive token index) of the clause window starting at `from`. */
export function windowEnd(s: SentenceCtx, from: number, opts: { stopAtThat: boolean; max?: number }): number {
  const tk = s.tokens
  const max = opts.max ?? 16
  for (let j = from; j < tk.length; j++) {
    const t = tk[j]!
    if (j - from >= max) return j
    // "on Jan. 26": an abbreviation's period does not end the clause
    if (t.text === '.' && ABBREV.has(tk[j - 1]?.text ?? '') && tk[j - 1]!.end === t.start) continue
    if (t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!') return j
    if (t.text === '-' && tk[j - 1] && tk[j - 1]!.end < t.start) return j
    if (t.text === ',' && /^\d/.test(tk[j + 1]?.text ?? '') && /\d$/.test(tk[j - 1]?.text ?? '') &&
      tk[j - 1]!.end === t.start && tk[j + 1]!.start === t.end) continue // "100,000"
    if (t.text === ',' && /^\d{1,2}$/.test(tk[j - 1]?.text ?? '') && /^\d{4}$/.test(tk[j + 1]?.text ?? '')) continue
    if (t.text === ',') {
      const next = s.mentions.find((m) => m.ti === j + 1 || (m.ti === j + 2 && tk[j + 1]?.norm === 'the'))
      const prevM = s.mentions.some((m) => m.tj === j)
      // "…, Foreign Minister X said": a trailing attribution, not a coordinated object
      if (!next || !prevM || SPEECH_FORMS.has(tk[next.tj]?.norm ?? '')) return j
    }
    if (t.word && STOP.has(t.norm) && (j > from || t.norm !== 'as')) return j
    if (opts.stopAtThat && t.norm === 'that') return j
    if (t.norm === 'and' && tk[j + 1]?.word &&
      (SPEECH_FORMS.has(tk[j + 1]!.norm) || NEW_CLAUSE_VERBS.has(tk[j + 1]!.norm))) return j
  }
  return tk.length
}

/** Coordinated mentions from `m`: "Romania and Poland", "Putin and Defense Minister Serdyukov". */
export function coordinated(s: SentenceCtx, m: Mention, end: number): Mention[] {
  const out = [m]
  let cur = m
  for (;;) {
    const c = s.tokens[cur.tj]
    if (!c || !(c.norm === 'and' || c.norm === 'or' || c.text === ',')) break
    let k = cur.tj + 1
    if (s.tokens[k]?.norm === 'and') k++
    while (s.tokens[k] && DETS.has(s.tokens[k]!.norm)) k++
    const n = s.mentions.find((x) => x.ti === k && (x.actorId || x.members))
    if (!n || n.ti >= end) break
    out.push(n)
    cur = n
  }
  return out
}

function prepBefore(s: SentenceCtx, m: Mention, from: number): string | null {
  let k = m.ti - 1
  while (k >= from && s.tokens[k]!.word && (DETS.has(s.tokens[k]!.norm) || PARTICIPLES.has(s.tokens[k]!.norm))) k--
  const t = s.tokens[k]
  return k >= from && t?.word && PREPS.has(t.norm) ? t.norm : null
}

/** Only determiners/adjectives (at most 3 words) between the verb and a direct object. */
function adjacent(s: SentenceCtx, from: number, ti: number): boolean {
  if (ti - from > 3) return false
  for (let k = from; k < ti; k++) {
    const t = s.tokens[k]!
    if (PARTICIPLES.has(t.norm)) continue
    if (!t.word || t.cap || PREPS.has(t.norm) || /(ed|ing)$/.test(t.norm) || t.norm === 'that') return false
  }
  return true
}

/** The first acceptable actor in the window [from, end). */
export function objectTarget(
  s: SentenceCtx, from: number, end: number, exclude: Set<string>,
  accept: { dobj: boolean; preps: string[]; adj: boolean; anyPrep?: boolean; loose?: boolean },
  cast: Cast,
): Target | null {
  let found: Target | null = null
  for (const m of s.mentions) {
    if (m.ti < from || m.ti >= end) continue
    if (m.kind === 'pronoun' && POSSESSIVES.has(m.pronoun ?? '')) continue
    const ids = idsOf(m).filter((id) => !exclude.has(id))
    if (ids.length === 0) continue
    // "the Moscow summit", "a Pentagon news conference": a venue, not an actor
    if (VENUE_NOUNS.has(s.tokens[m.tj]?.norm ?? '') ||
      (VENUE_NOUNS.has(s.tokens[m.tj + 1]?.norm ?? '') && s.tokens[m.tj]?.norm === 'news')) continue
    let prep = prepBefore(s, m, from)
    // "met the leaders of the alliance's member states": the group's owner is the object
    const owner = prep === 'of' && !found && groupHead(s, from, m.ti)
    if (owner) prep = null
    if (found) {
      // more targets with the same preposition: "a radar in the Czech Republic and a base in Poland"
      if (prep && prep === found.prep) {
        found.ids.push(
          ...coordinated(s, m, end).flatMap(idsOf).filter((id) => !exclude.has(id) && !found!.ids.includes(id)))
      }
      continue
    }
    const aimed = prep === 'at' && aimedAt(s, m.ti)
    // "rejected a call by NATO", "refused demands from Moscow": the agent of the object noun
    const agent = (prep === 'by' || prep === 'from') && accept.dobj &&
      AGENT_NOUNS.has(s.tokens[m.ti - (s.tokens[m.ti - 1]?.norm === 'the' ? 3 : 2)]?.norm ?? '')
    const anyPrep = !!accept.anyPrep && prep !== 'in' && prep !== 'at'
    if (prep ? !(accept.preps.includes(prep) || aimed || agent || anyPrep) : !accept.dobj) continue
    if (!prep && !accept.loose && !owner && !adjacent(s, from, m.ti)) continue
    const before = s.tokens[m.ti - 1]?.norm === 'the' ? s.tokens[m.ti - 2] : s.tokens[m.ti - 1]
    // "lashed out at Washington": the phrase's own preposition makes no place of its object
    if (m.locative && !accept.preps.includes(before?.norm ?? '') && !aimed && !(!prep && m.ti <= from + 1)) continue
    // "on the European Union's borders", "on Polish soil": a place, unless the verb lists that preposition
    if (prep && !accept.preps.includes(prep) && m.possessive &&
      PLACE_NOUNS.has(s.tokens[m.tj + 1]?.norm ?? s.tokens[m.tj]?.norm ?? '')) continue
    const group = coordinated(s, m, end).flatMap(idsOf).filter((id) => !exclude.has(id))
    found = { ids: [...new Set(group)], prep, how: 'object' }
    if (!prep) return found
  }
  if (found) return found
  // "the Romanian part", "met with a Russian delegation": a nationality adjective opening the object
  const lead = accept.preps.includes(s.tokens[from]?.norm ?? '') && s.tokens[from]!.word ? 1 : 0
  if (accept.adj || accept.dobj || lead) {
    for (let j = from + lead; j < Math.min(end, from + lead + 3); j++) {
      const n = nationalityAt(s.tokens, j)
      if (n && !s.mentions.some((m) => j >= m.ti && j < m.tj)) {
        const id = stateOf(cast.res, n[1].iso)
        if (id && !exclude.has(id)) return { ids: [id], prep: null, how: 'adjective' }
      }
      if (!s.tokens[j]!.word || !DETS.has(s.tokens[j]!.norm)) break
    }
  }
  return accept.dobj || lead ? envoyOfState(s, from + lead, end, exclude, cast) : null
}

const PROJECT = events('projectNouns')
const ACT_NOUNS = lexiconTable('events', 'actNouns', z.enum(ACT_CLASSES))

/** The owner written just before token i: "Washington's missile defense program", "the U.S. plans". */
export function ownerBefore(s: SentenceCtx, i: number, cast: Cast): string | null {
  let k = i - 1
  let n = 0
  while (k >= 0 && n < 5 &&
    ((s.tokens[k]!.word && !s.tokens[k]!.cap && !DETS.has(s.tokens[k]!.norm) && !PREPS.has(s.tokens[k]!.norm)) ||
      (s.tokens[k]!.text === '-' && s.tokens[k - 1]?.word))) {
    k--
    n++
  }
  if (s.tokens[k]?.norm === "'s") k--
  const m = s.mentions.find((x) => x.tj === k + 1 && (x.actorId || x.members))
  if (m) return idsOf(m)[0] ?? null
  const nat = k >= 0 ? nationalityAt(s.tokens, k) : null
  return nat ? stateOf(cast.res, nat[1].iso) : null
}

/** "the initiative"/"the plans"/"the threats" in the object → the owner named in an earlier sentence. */
export function anaphoricTarget(sents: SentenceCtx[], s: SentenceCtx, from: number, end: number, exclude: Set<string>,
  cast: Cast, acts: ActRegister): Target | null {
  let j = from
  while (j < end && DETS.has(s.tokens[j]!.norm)) j++
  const head = s.tokens[j]
  // "called it a mistake": a bare "it" right after the verb is the act just reported
  const it = j === from && head?.norm === 'it' && !!s.tokens[j + 1]?.word
  if (!head?.word || (j === from && !it)) return null
  const act = it ? 'decision' : ACT_NOUNS.get(head.norm)
  if (!act && !PROJECT.has(head.norm)) return null
  for (let k = s.index - 1; k >= Math.max(0, s.index - (act ? 12 : 6)); k--) {
    const p = sents[k]!
    if (p.skip) continue
    if (act) {
      const src = acts.bySentence.get(act)?.get(k)?.find((id) => !exclude.has(id))
      if (src) return { ids: [src], prep: null, how: 'anaphora' }
      if (act === 'threat') continue
    }
    for (let i = p.tokens.length - 1; i >= 0; i--) {
      const norm = p.tokens[i]!.norm
      if (act ? ACT_NOUNS.get(norm) !== act : !PROJECT.has(norm)) continue
      const owner = ownerBefore(p, i, cast)
      if (owner && !exclude.has(owner)) return { ids: [owner], prep: null, how: 'anaphora' }
    }
  }
  return null
}

/** Actors named in a span of the sentence (speech content), in order, excluding `exclude`. */
export function contentActors(s: SentenceCtx, from: number, end: number, exclude: Set<string>,
  locative = false): string[] {
  const ids: string[] = []
  for (const m of s.mentions) {
    if (m.ti < from || m.ti >= end || m.kind === 'pronoun' || (m.locative && !locative && !aimedAt(s, m.ti))) continue
    for (const id of idsOf(m)) if (!exclude.has(id) && !ids.includes(id)) ids.push(id)
  }
  return ids
}
