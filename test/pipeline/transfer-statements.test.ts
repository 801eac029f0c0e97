// Attribution, quote pairing, speaker resolution and dates that failed to transfer to unseen text.
// Passages written for these tests.
import t from 'tap'
import { run, eventKeys } from './fixture.ts'
import { formatDate } from '../../src/pipeline/text/dates.ts'
import { extract } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'

const said = (text: string, published = '2014-03-05') =>
  run(text, published).statements.map((s) => `${s.speakerId}${s.direct ? ' D' : ''}: ${s.text}`)
const dated = (text: string, published: string) =>
  run(text, published).statements.map((s) => `${s.speakerId}@${formatDate(s.date)}`)

t.test('a quoted fragment closing before the attribution comma', async (t) => {
  t.same(said('The accord, drafted in 1991, was built "for another era, with other threats," Lavrov said.'),
    ['sergey-lavrov: The accord, drafted in 1991, was built for another era, with other threats'])
  t.same(said(
    'Moscow would answer "any new deployment," Lavrov said, and would also "take steps to protect its borders."'),
  ['sergey-lavrov: Moscow would answer any new deployment and would also take steps to protect its borders'])
})

t.test('"made clear" with or without "it"; without "that" the content must be a clause', async (t) => {
  t.same(said('But Kerry made clear the new sanctions were not a reward for Moscow.'),
    ['john-kerry: the new sanctions were not a reward for Moscow'])
  t.same(said('Kerry made clear his displeasure with the plan.'), [])
})

t.test('a time phrase between the speech verb and its content or its comma', async (t) => {
  t.same(said('Lavrov said on Friday he doubted the plan would work.'),
    ['sergey-lavrov: he doubted the plan would work'])
  t.same(dated('Moscow will respond to any deployment in Romania, Lavrov warned Friday, as the talks ended.',
    '2014-03-05'), ['sergey-lavrov@2014-02-28'])
})

t.test('"…," X said, adding: "…" is one direct statement', async (t) => {
  t.same(said('"The door is still open," Kerry said, adding: "Moscow has to walk through it."'),
    ['john-kerry D: The door is still open. Moscow has to walk through it.'])
})

t.test('"called Y Z": the head noun decides is/are; "it" takes its noun phrase', async (t) => {
  t.same(said('Lavrov called the US proposal "a dead end."'), ['sergey-lavrov: the US proposal is a dead end'])
  t.same(said('When the deployment was announced, Lavrov called it a grave error.'),
    ['sergey-lavrov: the deployment is a grave error'])
})

t.test('setting and timing of the attribution are cut from the content', async (t) => {
  t.same(said('Putin said the treaty was dead, in a televised address to the nation.'),
    ['vladimir-putin: the treaty was dead'])
  t.same(said('Russia said it would leave the treaty, a day after Washington announced new tests.'),
    ['russia: it would leave the treaty'])
})

t.test('speakers: "the allies" once NATO is named; a place after an unnamed speaker; no self-reference from a quote',
  async (t) => {
    t.same(said(
      'NATO leaders met in Vilnius on Tuesday. The 31 allies said Russia posed the gravest threat to their security.'),
    ['nato: Russia posed the gravest threat to their security'])
    t.same(said('Experts in Warsaw said the radar would never work.'), [])
    t.same(said('Kerry accused Lavrov of stalling.\n\n"Lavrov knows the answer to that," he said.'),
      ['john-kerry: accused Lavrov of stalling', 'john-kerry D: Lavrov knows the answer to that'])
  })

t.test('an apposition naming an office of an unnamed ministry introduces a person', async (t) => {
  const x = run(
    'Anna Kowalska, a spokeswoman for the Polish foreign ministry, told reporters that Warsaw would not change its ' +
    'plans.')
  t.same(x.statements.map((s) => s.speakerId), ['anna-kowalska'])
  t.equal(x.actors.find((a) => a.id === 'anna-kowalska')?.country, 'POL')
})

t.test('"the ministry" after the ministry itself was named', async (t) => {
  const raw = 'A statement from the Russian Foreign Ministry said the move was unhelpful.\n\n' +
    '"We regret this step by our partners," the ministry said.'
  const x = extract({ id: 't', raw, published: '2016-05-12' }, loadResources())
  t.same(x.statements.map((s) => `${s.speakerId}${s.direct ? ' D' : ''}`),
    ['russian-foreign-ministry', 'russian-foreign-ministry D'])
})

t.test('a named occasion dates the remarks made at it', async (t) => {
  t.same(dated(
    'Medvedev spoke to reporters after the G20 summit in Seoul.\n\nHe said the talks had been useful and frank.',
    '2010-11-14'), ['dmitry-medvedev@2010-11-12'])
})

t.test('undated acts: the lead\'s occasion for its participants; "today" in speech is the day of the remark',
  async (t) => {
    const k = eventKeys(
      'Russia and the United States agreed on Friday to resume talks on missile defence.\n\nKerry hosted Lavrov at ' +
      'the State Department.', '2014-03-08')
    t.ok(k.some((x) => /^john-kerry>sergey-lavrov:04\d*@2014-03-07$/.test(x)), k.join(' '))
    const q = eventKeys('Putin spoke on Tuesday. "Today we halt all cooperation with NATO," Putin said.', '2014-03-06')
    t.ok(q.length > 0 && q.every((x) => x.endsWith('@2014-03-04')), q.join(' '))
  })
