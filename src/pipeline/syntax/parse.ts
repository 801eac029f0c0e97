// parseText: the syntax layer's entry point. Text → sentences of tokens (exact offsets), chunks and clauses.
import type { ParsedText, Sentence, Token } from './types.ts'
import { loadSyntaxLexicon, type SyntaxLexicon } from './lexicon.ts'
import { tokenize, type RawSentence } from './tokens.ts'
import { repairTags } from './tagging.ts'
import { chunk } from './chunks.ts'
import { SentenceView } from './sentence-view.ts'
import { buildClauses } from './clauses.ts'

/** Longer sentences (run-on page noise, lists) are cut, at a comma or semicolon when one is near. */
export const MAX_SENTENCE_TOKENS = 200

export interface ParseOptions {
  /** data directory holding lexicon/syntax-*.json (default: the repository's data/) */
  dataDir?: string
}

function cutLong(s: RawSentence): RawSentence[] {
  if (s.tokens.length <= MAX_SENTENCE_TOKENS) return [s]
  const out: RawSentence[] = []
  let from = 0
  while (from < s.tokens.length) {
    let to = Math.min(from + MAX_SENTENCE_TOKENS, s.tokens.length)
    if (to < s.tokens.length) {
      for (let k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
        if (s.tokens[k]?.text === ',' || s.tokens[k]?.text === ';') { to = k + 1; break }
      }
    }
    const tokens = s.tokens.slice(from, to)
    tokens.forEach((t, i) => { t.i = i })
    out.push({ ...s, tokens })
    from = to
  }
  return out
}

function sentenceOf(raw: RawSentence, index: number, text: string, offset: number, lex: SyntaxLexicon): Sentence {
  const tokens: Token[] = raw.tokens
  repairTags(tokens, lex, raw.headline)
  const chunks = chunk(tokens, lex)
  const clauses = buildClauses(new SentenceView(tokens, chunks, lex))
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  const s: Sentence = {
    index, start: first.start + offset, end: last.end + offset, text: text.slice(first.start, last.end),
    paragraph: raw.paragraph, headline: raw.headline, tokens, chunks, clauses,
  }
  for (const t of tokens) { t.start += offset; t.end += offset }
  return s
}

/**
 * Parses `text` (an article's cleaned text, or any string). Offsets in the result are UTF-16 offsets into
 * `text` plus `offset`, so `text.slice(t.start - offset, t.end - offset) === t.text` for every token.
 * Never throws on any input; throws only when the lexicon files are missing or invalid.
 */
export function parseText(text: string, offset = 0, options: ParseOptions = {}): ParsedText {
  const lex = loadSyntaxLexicon(options.dataDir)
  const sentences: Sentence[] = []
  for (const raw of tokenize(text, lex).flatMap(cutLong)) {
    sentences.push(sentenceOf(raw, sentences.length, text, offset, lex))
  }
  return { offset, sentences }
}
