// The speaker's stated attitude toward the other side, read from a statement's content (D1: an attitude or speech
// act goes to the speaker): willingness to cooperate or negotiate ("Russia is ready to start negotiations", "would
// like to resume inspections") → 03 (propose); welcome, praise, satisfaction, hope for a new impetus → 051 (D7);
// a warning with the measure unspecified ("will take adequate measures if …") → 130.
// Target: the first actor of another side named in the content, else the article's counterpart of the speaker's
// side (the other side it names most). A negation just before the attitude word cancels it.
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import { lexiconPatterns, lexiconWords } from '../resources/lexicon.ts'
import { counterpart } from './anaphora.ts'
import { spanReader } from './content.ts'
import { habitualRemark } from './habitual.ts'
import type { EventDraft, SpeechSpan } from './draft.ts'

const frame = (name: string) => new RegExp(lexiconPatterns('content-frames', name).join('|'))
const WILLING = frame('willingness')
const COOPERATION = frame('cooperationWords')
const SATISFIED = frame('satisfaction')
const WARNING = frame('warnings')
const STEPS = frame('warningSteps')
const CONDITION = new RegExp(`\\b(?:${[...lexiconWords('content-frames', 'conditions')].join('|')})\\b`, 'i')
const NEGATED = new RegExp(`(?:${lexiconPatterns('content-frames', 'negations').join('|')})`)
/** how far after a willingness word its cooperation word may stand (characters) */
const REACH = 120

/** 03 and 051 events of the speakers' stated attitudes; `counts`: the article's sideCounts. */
export function attitudeEvents(sents: SentenceCtx[], cleaned: string, speech: SpeechSpan[], cast: Cast,
  counts: () => Map<string, number>): EventDraft[] {
  const out: EventDraft[] = []
  for (const sp of speech) {
    if (habitualRemark(sents, sp)) continue
    const { exclude, text, sentAt, push, named } = spanReader(sents, cleaned, sp, cast, out)
    /** the first actor named after the attitude word; else the counterpart of the speaker's side and of the
     *  attitude's subject ("Russia is ready to …": Russia is the willing side, not the target) */
    const target = (at: number): string[] => {
      const subjects = named(sp.contentStart, false).filter((id) => !named(at, false).includes(id))
      const ids = named(at, true).filter((id) => !subjects.includes(id))
      if (ids.length) return ids
      const s = sentAt(sp.contentStart)
      const other = s ? counterpart(s, cast, new Set([...exclude, ...subjects]), counts) : null
      return other ? [other] : []
    }
    const wm = WILLING.exec(text)
    if (wm && !NEGATED.test(text.slice(0, wm.index)) &&
      COOPERATION.test(text.slice(wm.index + wm[0].length, wm.index + wm[0].length + REACH))) {
      push('030', 'propose', 'offered to cooperate with', target(sp.contentStart + wm.index), sp.contentStart)
    }
    // a warning with the measure unspecified: toward the actor of the condition ("if NATO …"), else as above
    const cond = CONDITION.exec(text)
    const warn = WARNING.exec(text) ?? (cond ? STEPS.exec(text) : null)
    if (warn && !NEGATED.test(text.slice(0, warn.index))) {
      const inCondition = cond ? named(sp.contentStart + cond.index, true) : []
      const anyNamed = named(sp.contentStart, true)
      const ids = inCondition.length ? inCondition : anyNamed.length ? anyNamed : target(sp.contentStart + warn.index)
      push('130', 'threaten', 'warned', ids, sp.contentStart)
    }
    const sm = SATISFIED.exec(text)
    if (sm && !NEGATED.test(text.slice(0, sm.index))) {
      push('051', 'praise', 'welcomed', target(sp.contentStart + sm.index), sp.contentStart)
    }
  }
  return out
}
