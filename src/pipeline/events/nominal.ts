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

/** Owner/agent of a nominal trigger ("Moscow's demands", "Russian offers", "X is on a visit", "retained
 *  opposition"). */
export function nominalSource(s: SentenceCtx, i: number, cast: Cast): { ids: string[]; between?: Target } | null {
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
  if (owner) return { ids: [owner] }
  const pron = s.mentions.find((m) => m.kind === 'pronoun' && m.tj === i && m.actorId)
  if (pron) return { ids: [pron.actorId!] }
  // "During his visit to Warsaw, Biden …": a fronted phrase's possessive is the main clause's subject
  if (s.mentions.some((m) => m.kind === 'pronoun' && m.tj === i)) {
    const f = frontedSubject(s, i)
    if (f) return { ids: f.ids }
  }
  let k = i - 1
  while (k >= 0 && tk[k]!.word && !tk[k]!.cap && MODIFIERS.has(tk[k]!.norm)) k--
  const t = tk[k]
  if ((t?.norm === 'on' && COPULAS.has(tk[k - 1]?.norm ?? '')) ||
    (t?.norm === 'on' && isAdverb(tk[k - 1]) && COPULAS.has(tk[k - 2]?.norm ?? ''))) {
    const sub = subjectOf(s, k)
    return sub ? { ids: sub.ids } : null
  }
  if (t?.word && LIGHT.has(t.norm)) {
    const sub = subjectOf(s, k)
    return sub ? { ids: sub.ids } : null
  }
  // "A and B agreed … in a phone call", "X said during talks with Y": the clause's subject
  // "Speaking after talks with X, Y said", "Y flew to Moscow for talks with X": the (fronted) clause's subject
  // ("ready for talks" is an intent, not talks: "for" only after a journey, "flew to Moscow for talks")
  const journey = t?.norm === 'for' && tk.slice(Math.max(0, k - 5), k).some((x) => MOTION.has(x.norm))
  if (t?.word && (LOCATIONS.has(t.norm) ? k < i - 1 : OCCASIONS.has(t.norm) || journey)) {
    const sub = mainSubject(s, k)
    if (!sub) {
      const f = LOCATIONS.has(t.norm) || t.norm === 'for' ? null : frontedSubject(s, i)
      return f ? { ids: f.ids } : null
    }
    return {
      ids: coordinatedAfter(s, sub.mentions[sub.mentions.length - 1]!).ids.concat(sub.ids).filter((x, n, a) =>
        a.indexOf(x) === n),
    }
  }
  return null
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
