// Attribution patterns of statements (speakerOf, quotes.ts, statements.ts): passages written for these tests.
import t from 'tap'
import { run } from './fixture.ts'
import { formatDate } from '../../src/pipeline/text/dates.ts'

const stmts = (text: string, published = '2014-03-05') =>
  run(text, published).statements.map((s) =>
    ({ speaker: s.speakerId, text: s.text, direct: s.direct, date: formatDate(s.date) }))

t.test('a description headed by an organisation\'s post: "the alliance chief said"', async (t) => {
  const s = stmts(
    'NATO Secretary General Jens Stoltenberg opened the meeting in Brussels. The alliance chief said members would ' +
    'raise spending on air defence.', '2019-05-07')
  t.same(s.map((x) => [x.speaker, x.text]), [['jens-stoltenberg', 'members would raise spending on air defence']])
})

t.test('a phrase between the speaker and the verb', async (t) => {
  const s = stmts('Lavrov, speaking after talks with his Chinese counterpart, insisted that sanctions would not work.')
  t.same(s.map((x) => [x.speaker, x.text]), [['sergey-lavrov', 'sanctions would not work']])
  const g = stmts('Robert Gates, head of the Pentagon, said the interceptor tests had been a success.', '2010-03-05')
  t.same(g.map((x) => x.speaker), ['robert-gates'])
})

t.test('an attribution inside the sentence: "The first step, he added, would be …"', async (t) => {
  const s = stmts('Lavrov spoke for an hour. The first step, he added, would be a freeze on new deployments.')
  t.same(s.map((x) => [x.speaker, x.text]), [['sergey-lavrov', 'The first step would be a freeze on new deployments']])
})

t.test('a fronted clause before the quote: the quote alone is the statement', async (t) => {
  const s = stmts('If the talks collapse, "we will have to take measures of our own," Lavrov said.')
  t.same(s, [{
    speaker: 'sergey-lavrov', text: 'we will have to take measures of our own', direct: true,
    date: '2014-03-05',
  }])
})

t.test('a quote split mid-sentence by its attribution is one statement', async (t) => {
  const s = stmts('"Moscow has not kept its word," Kerry said, "on any of the key points."')
  t.equal(s.length, 1)
  t.match(s[0]!.text, /^Moscow has not kept its word on any of the key points/)
})

t.test('a titled speaker after the quote ("NATO Secretary-General X told", "State Department spokesman X said")',
  async (t) => {
    const s = stmts('"The door stays open," NATO Secretary-General Jens Stoltenberg told reporters.', '2019-05-07')
    t.same(s.map((x) => x.speaker), ['jens-stoltenberg'])
    const k = stmts('"We were not consulted on the timing," State Department spokesman John Kirby said.', '2014-03-05')
    t.same(k.map((x) => x.speaker), ['john-kirby'], 'a capitalised "State" opens the title, it is not the verb')
  })

t.test('coordinated speech verbs share the main subject', async (t) => {
  const s = stmts('Lavrov insisted Russia wanted no confrontation and said Moscow remained open to dialogue.')
  t.same(s.map((x) => [x.speaker, x.text]),
    [['sergey-lavrov', 'Russia wanted no confrontation'], ['sergey-lavrov', 'Moscow remained open to dialogue']])
  const p = stmts('Lavrov welcomed the proposal, calling it a "useful basis" and saying Moscow would study it closely.')
  t.same(p.map((x) => x.text), ['it is a useful basis', 'Moscow would study it closely'])
})

t.test('no statement from an infinitive or a modal speech verb', async (t) => {
  // D15: "urged X to V" is a statement (its complement); "declare" inside the infinitive is none
  t.same(stmts('Lavrov urged Washington to halt the tests and declare a freeze on new launchers.')
    .map((x) => `${x.speaker}: ${x.text}`), ['sergey-lavrov: to halt the tests'])
  const s = stmts('Lavrov said the ministry would respond "in due course and in kind".')
  t.same(s.map((x) => x.speaker), ['sergey-lavrov'])
})

t.test('described … as, cautioned that; quotation marks leave paraphrases', async (t) => {
  const s = stmts(
    'Lavrov described the meeting as "a useful exchange" but cautioned that Moscow would not make concessions.')
  t.same(s.map((x) => x.text), ['the meeting is a useful exchange', 'Moscow would not make concessions'])
  const q = stmts('Kerry said the offer was "serious," at least on paper.')
  t.same(q.map((x) => x.text), ['the offer was serious, at least on paper'])
})

t.test('organisations as speakers: "NATO allies said in a statement"', async (t) => {
  const s = stmts('NATO allies said in a statement that the launch was a deliberate provocation.')
  t.same(s.map((x) => x.speaker), ['nato'])
})

t.test('a one-word head before a mid-sentence attribution; "quoted by" between speaker and verb; no false inversion',
  async (t) => {
    t.same(stmts('Moscow, he said, would not leave the move unanswered.\n\nLater text.').map((x) => x.text), [])
    t.same(stmts('Lavrov spoke briefly. Moscow, he said, would not leave the move unanswered.').map((x) =>
      [x.speaker, x.text]), [['sergey-lavrov', 'Moscow would not leave the move unanswered']])
    const q = stmts('Lavrov, quoted by TASS, said President Vladimir Putin had been informed about the launch.')
    t.same(q.map((x) => x.speaker), ['sergey-lavrov'])
  })

t.test('"a senior U.S. official" is not the president named before', async (t) => {
  const s = stmts(
    'Obama met Putin in Geneva. A senior U.S. official said talks on strategic stability would begin within weeks.',
    '2010-03-05')
  t.notOk(s.some((x) => x.speaker === 'barack-obama'))
})
