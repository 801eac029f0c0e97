// The shapes of the syntax layer: tokens with exact offsets, flat chunks, clause frames.
// All token indices below are indices into the owning Sentence's `tokens` array.

/** Universal POS tags as wink-eng-lite-web-model emits them (after this layer's repairs). */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

/** Morphological form of a verb or auxiliary, read from the surface form and the lemma. */
export type VerbForm = 'base' | 'present3' | 'past' | 'participle' | 'gerund'

export interface Token {
  /** index in `sentence.tokens` */
  i: number
  /** exactly `input.slice(start - offset, end - offset)` */
  text: string
  /** UTF-16 offsets, shifted by the `offset` given to parseText */
  start: number
  end: number
  /** lower case, curly apostrophes straightened ("Russia’s" → "russia", "’s") */
  norm: string
  lemma: string
  pos: Pos
  /** verbs and auxiliaries only */
  form: VerbForm | null
  /** wink's negation scope flag (from a negator to the next punctuation; the verb group flag is Clause.negated) */
  negated: boolean
  /** wink entity type (DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY, PERCENT, URL, EMAIL …) or null */
  entityType: string | null
  /** a nationality adjective ("Russian", "American", "Czech") */
  nationality: boolean
  /** split off a run-together word ("img|Russia", "Putin|stressed"): text is part of one written word */
  glued: boolean
}

/** A token range [start, end) in the sentence. */
export interface Span { start: number; end: number }

/**
 * Flat, non-overlapping chunks (CoNLL style): an NP, a verb group (VP, with its auxiliaries, negation and
 * inner adverbs; "to" of an infinitive is not in it), a PP (the preposition only; its NP is the next chunk),
 * an adjective phrase (ADJP).
 */
export interface Chunk extends Span {
  type: 'NP' | 'VP' | 'PP' | 'ADJP'
  head: number
  /** NP: possessor phrases without "'s", outermost first ("Russia's foreign minister's plan" → Russia,
   * foreign minister) */
  possessors: Span[]
  /** NP: nationality modifiers ("American" in "American radars") */
  nationalities: number[]
  /** NP: a date/time expression ("Tuesday", "last week"): never a subject or object */
  temporal: boolean
}

/** A noun phrase used as an argument, with what the layer found attached to it. */
export interface Arg extends Span {
  head: number
  /** the NP chunk's index in `sentence.chunks` (-1 for a bare pronoun/number outside NPs) */
  chunk: number
  /** ", the Russian envoy," or "[the Russian president]" right after it (or the name after a title NP) */
  apposition: Span | null
}

export interface PrepPhrase extends Span {
  /** the preposition token */
  prep: number
  /** its objects (coordinated: "with A and B" gives two) */
  objects: Arg[]
}

export type ClauseKind =
  | 'main' // a top-level finite clause
  | 'coordinate' // a verb coordinated with an earlier clause's ("… and withdrew"), or "…, and B did"
  | 'that' // "that …" complement of a verb or noun
  | 'reported' // a that-less complement of a speech verb ("said Russia would …")
  | 'infinitive' // "to V" complement of a verb, noun or adjective
  | 'participial' // "-ing/-ed" phrase: fronted, parenthetical, after a comma, or after a noun
  | 'relative' // ", which …", "who …", "the treaty that X signed"
  | 'adverbial' // "if/when/after/because/unless … " clause
  | 'attribution' // a postposed or inserted speech clause: "…, the minister said." / "The goal, he said, is …"

export type Tense = 'past' | 'present' | 'perfect' | 'pluperfect' | 'future' | 'none'

/** What the verb group or the governing word says about the act's reality. */
export type Modality =
  | 'future' // will, shall, is going to
  | 'conditional' // would
  | 'possibility' // may, might, could
  | 'ability' // can, is able to
  | 'obligation' // must, should, has to, needs to
  | 'intention' // plans/intends/wants to, is ready/prepared/willing to, decision/readiness to
  | 'commitment' // agreed/promised/pledged to
  | 'expectation' // is expected/due/scheduled/set to
  | 'attempt' // tried/sought to
  | 'refusal' // refused/declined/failed/was unable to

export type SubjectSource = 'explicit' | 'inverted' | 'shared' | 'controller' | 'antecedent' | 'none'

export interface Clause extends Span {
  index: number
  kind: ClauseKind
  /** the verb group (a VP chunk's span) */
  verb: Span
  /** the main verb (or the copula when there is no other verb) */
  head: number
  /** phrasal particle right after the verb ("rule out", "called off") */
  particle: number | null
  /** conjuncts of the subject ("Moscow and Washington" → two) */
  subject: Arg[]
  subjectFrom: SubjectSource
  objects: Arg[]
  /** the by-phrase of a passive */
  agent: Arg[]
  pps: PrepPhrase[]
  /** date/time NPs and PPs of the clause ("on Tuesday", "Monday", "last week") */
  times: Span[]
  /** copular or secondary predicate ("ready" in "is ready to", "operational") */
  predicate: Span | null
  passive: boolean
  negated: boolean
  tense: Tense
  /** the modal auxiliary's lemma (will, would, could …) or the governing word ("plans", "ready") */
  modal: string | null
  modality: Modality | null
  /** the complementizer, relativizer, subordinator, preposition or "to" that introduces the clause */
  marker: number | null
  /** the clause this one depends on */
  governor: number | null
  /** the word this one depends on (verb, noun "decision", adjective "ready", antecedent noun) */
  governorToken: number | null
  /** the speech clause whose content this clause is (complement, that-less or postposed attribution) */
  reportedBy: number | null
  /** clauses that depend on this one */
  complements: number[]
  /** relative clauses: the noun phrase they modify */
  antecedent: Arg | null
  /** the head's lemma is a speech verb (data/lexicon/syntax-verbs.json) */
  speech: boolean
}

export interface Sentence {
  index: number
  /** offsets of the first and last token (shifted by `offset`) */
  start: number
  end: number
  text: string
  /** blank-line separated block the sentence is in (0-based) */
  paragraph: number
  /** the line was written in Title Case or ALL CAPS and was tagged in sentence case */
  headline: boolean
  tokens: Token[]
  chunks: Chunk[]
  clauses: Clause[]
}

export interface ParsedText {
  offset: number
  sentences: Sentence[]
}
