// The owner/agent of a nominal trigger: "Moscow's demands", "Russian offers", "a meeting between A and B",
// "X is on a visit", "expressed/retained opposition" (a light verb's subject), "A and B agreed … in a phone call"
// (the clause's subject, with its coordinated actors).
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import { frontedSubject, mainSubject, subjectOf } from '../text/clauses.ts'
import { coordinatedAfter } from '../text/passives.ts'
import { isAdverb } from '../text/verb-group.ts'
import { idsOf, ownerBefore, type Target } from './targets.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const events = (name: string) => lexiconWords('events', name)
const LIGHT = events('lightVerbs')
const MODIFIERS = events('nominalModifiers')
const COPULAS = events('copulas')
const LOCATIONS = events('nominalLocations')
const OCCASIONS = events('nominalOccasions')
const MOTION = events('motionVerbs')
const BETWEEN_STOPS = events('betweenStops')
const MEASURES = events('occasionMeasures')
const MULTI_DAY = events('multiDayUnits')
const SINGLE = events('singleCounts')
const DAY_WORDS = events('dayPrepositions')

/** Walks back from token k over a nominal's modifiers, measure phrases and hyphenated compounds ("his brief
 *  two-hour", "nearly three days of"); returns the first token before them and whether they span several days. */
function skipModifiers(tk: SentenceCtx['tokens'], k: number): { k: number; multiDay: boolean } {
  let multiDay = false
  for (;;) {
    const t = tk[k]
    if (!t) break
    if (t.word && !t.cap && (MODIFIERS.has(t.norm) || MEASURES.has(t.norm))) {
      if (MULTI_DAY.has(t.norm)) {
        const count = tk[k - 1]?.text === '-' ? tk[k - 2] : tk[k - 1]
        if (t.norm.endsWith('s') || (count && !SINGLE.has(count.norm) && MEASURES.has(count.norm))) multiDay = true
      }
      k--
    } else if (/^\d+$/.test(t.text)) k--
    // "two-hour", "face-to-face", "closed-door": a hyphenated compound
    else if (t.text === '-' && tk[k - 1]?.word && !tk[k - 1]!.cap && tk[k + 1]?.word) k -= 2
    else if (t.word && !t.cap && tk[k - 1]?.text === '-') k--
    else break
  }
  return { k, multiDay }
}

/** Owner/agent of a nominal trigger ("Moscow's demands", "Russian offers", "X is on a visit", "retained
 *  opposition"). */
export function nominalSource(s: SentenceCtx, i: number, cast: Cast):
  { ids: string[]; between?: Target; multiDay?: boolean; owned?: boolean } | null {
  const tk = s.tokens
  // "a meeting between A and B", "Talks were held in Geneva on Tuesday between A and B"
  const bw = betweenAt(s, i)
  if (bw >= 0) {
    const a = s.mentions.find((m) => m.ti === bw + 1 || (m.ti === bw + 2 && tk[bw + 1]?.norm === 'the'))
    const and = a ? tk[a.tj] : undefined
    const second = (m: { ti: number }) =>
      !!a && (m.ti === a.tj + 1 || (m.ti === a.tj + 2 && tk[a.tj + 1]?.norm === 'the'))
    const b = a && and?.norm === 'and' ? s.mentions.find(second) : undefined
    if (a && b && idsOf(a).length && idsOf(b).length) {
      return {
        ids: idsOf(a),
        between: { ids: idsOf(b), prep: 'between', how: 'object' },
      }
    }
  }
  const owner = ownerBefore(s, i, cast)
  if (owner) return { ids: [owner], owned: true }
  const pron = s.mentions.find((m) => m.kind === 'pronoun' && m.tj === i && m.actorId)
  if (pron) return { ids: [pron.actorId!] }
  // "During his visit to Warsaw, Biden …": a fronted phrase's possessive is the main clause's subject
  if (s.mentions.some((m) => m.kind === 'pronoun' && m.tj === i)) {
    const f = frontedSubject(s, i)
    if (f) return { ids: f.ids }
  }
  const skipped = skipModifiers(tk, i - 1)
  const k = skipped.k
  const t = tk[k]
  // "Kerry, on a visit to Beijing, met …": an apposition of the mention before the comma
  if (t?.norm === 'on' && tk[k - 1]?.text === ',') {
    const m = s.mentions.find((x) => x.tj === k - 1 && (x.actorId || x.members) && !x.locative)
    if (m) return { ids: idsOf(m), multiDay: skipped.multiDay }
  }
  if ((t?.norm === 'on' && COPULAS.has(tk[k - 1]?.norm ?? '')) ||
    (t?.norm === 'on' && isAdverb(tk[k - 1]) && COPULAS.has(tk[k - 2]?.norm ?? ''))) {
    const sub = subjectOf(s, k)
    return sub ? { ids: sub.ids } : null
  }
  if (t?.word && LIGHT.has(t.norm)) {
    const sub = subjectOf(s, k)
    return sub ? { ids: sub.ids, multiDay: skipped.multiDay } : null
  }
  // "A and B agreed … in a phone call", "X said during talks with Y": the clause's subject
  // "Speaking after talks with X, Y said", "Y flew to Moscow for talks with X": the (fronted) clause's subject
  // ("ready for talks" is an intent, not talks: "for" only after a journey, "flew to Moscow for talks")
  const journey = t?.norm === 'for' && tk.slice(Math.max(0, k - 5), k).some((x) => MOTION.has(x.norm))
  if (t?.word && (LOCATIONS.has(t.norm) ? k < i - 1 : OCCASIONS.has(t.norm) || journey)) {
    // "…, Kerry said on Saturday after talks with X": the subject of the verb the occasion follows
    const sub = (OCCASIONS.has(t.norm) ? verbSubjectBefore(s, k) : null) ?? mainSubject(s, k)
    if (!sub) {
      const f = LOCATIONS.has(t.norm) || t.norm === 'for' ? null : frontedSubject(s, i)
      return f ? { ids: f.ids } : null
    }
    return {
      ids: coordinatedAfter(s, sub.mentions[sub.mentions.length - 1]!).ids.concat(sub.ids).filter((x, n, a) =>
        a.indexOf(x) === n),
      multiDay: skipped.multiDay,
    }
  }
  return null
}

/** The subject of the verb right before token k, across a day ("Kerry said on Saturday | after …"). */
function verbSubjectBefore(s: SentenceCtx, k: number): ReturnType<typeof subjectOf> {
  const tk = s.tokens
  let j = k - 1
  while (j >= 0 && k - j <= 4 && (tk[j]!.cap || /^\d+$/.test(tk[j]!.text) || DAY_WORDS.has(tk[j]!.norm))) j--
  const v = tk[j]
  if (!v?.word || v.cap || !/ed$|^said$|^told$|^met$/.test(v.norm)) return null
  return subjectOf(s, j)
}

/** Index of "between" closing a nominal's clause ("talks were held in Geneva on Tuesday between …"), or -1. */
function betweenAt(s: SentenceCtx, i: number): number {
  for (let j = i + 1; j < s.tokens.length && j - i <= 12; j++) {
    const t = s.tokens[j]!
    if (t.norm === 'between') return j
    if (!t.word || BETWEEN_STOPS.has(t.norm)) return -1
    if (s.mentions.some((m) => m.ti === j && !m.locative && (m.actorId || m.members))) return -1
  }
  return -1
}
