// The article document the stages share (spaCy's Doc is the model). A stage is a unit
// `{ name, reads, writes, run(doc) }`: it reads only the layers it declares in `reads` and changes only those in
// `writes` (test/pipeline/stages.test.ts checks both on real runs, and that every layer read was written by an
// earlier stage). extract.ts lists the stages in order.
import type { ArticleInput, ExtractedActor, ExtractedEvent, ExtractedStatement, ResolvedDate } from './types.ts'
import type { Resources } from './resources/load.ts'
import type { Cleaned } from './text/clean.ts'
import type { DateMention } from './text/dates.ts'
import type { Cast } from './actors/cast.ts'
import type { Mention } from './actors/mentions.ts'
import type { Token } from './text/tokens.ts'
import type { StatementDraft } from './statements/speech.ts'
import type { EventDraft } from './events/draft.ts'
import type { ParsedText } from './syntax/types.ts'

/** A sentence of the cleaned text, with its tokens and actor mentions (offsets into the cleaned text). */
export interface SentenceCtx {
  index: number
  start: number
  end: number
  text: string
  paragraph: number
  tokens: Token[]
  mentions: Mention[]
  /** headline or page noise: no statements/events, its mentions are not actors */
  skip: boolean
}

/** Kinds of acts the text may refer back to by a noun ("the threats", "the decision", "the offer"). */
export const ACT_CLASSES = ['threat', 'criticism', 'proposal', 'demand', 'decision'] as const
export type ActClass = typeof ACT_CLASSES[number]

/** Acts registered while events are found, for later anaphora ("dismissed the threat" → who threatened). */
export interface ActRegister {
  /** act class → sentence index → the sources of the latest act of that class in that sentence */
  bySentence: Map<ActClass, Map<number, string[]>>
  /** source → the addressees of its threats, oldest first */
  threatTargets: Map<string, string[]>
}

/** An event draft with its resolved date. */
export type DatedEvent = EventDraft & { date: ResolvedDate }

export interface ArticleDoc {
  /** given: id, raw text, publication date */
  input: ArticleInput
  /** given: gazetteer and CAMEO codebook */
  resources: Resources
  /** the text without page noise, quotes and dashes straightened, with its offset map to the raw text */
  cleaned: Cleaned
  /** sentences with their tokens and `skip` flag (headlines, captions); `mentions` of each is its own layer */
  sentences: SentenceCtx[]
  /** the wink-nlp layer over the cleaned text: sentences, tokens, POS, chunks and clause frames (syntax/) */
  syntax: ParsedText
  /** the article's actors as profiles (gazetteer record or discovered person, role on the article date) */
  cast: Cast
  /** the fallback date (dateline, else publication) and the date expressions of each sentence (past reading) */
  dates: { fallback: ResolvedDate; bySentence: DateMention[][] }
  /** attributed speech: who said what, where in the text (statement drafts, text order) */
  speech: StatementDraft[]
  /** the date of each `speech` draft (same index) */
  speechDates: ResolvedDate[]
  /** the article's statements (speech without repeats, with evidence) */
  statements: ExtractedStatement[]
  /** acts the text may refer back to, registered by the event stages */
  acts: ActRegister
  /** per speech draft: threats and ultimatums read from its content */
  contentThreats: EventDraft[][]
  /** event drafts: dictionary triggers, then statement contents */
  eventDrafts: EventDraft[]
  /** event drafts with their dates */
  datedEvents: DatedEvent[]
  /** the article's events (one per source, target, root and date) */
  events: ExtractedEvent[]
  /** the article's actors */
  actors: ExtractedActor[]
}

/** The layers of the doc: its fields, plus `mentions` (the mention list of each sentence). */
export type Layer = keyof ArticleDoc | 'mentions'

/** Layers present before the first stage runs. */
export const INPUT_LAYERS: readonly Layer[] = ['input', 'resources']

export interface Stage {
  name: string
  reads: readonly Layer[]
  writes: readonly Layer[]
  run(doc: ArticleDoc): void
}

/** A doc with the given input and every other layer empty. */
export function newDoc(input: ArticleInput, resources: Resources): ArticleDoc {
  return {
    input,
    resources,
    cleaned: { text: '', map: new Int32Array(0) },
    sentences: [],
    syntax: { offset: 0, sentences: [] },
    cast: { profiles: new Map(), published: input.published, res: resources },
    dates: { fallback: { start: input.published, precision: 'day', text: null }, bySentence: [] },
    speech: [],
    speechDates: [],
    statements: [],
    acts: { bySentence: new Map(), threatTargets: new Map() },
    contentThreats: [],
    eventDrafts: [],
    datedEvents: [],
    events: [],
    actors: [],
  }
}
