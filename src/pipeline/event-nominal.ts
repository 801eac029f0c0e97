// The owner/agent of a nominal trigger: "Moscow's demands", "Russian offers", "a meeting between A and B",
// "X is on a visit", "expressed/retained opposition" (a light verb's subject), "A and B agreed … in a phone call"
// (the clause's subject, with its coordinated actors).
import type { SentenceCtx, Cast } from './actors.ts'
import { coordinatedAfter, isAdverb, mainSubject, subjectOf } from './clauses.ts'
import { idsOf, ownerBefore, type Target } from './event-targets.ts'

const LIGHT = new Set('announce announced announces retain retained retains express expressed expresses voice voiced confirm confirmed confirms reaffirm reaffirmed make made makes issue issued have has had hold held launch launched reiterate reiterated show showed shown pay paid submit submitted put'.split(' '))

/** Owner/agent of a nominal trigger ("Moscow's demands", "Russian offers", "X is on a visit", "retained opposition"). */
export function nominalSource(s: SentenceCtx, i: number, cast: Cast): { ids: string[]; between?: Target } | null {
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
  // "A and B agreed … in a phone call", "X said during talks with Y": the clause's subject
  if (t?.word && /^(in|during|at|over)$/.test(t.norm) && k < i - 1) {
    const sub = mainSubject(s, k)
    return sub ? { ids: coordinatedAfter(s, sub.mentions[sub.mentions.length - 1]!).ids.concat(sub.ids).filter((x, n, a) => a.indexOf(x) === n) } : null
  }
  return null
}
