// A state's institution as a verb's subject, when the gazetteer has no actor for it: "Poland's foreign ministry
// summoned …", "the Indian foreign office lodged …" → the state (GUIDELINES D11: an unnamed official or
// institution acts for its state). A gazetteer ministry ("the Russian Foreign Ministry") is a mention of its own
// and is found by the ordinary subject rules first.
import type { SentenceCtx } from '../doc.ts'
import { nationalityAt } from '../actors/mentions.ts'
import { stateOf, type Cast } from '../actors/cast.ts'
import type { Subject } from '../text/clauses.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const HEADS = lexiconWords('events', 'stateInstitutionNouns')
const MODIFIERS = lexiconWords('events', 'stateInstitutionModifiers')

/** The state owning the institution noun at token `head` (the last word before the verb group), or null. */
export function institutionSubject(s: SentenceCtx, head: number, cast: Cast): Subject | null {
  const tk = s.tokens
  if (!tk[head]?.word || !HEADS.has(tk[head]!.norm)) return null
  let k = head - 1
  while (k >= 0 && k >= head - 4 && tk[k]!.word && !tk[k]!.cap && MODIFIERS.has(tk[k]!.norm)) k--
  if (k < 0) return null
  // "Poland's foreign ministry": a state's possessive
  if (tk[k]!.norm === "'s") {
    const m = s.mentions.find((x) => x.tj === k && x.possessive && x.actorId)
    if (!m || cast.res.byId.get(m.actorId!)?.kind !== 'state') return null
    return { ids: [m.actorId!], mentions: [m] }
  }
  // "the Indian foreign office", "the Polish defence ministry": a nationality adjective after "the"
  for (let j = Math.max(0, k - 1); j <= k; j++) {
    const n = nationalityAt(tk, j)
    if (!n || j + n[0] - 1 !== k || tk[j - 1]?.norm !== 'the') continue
    if (s.mentions.some((m) => j >= m.ti && j < m.tj)) return null
    const id = stateOf(cast.res, n[1].iso)
    return id ? { ids: [id], mentions: [] } : null
  }
  return null
}
