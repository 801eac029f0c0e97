// The syntax stage writes the wink layer over the cleaned text, and alignment.ts maps the segmenter's sentences
// (doc `sentences`) to the syntax sentences, clauses and tokens that overlap them.
import t from 'tap'
import { fixture } from '../fixture.ts'
import { STAGES } from '../../../src/pipeline/extract.ts'
import { newDoc } from '../../../src/pipeline/doc.ts'
import { parseText, syntaxClauses, syntaxSentences, syntaxTokenAt } from '../../../src/pipeline/syntax/index.ts'

const TEXT = 'Lavrov met Kerry in Geneva on Monday. The two ministers agreed to hold talks, ' +
  'and Kerry said the plan would work.\n\nNATO warned Moscow.'

t.test('the sentences, clauses and tokens overlapping a range', async (t) => {
  const parsed = parseText(TEXT)
  const second = TEXT.indexOf('The two')
  const secondEnd = TEXT.indexOf('work.') + 5
  const ss = syntaxSentences(parsed, { start: second, end: secondEnd })
  t.same(ss.map((s) => s.text), [TEXT.slice(second, secondEnd)], 'one syntax sentence for the second sentence')
  const heads = syntaxClauses(parsed, { start: second, end: secondEnd })
    .map(({ sentence, clause }) => sentence.tokens[clause.head]!.text)
  t.same(heads, ['agreed', 'hold', 'said', 'work'], 'its clauses, in text order')
  const all = syntaxSentences(parsed, { start: 0, end: TEXT.length })
  t.equal(all.length, 3, 'the whole text overlaps the three sentences')
  t.same(syntaxSentences(parsed, { start: TEXT.length, end: TEXT.length + 5 }), [], 'nothing after the text')
  const at = syntaxTokenAt(parsed, TEXT.indexOf('Kerry') + 2)
  t.equal(at?.token.text, 'Kerry', 'the token covering an offset')
  t.equal(at?.sentence.index, 0, 'with its sentence')
  t.equal(syntaxTokenAt(parsed, TEXT.indexOf(' in ')), null, 'no token on a space')
})

t.test('the syntax stage parses the cleaned text of an article', async (t) => {
  const doc = newDoc({ id: 'a', raw: TEXT, published: '2014-03-05' }, fixture())
  for (const stage of STAGES.slice(0, STAGES.findIndex((x) => x.name === 'syntax') + 1)) stage.run(doc)
  t.ok(doc.syntax.sentences.length >= 3, 'the doc carries the syntax layer')
  for (const s of doc.sentences) {
    const over = syntaxSentences(doc.syntax, s)
    t.ok(over.length >= 1, `segmenter sentence ${s.index} maps to a syntax sentence`)
    t.ok(over.every((x) => x.start < s.end && x.end > s.start), 'each overlaps it')
  }
})
