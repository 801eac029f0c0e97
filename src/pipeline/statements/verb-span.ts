// Statements read at verbs that are not plain speech verbs (guideline 3.1, 3.2, D15):
// - "X accused Y of …", "X linked the decision to …", "X expressed satisfaction with …", "X condemned …": the span
//   starts at the verb (the verb and its object are what was said);
// - "X urged/warned/told/called on Y to (not) V …": the span is the complement ("to V …", "not to V …",
//   "against V-ing …"); it is also the event the event stages code.
import type { SentenceCtx } from '../doc.ts'
import { lexiconTable, lexiconWords } from '../resources/lexicon.ts'
import { z } from 'zod'
import { speakerOf } from './speaker.ts'
import { contentEnd, textOf } from './content-text.ts'
import type { Found } from './attribution.ts'

const SPAN_FORMS = lexiconWords('speech', 'verbSpanForms')
/** complement verb form → the particle it needs first ("called" → on/upon), or [] */
const COMPLEMENT_FORMS = lexiconTable('speech', 'complementVerbForms', z.array(z.string()))
const COMPLEMENT_OPENERS = lexiconWords('speech', 'complementOpeners')
const MODALS = lexiconWords('grammar', 'modals')
const ARTICLES = lexiconWords('grammar', 'articles')
const PERFECT = lexiconWords('speech', 'perfectAuxiliaries')
const PASSIVE = lexiconWords('grammar', 'passiveAuxiliaries')
/** "expressed statements of concern": a speech act named, its content not reported (3.5) */
const DOCUMENTS = lexiconWords('speech', 'documentNouns')

/** A past-tense verb of the narration with a subject before it (not "to accuse", not "would condemn"). */
function narratedAt(s: SentenceCtx, vi: number): boolean {
  let p = vi - 1
  while (p > 0 && /ly$/.test(s.tokens[p]!.norm)) p--
  const prev = s.tokens[p]?.norm ?? ''
  // "Moscow has (repeatedly) expressed concern …": an undated perfect is a standing position (D3)
  // "was cited by Interfax as saying": a passive is the conduit's, not a statement of its own
  return prev !== 'to' && !MODALS.has(prev) && !PERFECT.has(prev) && !PASSIVE.has(prev) && !s.tokens[vi]!.cap
}

function found(s: SentenceCtx, cleaned: string, vi: number, cs: number): Found | null {
  const speaker = speakerOf(s, vi)
  if (!speaker || speaker.ids.length === 0) return null
  const ce = contentEnd(s, cleaned, cs)
  const text = textOf(cleaned, cs, ce)
  if (text.split(/\s+/).length < 3) return null
  return { speaker, contentStart: cs, contentEnd: ce, text, first: s.index, attr: [[s.tokens[vi]!.start, cs]] }
}

/** The statement a non-speech verb at token `vi` reports, or null. */
export function verbSpanStatement(s: SentenceCtx, vi: number, cleaned: string): Found | null {
  const tk = s.tokens
  const t = tk[vi]!
  if (!narratedAt(s, vi)) return null
  if (SPAN_FORMS.has(t.norm)) {
    const next = tk[vi + 1]
    return next?.word && !DOCUMENTS.has(next.norm) ? found(s, cleaned, vi, t.start) : null
  }
  const particles = COMPLEMENT_FORMS.get(t.norm)
  if (!particles) return null
  let k = vi + 1
  if (particles.length > 0) {
    if (!particles.includes(tk[k]?.norm ?? '')) return null
    k++
  }
  // the addressee: an actor mention ("Ethiopia", "the Western military alliance", "ministers")
  if (ARTICLES.has(tk[k]?.norm ?? '')) k++
  const m = s.mentions.find((x) => x.ti === k || x.ti === k - 1)
  let j = m ? m.tj : k
  // no actor named: up to three words of addressee ("told ministers not to …")
  if (!m) for (let n = 0; n < 3 && tk[j]?.word && !COMPLEMENT_OPENERS.has(tk[j]!.norm); n++) j++
  if (j === vi + 1 || !COMPLEMENT_OPENERS.has(tk[j]?.norm ?? '')) return null
  return found(s, cleaned, vi, tk[j]!.start)
}
