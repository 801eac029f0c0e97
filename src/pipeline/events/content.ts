// Events read from the contents of statements (what a speaker said, not a dictionary verb):
// assurances ("not aimed at X", "no plans to attack X" → 010), pessimistic comments ("no progress",
// "significant differences" → 012), criticism ("a grave mistake", "disappointed by X" → 111), blame
// ("X is responsible for …" → 112), threats of force ("we will deploy missiles to counter X" → 138) and
// ultimatums ("would withdraw … unless X …" → 139). Source = the speaker; target = the actor named in
// the content, else (criticism) the speaker whose remarks are referred to ("the remarks were disappointing").
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import { contentActors, ownerBefore } from './targets.ts'
import { actBefore } from './anaphora.ts'
import { sideOf } from '../actors/sides.ts'
import type { EventDraft, SpeechSpan } from './draft.ts'
import type { ActRegister } from '../doc.ts'
import { alternatives, lexiconPatterns, lexiconWords } from '../resources/lexicon.ts'
import { sentenceAround } from '../text/positions.ts'
import { habitualRemark } from './habitual.ts'

const frame = (name: string) => lexiconPatterns('content-frames', name).join('|')
const nouns = (...names: string[]) => alternatives(names.flatMap((n) => [...lexiconWords('content-frames', n)]))
const ASSURANCE = new RegExp(frame('assurances'), 'g')
const PESSIMISM = new RegExp(frame('pessimism'))
const CRITICISM = new RegExp(frame('criticism'))
const NEGATED = new RegExp(`(?:${frame('negations')})`)
const BLAME = new RegExp(frame('blame'))
const FORCE = new RegExp(frame('threatsOfForce'))
const COUNTER = new RegExp(frame('counterWords'))
const CONDITION = new RegExp(`\\b(?:${nouns('conditions')})\\b`)
const ULTIMATUM = new RegExp(frame('ultimatums'))
const REFERRING = new RegExp(`\\b(?:${nouns('remarkNouns', 'threatNouns', 'actNouns', 'planNouns')})\\b`)
const SPEECH_REF = new RegExp(`\\b(?:${nouns('remarkNouns', 'threatNouns')})\\b`)
const REMARKS = new RegExp(`\\b(?:${nouns('remarkNouns')})\\b`)
const ACT_REF = new RegExp(`\\b(?:${nouns('actNouns')})\\b`)

function tokenRange(s: SentenceCtx, a: number, b: number): [number, number] {
  const from = s.tokens.findIndex((t) => t.start >= a)
  const to = s.tokens.findIndex((t) => t.start >= b)
  return [from < 0 ? s.tokens.length : from, to < 0 ? s.tokens.length : to]
}

/** One speech span's content: its text, where its events go, and the actors it names. */
export function spanReader(sents: SentenceCtx[], cleaned: string, sp: SpeechSpan, cast: Cast, out: EventDraft[]) {
  const side = sideOf(cast, sp.speakerId)
  const exclude = new Set([sp.speakerId, ...(side ? [side] : [])])
  const text = cleaned.slice(sp.contentStart, sp.contentEnd)
  const sentAt = (at: number) => sentenceAround(sents, at)
  const push = (code: string, entry: string, summary: string, ids: string[], at: number) => {
    for (const id of ids) {
      out.push({
        sourceId: sp.speakerId, targetId: id, code, sent: sp.sent, at, dateFrom: at, dateTo: at,
        kind: 'content', mutual: false, entry, summary, confidence: 0.6,
      })
    }
  }
  /** actors named in the content from offset `a` (first only when `first`) */
  const named = (a: number, first: boolean, locative = false): string[] => {
    const s = sentAt(a)
    if (!s) return []
    const [from, to] = tokenRange(s, a, sp.contentEnd)
    const ids = contentActors(s, from, to, exclude, locative)
    return first ? ids.slice(0, 1) : ids
  }
  return { exclude, text, sentAt, push, named }
}

/** Per speech span: the ultimatums ("would withdraw … unless X …" → 139) and threats of force ("we will deploy
 *  missiles to counter X" → 138) of its content. */
export function contentThreats(sents: SentenceCtx[], cleaned: string, speech: SpeechSpan[],
  cast: Cast): EventDraft[][] {
  return speech.map((sp) => {
    const out: EventDraft[] = []
    if (habitualRemark(sents, sp)) return out
    const { text, push, named } = spanReader(sents, cleaned, sp, cast, out)
    const um = ULTIMATUM.exec(text)
    if (um) {
      push('139', 'ultimatum', 'gave an ultimatum to', named(sp.contentStart + um.index + um[0].length, true),
        sp.contentStart)
    }
    const fm = FORCE.exec(text)
    if (fm && !um) {
      const after = text.slice(fm.index)
      // "would respond to any deployment of U.S. missiles", "would deploy Iskanders … unless/if X …"
      const cm2 = COUNTER.exec(after) ?? CONDITION.exec(after)
      if (cm2) {
        push('138', 'threaten', 'threatened', named(sp.contentStart + fm.index + cm2.index, false),
          sp.contentStart)
      }
    }
    return out
  })
}

/** The events of the statement contents, per speech span: assurances, pessimism, criticism, blame, then the
 *  span's `threats` (contentThreats). `acts`: the policy acts found so far ("the move is mistaken"). */
export function contentEvents(sents: SentenceCtx[], cleaned: string, speech: SpeechSpan[], cast: Cast,
  acts: ActRegister, threats: EventDraft[][]): EventDraft[] {
  const out: EventDraft[] = []
  const previousSpeaker = previousSpeakers(speech)
  speech.forEach((sp, k) => {
    if (habitualRemark(sents, sp)) return
    const { exclude, text, sentAt, push, named } = spanReader(sents, cleaned, sp, cast, out)
    ASSURANCE.lastIndex = 0
    for (let m = ASSURANCE.exec(text); m; m = ASSURANCE.exec(text)) {
      const at = sp.contentStart + m.index + m[0].length
      const s = sentAt(at)
      if (!s) continue
      const from = s.tokens.findIndex((t) => t.start >= at)
      if (from < 0) continue
      push('010', 'assure', 'assured', contentActors(s, from, Math.min(s.tokens.length, from + 12), exclude, true), at)
    }
    const pm = PESSIMISM.exec(text)
    if (pm) push('012', 'pessimism', 'was pessimistic about', named(sp.contentStart, true), sp.contentStart)
    const cm = CRITICISM.exec(text)
    if (cm && !NEGATED.test(text.slice(0, cm.index))) {
      // "the remarks were disappointing": whose remarks, when the content opens with such a noun;
      // "Putin's decision was a mistake": the owner; "the move is mistaken": who made the move
      const opening = REFERRING.exec(text.slice(0, 30))
      let ids = opening ? referredOwner(sents, sp.contentStart + opening.index, exclude, cast) : []
      if (!ids.length && opening && ACT_REF.test(opening[0])) {
        const src = actBefore(acts, 'decision', sp.sent + 1, exclude)
        if (src) ids = [src]
      }
      // only remarks are a previous speaker's ("the remarks were disappointing"); "the plans" are not
      if (!ids.length && opening && SPEECH_REF.test(opening[0])) ids = previousSpeaker(sp, cast, exclude)
      if (!ids.length) ids = named(sp.contentStart, true)
      if (!ids.length && REMARKS.test(text)) ids = previousSpeaker(sp, cast, exclude)
      push('111', 'criticize', 'criticized', ids, sp.contentStart)
    }
    const bm = BLAME.exec(text)
    if (bm) push('112', 'accuse', 'blamed', named(sp.contentStart, true), sp.contentStart)
    out.push(...threats[k]!)
  })
  return out
}

/** The owner written before a referring noun at offset `at` ("Putin's decision", "the U.S. plan"). */
function referredOwner(sents: SentenceCtx[], at: number, exclude: Set<string>, cast: Cast): string[] {
  const s = sentenceAround(sents, at)
  const i = s ? s.tokens.findIndex((t) => t.start >= at) : -1
  const owner = s && i > 0 ? ownerBefore(s, i, cast) : null
  return owner && !exclude.has(owner) ? [owner] : []
}

/** How far back (in remarks) the speaker of "the remarks" is looked for. */
const PREVIOUS_REMARKS = 256

/** The most recent earlier speaker of another side: whose remarks "the remarks" are. `speech` is searched from the
 *  remark before `sp` backwards (ties in position: the first in text order). */
function previousSpeakers(speech: SpeechSpan[]) {
  const order = speech.map((sp, i) => ({ sp, i })).sort((a, b) => a.sp.contentStart - b.sp.contentStart || a.i - b.i)
  return (sp: SpeechSpan, cast: Cast, exclude: Set<string>): string[] => {
    let lo = 0
    let hi = order.length - 1
    let k = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (order[mid]!.sp.contentStart < sp.contentStart) {
        k = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    let best: SpeechSpan | null = null
    for (let n = 0; k >= 0 && n < PREVIOUS_REMARKS; k--, n++) {
      const o = order[k]!.sp
      if (best && o.contentStart < best.contentStart) break
      if (exclude.has(o.speakerId)) continue
      const side = sideOf(cast, o.speakerId)
      if (side && exclude.has(side)) continue
      best = o
    }
    return best ? [best.speakerId] : []
  }
}
