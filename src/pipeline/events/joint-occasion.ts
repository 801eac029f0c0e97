// The meeting behind a joint act: "A and B agreed at their summit …", "… signed the deal during talks",
// "… according to summaries of a phone call" — the parties also met or spoke (root 04), on the act's date.
// Only for verb classes flagged `jointOccasion` (verbs.json) and only for a joint act of the two parties.
import type { SentenceCtx } from '../doc.ts'
import { lexiconWords } from '../resources/lexicon.ts'
import type { EventDraft } from './draft.ts'

const NOUNS = lexiconWords('events', 'jointOccasionNouns')
const PREPS = lexiconWords('events', 'jointOccasionPrepositions')
const DETERMINERS = lexiconWords('events', 'jointOccasionDeterminers')
/** how many words may stand between the preposition and the occasion noun ("at their much-awaited summit") */
const GAP = 4

/** Whether the sentence names the parties' own occasion of a joint act ("at their summit", "of a phone call"), not a
 *  meeting with someone else ("after talks with X") nor a named forum ("at the Lisbon summit"). */
export function hasJointOccasion(s: SentenceCtx): boolean {
  const tk = s.tokens
  for (let i = 0; i < tk.length; i++) {
    if (!tk[i]!.word || !NOUNS.has(tk[i]!.norm)) continue
    if (tk[i + 1]?.norm === 'with') continue
    let own = false
    for (let k = i - 1; k >= Math.max(0, i - GAP - 1); k--) {
      const t = tk[k]!
      // a capitalised word names a forum ("the Lisbon summit")
      if (!t.word || (t.cap && !PREPS.has(t.norm))) break
      if (DETERMINERS.has(t.norm)) own = true
      if (PREPS.has(t.norm)) {
        if (own) return true
        break
      }
    }
  }
  return false
}

/** The 04 drafts of joint-act drafts whose sentence names their occasion. */
export function occasionMeetings(s: SentenceCtx, drafts: EventDraft[]): EventDraft[] {
  const joint = drafts.filter((d) => d.mutual && !d.code.startsWith('12'))
  if (!joint.length || !hasJointOccasion(s)) return []
  // ranked as a nominal event: a dictionary noun of the same occasion ("a phone call" → 041) is more specific
  return joint.map((d) => ({
    ...d, code: '040', entry: 'meet', summary: 'met', reciprocal: true, kind: 'nominal' as const, confidence: 0.6,
  }))
}
