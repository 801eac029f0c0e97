// Actor spans: places, venues and affiliations are not actors; common-noun organisations and person
// appositions are (venues.ts, org-mentions.ts, titles.ts). Passages written for these tests.
import t from 'tap'
import type { ActorRecord } from '../../src/pipeline/types.ts'
import { extract } from '../../src/pipeline/extract.ts'
import { ACTORS, fixture, namedActors } from './fixture.ts'
import type { Resources } from '../../src/pipeline/resources/load.ts'

const org = (id: string, name: string, country: string | null, aliases: string[]): ActorRecord =>
  ({ id, name, kind: 'organization', country, aliases, roles: [] })
const EXTRA = [
  org('russian-foreign-ministry', 'Russian Foreign Ministry', 'RUS', ['Russian Ministry of Foreign Affairs']),
  org('nato-russia-council', 'NATO-Russia Council', null, ['Russia-NATO Council']),
  org('osce', 'Organization for Security and Co-operation in Europe', null, ['OSCE']),
  org('russian-state-duma', 'State Duma', 'RUS', ['Duma']),
]
const all = [...ACTORS, ...EXTRA]
const res: Resources = { ...fixture(), actors: all, byId: new Map(all.map((a) => [a.id, a])) }
const actors = (text: string, published = '2014-03-05') => namedActors(text, published, res)
const listed = (text: string, published = '2014-03-05') =>
  extract({ id: 't', raw: text, published }, res).actors.map((a) => a.id).sort()

t.test('states named as places: between two places, a border\'s owner', async (t) => {
  t.same(actors('Lavrov said the exclave, wedged between Poland and Romania, would receive new missiles.'),
    ['sergey-lavrov'])
  t.same(actors('Lavrov said the exercises took place on the European Union\'s eastern borders.'), ['sergey-lavrov'])
})

t.test('organisations named as venues or occasions', async (t) => {
  t.same(actors('Lavrov spoke at a session of the NATO-Russia Council in Brussels.'), ['sergey-lavrov'])
  t.same(actors('Lavrov said the talks would move to the OSCE in Vienna.'), ['sergey-lavrov'])
  t.same(actors('Gates told a Pentagon news conference that the test had failed.', '2010-03-05'), ['robert-gates'])
  t.same(actors('Putin spoke to voters ahead of the Duma elections.'), ['vladimir-putin'])
})

t.test('an organisation inside a title is an affiliation, not an actor', async (t) => {
  t.same(actors('Robert Gates, head of the Pentagon, said the interceptor tests had been a success.', '2010-03-05'),
    ['robert-gates'])
  t.same(actors('Russia\'s envoy to NATO, Sergey Lavrov, said the plan was dangerous.'), ['sergey-lavrov'])
})

t.test('a state hosting a deployment is an actor even after "in"', async (t) => {
  t.same(actors('Obama dropped plans for a radar in Romania.', '2010-03-05'), ['barack-obama', 'romania'])
})

t.test('common-noun organisations: a state\'s ministry, "the foreign ministry" in a Russian context, a delegation',
  async (t) => {
    t.same(actors('Russia\'s foreign ministry said the decision was a mistake.'), ['russian-foreign-ministry'])
    t.same(actors('Russia protested. The foreign ministry said the test violated the treaty.'),
      ['russia', 'russian-foreign-ministry'])
    t.same(actors('Kerry headed the American delegation.'), ['john-kerry', 'united-states'])
  })

t.test('the actor list: participants and the named affiliation of each participating person', async (t) => {
  t.same(listed('Russian Foreign Minister Sergey Lavrov said the plan was dangerous.'), ['russia', 'sergey-lavrov'])
  t.same(listed('Lavrov said the plan was dangerous.'), ['sergey-lavrov'], 'an affiliation never named is not listed')
  t.same(listed('Lavrov said Iran and North Korea were the real threats.'), ['sergey-lavrov'],
    'states named inside a statement only are not actors')
  t.same(listed('Lavrov spoke at a session of the NATO-Russia Council in Brussels. He said talks were ready.'),
    ['sergey-lavrov'], 'a venue is not an actor, nor the state inside its name')
  t.same(listed('Lavrov said Moscow was ready.'), ['russia', 'sergey-lavrov'], 'a capital names the affiliation')
  t.same(listed("Russia's envoy to NATO, Sergey Lavrov, said the plan was dangerous."), ['russia', 'sergey-lavrov'])
  t.same(listed('Lavrov said Kerry had promised nothing.'), ['sergey-lavrov'], 'a person named inside speech only')
})

t.test('the named subject of a narrated clause acts, also without a kept statement or event', async (t) => {
  t.same(listed('Poland hosted a regional forum on Monday.'), ['poland'])
  t.same(listed('Lavrov and Kerry held a long dinner in Geneva.'), ['john-kerry', 'sergey-lavrov'])
  t.same(listed('Lavrov said Poland hosted a regional forum.'), ['sergey-lavrov'], 'not inside reported speech')
  t.same(listed('"Poland hosted a forum," Lavrov said.'), ['sergey-lavrov'], 'not inside a quote')
  t.same(listed('Poland is a member of the alliance.'), [], 'a copula is no act')
  t.same(listed('Poland was visited by thousands of tourists.'), [], 'the subject of a passive does not act')
})

t.test('an unknown person introduced by an apposition after the name', async (t) => {
  const x = extract(
    {
      id: 't', raw: 'Russia granted asylum to Anna Keller, the former bank analyst who leaked the files.',
      published: '2014-03-05',
    }, res)
  const p = x.actors.find((a) => a.id === 'anna-keller')
  t.ok(p?.discovered)
  t.equal(p?.role, 'Former Bank Analyst')
})

t.test('"the ministry" after one of its officials was named', async (t) => {
  const x = extract(
    {
      id: 't', raw: 'Lavrov rejected the claims. The ministry said in a statement that the launchers were defensive.',
      published: '2014-03-05',
    }, res)
  t.same(x.statements.map((s) => s.speakerId), ['russian-foreign-ministry'])
})
