// The shapes the event stages pass on: an event draft (before its date and dedup), the attributed speech as the
// event rules see it, and what the dictionary-trigger rules work on.
import type { ActRegister, SentenceCtx } from '../doc.ts'
import type { Cast } from '../actors/cast.ts'
import type { VerbLexicon } from '../resources/verbs.ts'
import type { SpeechIndex } from './speech-index.ts'
import type { ParsedText } from '../syntax/types.ts'

export interface EventDraft {
  sourceId: string
  targetId: string
  code: string
  sent: number
  /** cleaned offset of the trigger */
  at: number
  /** cleaned offset the date is read nearest to (the target's mention, when a verb has several) */
  anchor?: number
  /** a person's own act: undated, it takes the date of the person's dated remarks (one occasion) */
  personal?: boolean
  /** false: not dated by the person's occasion (an intent whose own sentence dates only the intended act) */
  occasion?: false
  /** cleaned range where an explicit date may be read; intent events only before the trigger */
  dateFrom: number
  dateTo: number
  kind: 'verbal' | 'nominal' | 'content'
  mutual: boolean
  /** one act between two parties: "B met A" is the same meeting as "A met B" (verbs.json `reciprocal`) */
  reciprocal?: boolean
  entry: string
  /** an occasion over several days ("after three days of talks"): its month, unless a day names the act itself */
  multiDay?: boolean
  summary: string
  confidence: number
}

export interface SpeechSpan {
  speakerId: string
  sent: number
  contentStart: number
  contentEnd: number
}

export interface EventEnv {
  sents: SentenceCtx[]
  /** the syntax layer (clause frames), mapped to `sents` with syntax/alignment.ts */
  syntax: ParsedText
  cast: Cast
  lex: VerbLexicon
  /** the attributed speech, by the offsets its contents cover */
  speech: SpeechIndex<SpeechSpan>
  /** acts found so far: for "the threats"/"the decision" anaphora and repeated warnings */
  acts: ActRegister
  /** how often the article names each side (event-anaphora.ts sideCounts), computed on first use */
  sideCounts: () => Map<string, number>
}
