// wink-nlp over the prepared text → tokens with exact input offsets, grouped into sentences.
// wink's own token values are not trusted to be substrings (it normalises some spaces and may drop or change
// characters), so each value is looked up in the prepared text within a bounded window after the previous
// token; input characters no wink token covers become tokens of their own (pos X or PUNCT). Sentences are
// wink's, cut again at every line break.
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import type { Pos, Token } from './types.ts'
import { isInserted, prepare, toInputOffset } from './prepare.ts'
import type { SyntaxLexicon } from './lexicon.ts'

type Wink = ReturnType<typeof winkNLP>
let wink: Wink | null = null
let lexemeDoc: ReturnType<Wink['readDoc']> | null = null

function nlp(): Wink {
  wink ??= winkNLP(model, ['sbd', 'negation', 'pos', 'ner'])
  return wink
}

/** Whether a word (case-sensitive) is in the model's own lexicon. wink's cache also learns every new word it
 * reads (isLexeme turns true), so the model's vocabulary is "a lexeme that is not out of vocabulary". */
export function isKnownWord(word: string): boolean {
  lexemeDoc ??= nlp().readDoc('')
  return Boolean(lexemeDoc.isLexeme(word)) && !lexemeDoc.isOOV(word)
}

/** A capitalised word to keep capitalised in a headline: its lower-case form is no English word ("Putin"). */
export function isLikelyName(word: string): boolean {
  return !isKnownWord(word.toLowerCase())
}

export interface RawSentence {
  tokens: Token[]
  paragraph: number
  /** the sentence's line was put in sentence case before tagging (a headline) */
  headline: boolean
}

const WINDOW = 256
const SPACE = /\s/u
const PUNCT = /^[\p{P}\p{S}]+$/u

function makeToken(text: string, start: number, end: number, norm: string): Token {
  return {
    i: 0, text, start, end, norm, lemma: norm, pos: PUNCT.test(text) ? 'PUNCT' : 'X', form: null,
    negated: false, entityType: null, nationality: false, glued: false,
  }
}

/** Tokenises, tags and splits `input` into sentences; offsets are input offsets (not yet shifted). */
export function tokenize(input: string, lex: SyntaxLexicon): RawSentence[] {
  const prep = prepare(input, lex, { isWord: isKnownWord, isName: isLikelyName })
  const p = prep.text
  const doc = nlp().readDoc(p)
  const its = nlp().its
  const tokens = doc.tokens()
  const values = tokens.out() as string[]
  const pos = tokens.out(its.pos) as string[]
  const lemma = tokens.out(its.lemma as never) as string[] // its.lemma takes addons: its type is off
  const neg = tokens.out(its.negationFlag) as boolean[]
  const sentenceStarts = new Set<number>()
  for (const span of doc.sentences().out(its.span) as unknown as number[][]) sentenceStarts.add(span[0] ?? 0)
  const entityOf: (string | null)[] = new Array<string | null>(values.length).fill(null)
  const entities = doc.entities()
  const spans = entities.out(its.span) as unknown as number[][]
  const details = entities.out(its.detail) as unknown as { type: string }[]
  spans.forEach((s, k) => {
    for (let j = s[0] ?? 0; j <= (s[1] ?? -1) && j < values.length; j++) entityOf[j] = details[k]?.type ?? null
  })

  const out: RawSentence[] = []
  let current: Token[] = []
  let paragraph = 0
  let lineStart = 0
  let currentLine = 0
  const flush = () => {
    if (current.length > 0) out.push({ tokens: current, paragraph, headline: prep.headlineLines.has(currentLine) })
    current = []
  }
  const toInput = (ps: number, pe: number): [number, number] =>
    [toInputOffset(prep, ps), toInputOffset(prep, pe - 1) + 1]
  const add = (ps: number, pe: number, tok: Partial<Token>) => {
    const [start, end] = toInput(ps, pe)
    if (current.length === 0) currentLine = lineStart
    const t = makeToken(input.slice(start, end), start, end, p.slice(ps, pe).toLowerCase())
    t.glued = prep.insertedAt.length > 0 && (isInserted(prep, ps - 1) || isInserted(prep, pe))
    current.push(Object.assign(t, tok))
  }
  /** Input characters in prepared [from, to) that are not space: tokens of their own, split at spaces. */
  const fill = (from: number, to: number) => {
    let k = from
    while (k < to) {
      const c = p[k] ?? ''
      if (SPACE.test(c)) {
        if (c === '\n') newline(k)
        k++
        continue
      }
      let e = k + 1
      while (e < to && !SPACE.test(p[e] ?? ' ')) e++
      add(k, e, {})
      k = e
    }
  }
  const newline = (k: number) => {
    flush()
    lineStart = toInputOffset(prep, k) + 1
    // a blank line (only spaces between two line breaks) starts a new paragraph
    let j = k - 1
    while (j >= 0 && p[j] !== '\n' && SPACE.test(p[j] ?? '')) j--
    if (j >= 0 && p[j] === '\n') paragraph++
  }

  let cursor = 0
  for (let w = 0; w < values.length; w++) {
    const v = values[w] ?? ''
    if (v.length === 0) continue
    let at = -1
    if (p.startsWith(v, cursor)) at = cursor
    else {
      const window = p.slice(cursor, cursor + WINDOW + v.length)
      const k = window.indexOf(v)
      if (k >= 0) at = cursor + k
    }
    if (at < 0) continue // wink changed the characters: the gap filler will cover them
    fill(cursor, at)
    if (/^\s+$/u.test(v)) {
      for (let k = at; k < at + v.length; k++) if (p[k] === '\n') newline(k)
      cursor = at + v.length
      continue
    }
    if (sentenceStarts.has(w)) flush()
    add(at, at + v.length, {
      pos: (pos[w] ?? 'X') as Pos,
      lemma: (lemma[w] ?? v).toLowerCase().replace(/\u2019/g, "'"),
      negated: neg[w] === true,
      entityType: entityOf[w] ?? null,
    })
    cursor = at + v.length
  }
  fill(cursor, p.length)
  flush()
  for (const s of out) s.tokens.forEach((t, i) => { t.i = i })
  return out
}
