// Remarks reported as habitual or background ("X has repeatedly warned that …", "Y has previously said …") are
// neither statements nor events (GUIDELINES D3): the content rules skip them.
import type { SentenceCtx } from '../doc.ts'
import { lexiconWords } from '../resources/lexicon.ts'
import type { SpeechSpan } from './draft.ts'
import { sentenceAround } from '../text/positions.ts'

const HABITUAL = lexiconWords('events', 'habitualAdverbs')
/** how many tokens before the content the attribution's verb group is read */
const REACH = 6

/** A habitual adverb in the attribution just before the content ("have repeatedly warned … that"). */
export function habitualRemark(sents: SentenceCtx[], sp: SpeechSpan): boolean {
  const s = sentenceAround(sents, sp.contentStart)
  if (!s) return false
  const k = s.tokens.findIndex((t) => t.start >= sp.contentStart)
  const end = k < 0 ? s.tokens.length : k
  return s.tokens.slice(Math.max(0, end - REACH), end).some((t) => t.word && HABITUAL.has(t.norm))
}
