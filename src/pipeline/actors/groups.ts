// Group mentions: "the West" and "western partners" (data/lexicon/references.json westMembers: the U.S. and NATO),
// "the Russians" (a demonym after "the": the state).
import type { SentenceCtx } from '../doc.ts'
import { mk } from './mentions.ts'
import { NATIONALITIES } from './nationalities.ts'
import { profileOf, stateOf, type Cast } from './cast.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const WEST_NEXT = lexiconWords('references', 'westernNouns')
const WEST = [...lexiconWords('references', 'westMembers')]

/** Adds the group mentions of sentence `s` (words no other mention covers); their actors join the cast. */
export function addGroups(s: SentenceCtx, cast: Cast): void {
  const tk = s.tokens
  for (let i = 0; i < tk.length; i++) {
    if (s.mentions.some((m) => i >= m.ti && i < m.tj)) continue
    const t = tk[i]!
    let tj = -1
    let ids: string[] = []
    if (t.norm === 'west' && t.cap && tk[i - 1]?.norm === 'the') {
      tj = i + 1
    } else if (t.norm === 'western' && tk[i + 1]?.word && WEST_NEXT.has(tk[i + 1]!.norm)) {
      tj = i + 2
    } else if (t.cap && tk[i - 1]?.norm === 'the' && /s$/.test(t.norm) && NATIONALITIES.has(t.norm)) {
      const id = stateOf(cast.res, NATIONALITIES.get(t.norm)!.iso)
      if (id) ids = [id]
      tj = i + 1
    }
    if (tj < 0) continue
    if (ids.length === 0) ids = WEST.filter((id) => cast.res.byId.has(id))
    for (const id of ids) {
      if (!cast.profiles.has(id)) cast.profiles.set(id, profileOf(cast.res.byId.get(id)!, cast.published, null, false))
    }
    const m = mk(tk, i, tj, 'group', ids.length === 1 ? ids : [],
      s.text.slice(t.start - s.start, tk[tj - 1]!.end - s.start))
    if (ids.length > 1) m.members = ids
    m.confidence = 0.6
    s.mentions.push(m)
  }
  s.mentions.sort((a, b) => a.ti - b.ti)
}
