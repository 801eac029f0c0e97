import t from 'tap'
import { run } from './fixture.ts'
import { formatDate } from '../../src/pipeline/text/dates.ts'

const stmts = (text: string, published = '2014-03-05') =>
  run(text, published).statements.map((s) =>
    ({ speaker: s.speakerId, text: s.text, direct: s.direct, date: formatDate(s.date) }))

t.test('direct quote, attribution after', async (t) => {
  const s = stmts('"We will not accept a missile shield on our borders," Lavrov said.')
  t.same(s, [{
    speaker: 'sergey-lavrov', text: 'We will not accept a missile shield on our borders', direct: true,
    date: '2014-03-05',
  }])
})

t.test('inverted attribution: said X', async (t) => {
  const s = stmts('"The talks were useful and open," said Kerry.')
  t.equal(s[0]?.speaker, 'john-kerry')
  t.equal(s[0]?.direct, true)
})

t.test('direct quote, attribution first', async (t) => {
  const s = stmts('Lavrov said: "We are ready to resume the talks at any moment."')
  t.equal(s.length, 1)
  t.equal(s[0]?.speaker, 'sergey-lavrov')
  t.match(s[0]?.text, /^We are ready to resume the talks at any moment/)
})

t.test('quote split by its attribution is one statement', async (t) => {
  const s = stmts('"The door remains open," Kerry said. "But Moscow has to take the first step."')
  t.equal(s.length, 1)
  t.equal(s[0]?.text, 'The door remains open. But Moscow has to take the first step.')
})

t.test('multi-sentence quote', async (t) => {
  const s = stmts('"We have tried everything. Nothing has worked. Now it is their turn," Lavrov told reporters.')
  t.equal(s.length, 1)
  t.equal(s[0]?.text, 'We have tried everything. Nothing has worked. Now it is their turn')
})

t.test('curly quotes in the raw text; evidence is the raw slice', async (t) => {
  const raw = 'Intro line for the story.\n\n“We will respond to any threat,” Lavrov said on Monday.'
  const x = run(raw)
  t.equal(x.statements.length, 1)
  const ev = x.statements[0]!.evidence
  t.equal(ev.text, raw.slice(ev.start, ev.end))
  t.match(ev.text, /^“We will respond/)
  t.equal(formatDate(x.statements[0]!.date), '2014-03-03', '"on Monday" before a Wednesday publication')
})

t.test('pronoun attribution resolves to the last compatible speaker', async (t) => {
  const s = stmts('Clinton met Lavrov in Geneva on Friday. "It was a frank conversation," she said.', '2010-03-08')
  t.equal(s[0]?.speaker, 'hillary-clinton')
  const h = stmts('Kerry met Lavrov in Geneva. "It was a frank conversation," he said.')
  t.equal(h[0]?.speaker, 'john-kerry', 'he → the subject of the previous sentence')
})

t.test('indirect: X said (that) …', async (t) => {
  t.same(stmts('Lavrov said that Moscow would respond to the deployment.').map((s) => s.text),
    ['Moscow would respond to the deployment'])
  t.same(stmts('Lavrov said Moscow would respond to the deployment.').map((s) => s.text),
    ['Moscow would respond to the deployment'])
})

t.test('indirect: …, X said.', async (t) => {
  const s = stmts('The talks in Geneva ended without any agreement, Kerry said.')
  t.same(s.map((x) => [x.speaker, x.text]), [['john-kerry', 'The talks in Geneva ended without any agreement']])
})

t.test('indirect: according to X', async (t) => {
  t.same(stmts('According to Lavrov, the shield undermines strategic stability.').map((s) => s.text),
    ['the shield undermines strategic stability'])
  t.same(stmts('The shield undermines strategic stability, according to Lavrov.').map((s) => s.speaker),
    ['sergey-lavrov'])
})

t.test('indirect: X told journalists that …', async (t) => {
  const s = stmts('Kerry told journalists in Brussels that the alliance would not change its plans.')
  t.same(s.map((x) => x.text), ['the alliance would not change its plans'])
})

t.test('indirect speech verbs', async (t) => {
  for (const v of ['warned', 'confirmed', 'insisted', 'assured', 'emphasized', 'claimed', 'stressed', 'noted', 'added',
    'stated']) {
    const s = stmts(`Lavrov ${v} that Moscow would not accept the new treaty terms.`)
    t.same(s.map((x) => [x.speaker, x.text]), [['sergey-lavrov', 'Moscow would not accept the new treaty terms']], v)
  }
  t.same(stmts('Moscow would not accept the new terms, Lavrov stressed.').map((x) => x.speaker), ['sergey-lavrov'],
    '…, X stressed.')
})

t.test('participle: X responded, saying that …', async (t) => {
  const s = stmts('Asked about the talks, Kerry responded briefly, saying that he saw no progress.')
  t.same(s.map((x) => [x.speaker, x.text]), [['john-kerry', 'he saw no progress']])
})

t.test('X was quoted as saying …', async (t) => {
  const s = stmts('Lavrov was quoted as saying that the shield was aimed at Russia.')
  t.same(s.map((x) => [x.speaker, x.text]), [['sergey-lavrov', 'the shield was aimed at Russia']])
  const prev = stmts('Washington has ignored every Russian proposal. Lavrov was quoted as saying on Tuesday.')
  t.same(prev.map((x) => [x.speaker, x.text, x.date]),
    [['sergey-lavrov', 'Washington has ignored every Russian proposal', '2014-03-04']],
    'content is the previous sentence')
})

t.test('passive: this was confirmed by X', async (t) => {
  const s = stmts('The consultations have been suspended. This was confirmed by Lavrov.')
  t.same(s.map((x) => [x.speaker, x.text]), [['sergey-lavrov', 'The consultations have been suspended']])
})

t.test('X dismissed Y as Z → "Y is/are Z"', async (t) => {
  t.same(stmts('Kerry dismissed the accusations as "pure propaganda".').map((x) => x.text),
    ['the accusations are pure propaganda'])
  t.same(stmts('Lavrov called the plan "a provocation".').map((x) => x.text), ['the plan is a provocation'])
})

t.test('compound speakers give one statement, the first-named speaker\'s (guideline 3.4)', async (t) => {
  const s = stmts('Russia and China insist that the shield threatens global stability.')
  t.same(s.map((x) => x.speaker), ['russia'])
})

t.test('scare quotes inside a clause are not direct statements', async (t) => {
  const s = stmts('Lavrov said the talks were "useful" but incomplete.')
  t.equal(s.length, 1)
  t.equal(s[0]?.direct, false)
})

t.test('no statement without a resolvable speaker, nor from media outlets', async (t) => {
  t.same(stmts('Officials said the meeting was postponed.'), [])
  t.same(stmts('The meeting was postponed, TASS reported.'), [])
})

t.test('remarks from one occasion share its date', async (t) => {
  const s = stmts('Kerry said the talks had stalled. "We need a new approach," Kerry told reporters on Monday.')
  t.same(s.map((x) => x.date), ['2014-03-03', '2014-03-03'])
})

t.test('British single quotes and an addressee before the colon', async (t) => {
  t.same(stmts("Mr. Lavrov told the BBC: 'We will never accept this.'").map((x) => [x.speaker, x.text, x.direct]),
    [['sergey-lavrov', 'We will never accept this.', true]])
  t.same(stmts("'The door is open,' Kerry said. 'But Moscow must act first.'").map((x) => x.text),
    ['The door is open. But Moscow must act first.'])
  t.same(stmts("The Russians' position has not changed, Lavrov said.").map((x) => x.direct), [false],
    'a possessive apostrophe is not a quote')
})

t.test('apposition between subject and verb', async (t) => {
  const found = stmts("Russia's foreign minister, Sergey Lavrov, said on Tuesday that the expansion threatened Moscow.")
  t.same(found.map((x) => [x.speaker, x.date]), [['sergey-lavrov', '2014-03-04']])
})

t.test('"they said" takes the previous sentence\'s plural subject', async (t) => {
  t.same(stmts('Russia and China met in Beijing on Monday. They said the shield was destabilizing.').map((x) =>
    x.speaker), ['russia'])
  t.same(stmts('Russian officials were unhappy. They said the shield was destabilizing.').map((x) => x.speaker),
    ['russia'])
  t.same(stmts('The missiles were moved. They said nothing.'), [])
})
