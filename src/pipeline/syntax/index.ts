// The syntax layer's public surface (see README.md).
export { parseText, MAX_SENTENCE_TOKENS, type ParseOptions } from './parse.ts'
export { loadSyntaxLexicon, type SyntaxLexicon } from './lexicon.ts'
export type {
  Arg, Chunk, Clause, ClauseKind, Modality, ParsedText, Pos, PrepPhrase, Sentence, Span, SubjectSource, Tense,
  Token, VerbForm,
} from './types.ts'
export { syntaxClauses, syntaxSentences, syntaxTokenAt, type CharRange, type ClauseRef } from './alignment.ts'
