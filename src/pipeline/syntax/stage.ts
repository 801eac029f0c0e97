// The syntax stage: the wink-nlp layer (tokens, POS, lemmas, chunks, clause frames) over the cleaned text, once per
// article. Later stages map their sentences to it with alignment.ts.
import type { Stage } from '../doc.ts'
import { parseText } from './parse.ts'

export const syntaxStage: Stage = {
  name: 'syntax',
  reads: ['cleaned'],
  writes: ['syntax'],
  run(doc) {
    doc.syntax = parseText(doc.cleaned.text)
  },
}
