// Input limits: an article over MAX_ARTICLE_CHARS is refused with a typed error (PAYLOAD_TOO_LARGE); a run-on
// "sentence" over MAX_SENTENCE_CHARS is set aside like a headline; bounded per-sentence reading.
import t from 'tap'
import { AppError } from '../../src/errors.ts'
import { MAX_ARTICLE_CHARS, MAX_SENTENCE_CHARS } from '../../src/pipeline/text/limits.ts'
import { MAX_REMARKS_PER_SENTENCE } from '../../src/pipeline/statements/speech.ts'
import { fixture, run } from './fixture.ts'
import { STAGES } from '../../src/pipeline/extract.ts'
import { newDoc } from '../../src/pipeline/doc.ts'

t.test('an article over the size cap is refused with PAYLOAD_TOO_LARGE', async (t) => {
  t.ok(MAX_ARTICLE_CHARS >= 1024 * 1024, 'the cap is at least 1 MB')
  const raw = 'Putin met Obama. '.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / 17))
  try {
    run(raw)
    t.fail('no error')
  } catch (err) {
    t.ok(err instanceof AppError, 'an AppError')
    t.match(err, { code: 'PAYLOAD_TOO_LARGE', status: 413, detail: new RegExp(`at most ${MAX_ARTICLE_CHARS}`) })
  }
})

t.test('a run-on sentence is not prose; the sentences around it are', async (t) => {
  const runOn = 'Putin said '.repeat(Math.ceil(MAX_SENTENCE_CHARS / 11) + 1) + 'nothing.'
  t.ok(runOn.length > MAX_SENTENCE_CHARS)
  const x = run(`${runOn}\n\nLavrov said the talks would continue.`)
  t.same(x.statements.map((s) => [s.speakerId, s.text]), [['sergey-lavrov', 'the talks would continue']])
})

t.test('remarks read from one sentence are bounded', async (t) => {
  const sentence = Array.from({ length: MAX_REMARKS_PER_SENTENCE + 5 }, (_, i) =>
    `Putin said talks ${i} would go on`).join(' and ') + '.'
  t.ok(sentence.length < MAX_SENTENCE_CHARS)
  const doc = newDoc({ id: 't', raw: sentence, published: '2014-03-05' }, fixture())
  for (const stage of STAGES.slice(0, STAGES.findIndex((s) => s.name === 'speech') + 1)) stage.run(doc)
  t.equal(doc.speech.length, MAX_REMARKS_PER_SENTENCE, 'the first remarks of the sentence, up to the bound')
  t.match(doc.speech[0]!.text, /^talks 0 would go on/)
})
