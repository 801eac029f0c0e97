// General patterns of news English added for unseen articles (short passages written for these tests).
import t from 'tap'
import { eventKeys } from './fixture.ts'

const has = (t: { ok: (v: unknown, m: string) => unknown }, text: string, keys: string[], published?: string) => {
  const got = eventKeys(text, published)
  for (const k of keys) t.ok(got.includes(k), `${k} in ${JSON.stringify(got)}`)
  return got
}

t.test('progressive verbs; suspending participation in a treaty goes to the treaty partner', async (t) => {
  const got =
    has(t, 'The United States and Russia signed the Open Skies Treaty in 1992. Washington has complied with it. ' +
      'Russia is suspending its participation in the treaty, Lavrov said on ' +
      'Monday.', ['russia>united-states:160@2014-03-03'])
  t.notOk(got.some((k) => k.startsWith('russia>sergey-lavrov')), 'a trailing attribution is not a coordinated object')
})

t.test('"the decision"/"the move" → who made it; regret = disapprove', async (t) => {
  has(t, 'Russia is quitting the arms treaty with the United States. Kerry called the decision deeply ' +
    'irresponsible. Stoltenberg said he regretted the move.', [
    'john-kerry>russia:111@2015-03-05', 'jens-stoltenberg>russia:110@2015-03-05',
  ], '2015-03-05')
})

t.test('call off / cancel talks = reject a proposal to meet (125); no partner named → the other side', async (t) => {
  t.same(eventKeys('Moscow called off the talks with Washington.'), ['russia>united-states:125@2014-03-05'])
  has(t, 'Washington and Moscow disagree on the shield. Washington wants new talks. Moscow cancelled the talks.',
    ['russia>united-states:125@2014-03-05'])
})

t.test('encourage X to reconsider (0242); play down (120)', async (t) => {
  t.same(eventKeys('Kerry encouraged Moscow to reconsider the plan.'), ['john-kerry>russia:0242@2014-03-05'])
  t.same(eventKeys('Kerry played down the Russian announcement.'), ['john-kerry>russia:120@2014-03-05'])
})

t.test("criticism in speech: the owner of \"X's decision\"; a threat posed by a deployment", async (t) => {
  has(t, 'Obama said Medvedev\'s decision was "a serious mistake".', ['barack-obama>dmitry-medvedev:111@2010-05-05'],
    '2010-05-05')
  has(t, 'NATO deployed missiles in Poland. Lavrov said the deployment would pose a serious threat to Russian ' +
    'security.', ['sergey-lavrov>nato:111@2014-03-05'])
  const keys = eventKeys('NATO deployed missiles in Poland. ' +
    'Lavrov said the deployment did not pose a threat to Russia.')
  t.notOk(keys.some((k) => k.includes(':111')), 'negated')
})

t.test('a promised "military response" to X is a threat of force (138)', async (t) => {
  has(t, 'Lavrov said Russia would prepare a military response to the NATO deployment.',
    ['sergey-lavrov>nato:138@2014-03-05'])
})

t.test('apposition subjects', async (t) => {
  has(t, 'Hillary Clinton, the secretary who led the delegation, criticized Putin\'s remarks.',
    ['hillary-clinton>vladimir-putin:111@2010-05-05'], '2010-05-05')
})

t.test('a nominal act in a prepositional phrase takes the clause subject; "Sept." does not end the clause',
  async (t) => {
    has(t, 'Putin and Obama agreed on the deal in a phone call on Sept. 3.',
      ['vladimir-putin>barack-obama:041@2013-09-03', 'barack-obama>vladimir-putin:041@2013-09-03'])
  })

t.test('conditional intents are not acts; contact clauses name the object', async (t) => {
  t.same(eventKeys('Washington would withdraw from the treaty unless Moscow complied.'), [])
  has(t, 'Kerry praised the accord Obama and Medvedev signed in Prague in April 2010.',
    ['barack-obama>dmitry-medvedev:057@2010-04', 'dmitry-medvedev>barack-obama:057@2010-04'])
})

t.test('possessive owners across hyphenated modifiers', async (t) => {
  has(t, "Kerry condemned Russia's large-scale invasion of Ukraine.", ['russia>ukraine:190@2014-03-05'])
})
