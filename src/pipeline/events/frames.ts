// Clause frames around a trigger that decide its target or its date window:
// - a future clause after the trigger ("said at the meeting … that he will meet X in July") never dates
//   a past act, and an intent is dated when expressed (a date before the verb only with a speech/past verb);
// - a that-complement names the target of demands and proposals ("demanded that Washington remove …");
// - the patient of a passive ("A Russian offer … was rejected by X") names the target by its nationality.
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import { stateOf } from '../actors/cast.ts'
import { nationalityAt } from '../actors/mentions.ts'
import { SPEECH_FORMS, skippable } from '../text/verb-group.ts'
import { coordinated, idsOf, type Target } from './targets.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const events = (name: string) => lexiconWords('events', name)
const CONJUNCTIONS = events('clauseConjunctions')
const FUTURE_AUX = events('futureWill')
const GOING_AUX = events('goingToAuxiliaries')
const BOUNDARY = events('clauseBoundaries')
const EXPRESSION_VERBS = events('expressionVerbs')
const DATE_WORDS = events('intentDateWords')
const FUTURE_MARKERS = events('futureMarkers')

/** Offset where the clause holding token i starts (after ", and" / ", but" / ";"). */
export function clauseStart(s: SentenceCtx, i: number): number {
  for (let k = i - 1; k > 0; k--) {
    const t = s.tokens[k]!
    if (t.text === ';') return s.tokens[k + 1]!.start
    if (t.text === ',' && CONJUNCTIONS.has(s.tokens[k + 1]?.norm ?? '')) return s.tokens[k + 1]!.start
  }
  return s.start
}

/** Cleaned offset where a future-tense clause after token `from` begins (the sentence end if none). */
function futureCut(s: SentenceCtx, from: number): number {
  const tk = s.tokens
  for (let j = from; j < tk.length; j++) {
    const t = tk[j]!
    if (t.text === '.' || t.text === ';') break
    const going = t.norm === 'going' && tk[j + 1]?.norm === 'to' && GOING_AUX.has(tk[j - 1]?.norm ?? '')
    if (!(t.word && FUTURE_AUX.has(t.norm)) && !going) continue
    for (let k = j - 1; k >= from; k--) {
      const x = tk[k]!
      if (x.text === ',' || (x.word && (BOUNDARY.has(x.norm) || SPEECH_FORMS.has(x.norm)))) return tk[k + 1]!.start
    }
    return tk[from]?.start ?? s.end
  }
  return s.end
}

const isPast = (w: string) => /^[a-z]{3,}ed$/.test(w) || EXPRESSION_VERBS.has(w)

/**
 * Date window of an intent with a future auxiliary ("Putin said on Monday he will meet …"): the part of the
 * clause before its subject, and only when a speech or past verb there expresses the intent ("In July, X
 * will meet Y" has no expression date of its own).
 */
function intentWindow(s: SentenceCtx, fromTok: number, subjTok: number): [number, number] | null {
  const tk = s.tokens
  for (let k = fromTok; k < subjTok; k++) {
    const t = tk[k]!
    if (t.word && !t.cap && (SPEECH_FORMS.has(t.norm) || isPast(t.norm))) {
      return [tk[fromTok]?.start ?? s.start, tk[subjTok]?.start ?? s.end]
    }
  }
  return null
}

const isDateWord = (w: string) => DATE_WORDS.has(w) || /^\d{4}$/.test(w)

/** A future auxiliary in the verb group before token i ("will meet", "is going to sign"). */
function prevFuture(s: SentenceCtx, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = s.tokens[k]!
    if (t.word && FUTURE_MARKERS.has(t.norm)) return true
    if (!t.word || !(skippable(t) || t.norm === 'to' || t.norm === 'be')) break
  }
  return false
}

/**
 * Where an event's explicit date may be read (cleaned offsets): its clause up to the end of its object, never
 * a later future clause; an intent only before its verb, and with a future auxiliary only before its subject
 * when a speech/past verb expresses it ("In July, X will meet Y" is dated when expressed). `ownDate`: the
 * intent's sentence dates the intended act ("is due to meet Y on Thursday"), not an occasion of the source.
 */
export function dateWindow(s: SentenceCtx, dateFrom: number, subj: number, tr: { ti: number; tj: number },
  objEnd: number, intent: boolean, nominal: boolean): { dateFrom: number; dateTo: number; ownDate: boolean } {
  const trig = s.tokens[tr.ti]!
  const ownDate = intent && s.tokens.slice(tr.tj).some((t) => isDateWord(t.norm))
  if (!intent) {
    return {
      dateFrom,
      dateTo: Math.min(s.tokens[Math.max(tr.tj, objEnd) - 1]?.end ?? s.end, futureCut(s, tr.tj)), ownDate,
    }
  }
  if (nominal || !prevFuture(s, tr.ti)) return { dateFrom, dateTo: trig.start, ownDate }
  const w = intentWindow(s, s.tokens.findIndex((t) => t.start >= dateFrom), Math.min(subj, tr.ti))
  return w ? { dateFrom: w[0], dateTo: w[1], ownDate } : { dateFrom, dateTo: dateFrom, ownDate }
}

/** "demanded (on Monday) that Washington remove …": the first actor of the that-clause. */
export function thatComplementTarget(s: SentenceCtx, from: number, exclude: Set<string>): Target | null {
  let k = from
  while (k < from + 4 && s.tokens[k] && s.tokens[k]!.norm !== 'that' && s.tokens[k]!.word && !s.tokens[k]!.cap) k++
  if (s.tokens[k]?.norm !== 'that') return null
  for (const m of s.mentions) {
    if (m.ti <= k || m.ti > k + 3 || m.kind === 'pronoun' || m.locative) continue
    const ids = idsOf(m).filter((id) => !exclude.has(id))
    if (ids.length) {
      return {
        ids: [...new Set(coordinated(s, m, s.tokens.length).flatMap(idsOf).filter((id) => !exclude.has(id)))],
        prep: null, how: 'content',
      }
    }
  }
  return null
}

/** The nationality adjective of a passive's subject ("A Russian offer … was rejected"). */
export function passivePatient(s: SentenceCtx, vi: number, exclude: Set<string>, cast: Cast): Target | null {
  for (let j = 0; j < vi && j < 6; j++) {
    if (s.mentions.some((m) => j >= m.ti && j < m.tj)) continue
    const n = nationalityAt(s.tokens, j)
    if (!n) continue
    const id = stateOf(cast.res, n[1].iso)
    return id && !exclude.has(id) ? { ids: [id], prep: null, how: 'passive' } : null
  }
  return null
}
