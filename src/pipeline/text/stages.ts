// Text stages: clean the page, split it into sentences (with tokens), read the date expressions.
import type { Stage } from '../doc.ts'
import type { SentenceCtx } from '../doc.ts'
import { clean } from './clean.ts'
import { segment, type Sentence } from './segment.ts'
import { checkArticleSize, isRunOn } from './limits.ts'
import { tokenize } from './tokens.ts'
import { datelineLength, findDateline, findDates, publicationDate, type DateMention } from './dates.ts'

export const cleanStage: Stage = {
  name: 'clean',
  reads: ['input'],
  writes: ['cleaned'],
  run(doc) {
    checkArticleSize(doc.input.raw)
    doc.cleaned = clean(doc.input.raw)
  },
}

const sentence = ({ index, start, end, text, paragraph }: Sentence) => ({ index, start, end, text, paragraph })

/** Builds the sentence contexts: tokens, and the skip flag for headlines and other unpunctuated lines. */
function sentencesOf(cleaned: string): SentenceCtx[] {
  const sents = segment(cleaned)
  const perPara = new Map<number, number>()
  for (const s of sents) perPara.set(s.paragraph, (perPara.get(s.paragraph) ?? 0) + 1)
  return sents.map((s) => {
    // a run-on "sentence" is not prose: set aside like a headline, without tokens
    if (isRunOn(s.text)) return { ...sentence(s), tokens: [], mentions: [], skip: true }
    const lone = perPara.get(s.paragraph) === 1
    const skip = lone && !/[.!?]["')\]]*$/.test(s.text.trim())
    const dl = datelineLength(s.text)
    const tokens = tokenize(s.text, s.start).filter((t) => t.start >= s.start + dl)
    return { ...sentence(s), tokens, mentions: [], skip }
  })
}

export const sentencesStage: Stage = {
  name: 'sentences',
  reads: ['cleaned'],
  writes: ['sentences', 'mentions'],
  run(doc) {
    doc.sentences = sentencesOf(doc.cleaned.text)
  },
}

/** The date expressions of a sentence (past reading), in cleaned offsets, outside its dateline. */
function sentenceDates(s: SentenceCtx, published: string): DateMention[] {
  const first = s.tokens[0]?.start ?? s.start
  return findDates(s.text, published, { tense: 'past', occasions: true })
    .map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start }))
    .filter((m) => m.start >= first)
}

export const datesStage: Stage = {
  name: 'dates',
  reads: ['input', 'cleaned', 'sentences'],
  writes: ['dates'],
  run(doc) {
    const { published } = doc.input
    const dl = findDateline(doc.cleaned.text, published)
    doc.dates = {
      fallback: dl?.date ?? publicationDate(published),
      bySentence: doc.sentences.map((s) => (isRunOn(s.text) ? [] : sentenceDates(s, published))),
    }
  },
}
