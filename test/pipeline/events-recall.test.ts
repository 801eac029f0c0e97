// Recall on unseen wire phrasing: passives, nominalisations, fronted participles and phrases, parentheticals,
// that-complements, infinitive threats, conditional threats in speech, and intent dating.
import t from 'tap'
import { extract } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'
import { formatDate } from '../../src/pipeline/text/dates.ts'

const res = loadResources()
/** "source>target:root@date" keys. */
const keys = (text: string, published: string) =>
  extract({ id: 't', raw: text, published }, res).events.map((e) =>
    `${e.sourceId}>${e.targetId}:${e.cameoRoot}@${formatDate(e.date)}`)
const has = (t: { ok(v: unknown, msg: string): unknown }, text: string, published: string, want: string[]) => {
  const got = keys(text, published)
  for (const w of want) t.ok(got.includes(w), `${w} in ${JSON.stringify(got)}`)
}

t.test('passive and nominal meetings: "talks were held … between A and B"', async (t) => {
  has(t, 'Talks were held in Geneva on Tuesday between Russian Foreign Minister Sergei Lavrov and ' +
    'U.S. Secretary of State John Kerry.', '2014-03-05', ['sergei-lavrov>john-kerry:04@2014-03-04'])
  has(t, 'The meeting between Obama and Medvedev was their last before Putin returns to the Kremlin.', '2012-03-27',
    ['barack-obama>dmitry-medvedev:04@2012-03-27'])
})

t.test('fronted participles and phrases take the main clause subject', async (t) => {
  has(t, 'After meeting Lavrov in Moscow, Kerry said the two sides had narrowed their differences.', '2014-03-05',
    ['john-kerry>sergei-lavrov:04@2014-03-05'])
  has(t, 'Speaking after talks with Lavrov, Kerry told reporters that Washington would not change its plans.',
    '2014-03-05', ['john-kerry>sergei-lavrov:04@2014-03-05'])
  has(t, 'Kerry, speaking after a meeting with Lavrov in London, said no agreement had been reached.', '2014-03-15',
    ['john-kerry>sergei-lavrov:04@2014-03-15'])
  has(t, "During his visit to Warsaw, Biden assured Poland of Washington's commitment to its security.", '2014-03-19',
    ['joe-biden>poland:04@2014-03-19'])
  has(t, 'Tillerson flew to Moscow for talks with Lavrov.', '2017-04-13', ['rex-tillerson>sergei-lavrov:04@2017-04-13'])
  t.notOk(keys('Putin said Moscow remained ready for talks with Washington.', '2018-03-01').some((k) =>
    k.includes(':04@')), '"ready for talks" is no meeting')
})

t.test('a parenthetical between subject and verb', async (t) => {
  const wire = 'WASHINGTON (AP) - The United States and Russia, after months of wrangling, agreed Thursday to resume ' +
    'strategic stability talks in Geneva.'
  has(t, wire, '2021-06-17', ['united-states>russia:03@2021-06-17', 'russia>united-states:03@2021-06-17'])
  has(t, 'The U.S. delegation, led by Marshall Billingslea, met with a Russian team headed by Ryabkov.', '2020-06-23',
    ['united-states>russia:04@2020-06-23'])
})

t.test('intent controls and failures', async (t) => {
  // a schedule or forecast of the journalist is no event; the actor's own announcement is (GUIDELINES 4.1, D4)
  t.same(keys('Lavrov is due to meet Kerry in Geneva on Thursday.', '2014-03-05'), [])
  t.same(keys('Merkel is expected to travel to Moscow next month.', '2015-03-05'), [])
  t.same(keys('The Japanese premier is scheduled to hold talks with Xi in Beijing on Friday.', '2018-03-05'), [])
  has(t, 'Lavrov said on Wednesday he is due to meet Kerry in Geneva.', '2014-03-05',
    ['sergei-lavrov>john-kerry:03@2014-03-05'])
  has(t, 'NATO and Russia have been unable to agree on missile defense cooperation.', '2012-05-03',
    ['nato>russia:12@2012-05-03', 'russia>nato:12@2012-05-03'])
})

t.test('that-complements and agents of object nouns name the target', async (t) => {
  has(t, 'Medvedev proposed that Russia and NATO build a sectoral missile defense.', '2010-11-20',
    ['dmitry-medvedev>nato:03@2010-11-20'])
  has(t, 'Moscow demanded that Washington remove its nuclear weapons from Europe.', '2019-02-01',
    ['russia>united-states:10@2019-02-01'])
  has(t, 'NATO rejected demands by Moscow for a veto over its deployments.', '2014-03-05',
    ['nato>russia:12@2014-03-05'])
  has(t, 'The Kremlin on Monday rejected a call by NATO to withdraw its troops from the border.', '2021-04-14',
    ['russia>nato:12@2021-04-12'])
  has(t, 'A Russian offer to share the Gabala radar was rejected by the Bush administration.', '2007-07-10',
    ['united-states>russia:12@2007-07-10'])
})

t.test('threats: infinitive objects, "aim … at X", conditions, and force in speech', async (t) => {
  has(t, 'Putin threatened to target the United States if it deployed intermediate-range missiles in Europe.',
    '2019-02-20', ['vladimir-putin>united-states:13@2019-02-20'])
  has(t, 'Russia threatened to point missiles at Ukraine if it joined NATO.', '2008-02-12',
    ['russia>ukraine:13@2008-02-12'])
  has(t, 'In November, Medvedev threatened to aim missiles at U.S. missile defense sites in Europe.', '2012-03-01',
    ['dmitry-medvedev>united-states:13@2011-11'])
  has(t, 'Putin warned that Russia would target its missiles at Poland if the shield went ahead.', '2007-06-04',
    ['vladimir-putin>poland:13@2007-06-04'])
  has(t, 'Lavrov said Moscow would respond to any deployment of U.S. missiles in Europe.', '2019-08-05',
    ['sergei-lavrov>united-states:13@2019-08-05'])
  has(t, 'Medvedev said Russia would deploy Iskander missiles in Kaliningrad unless the United States offered ' +
    'guarantees.', '2011-11-23', ['dmitry-medvedev>united-states:13@2011-11-23'])
  has(t, 'Russia would be forced to respond if the United States deploys missiles in Europe, Putin warned.',
    '2019-02-20', ['vladimir-putin>united-states:13@2019-02-20'])
})

t.test('criticism: "as"-phrases and phrasal verbs ending in a preposition', async (t) => {
  has(t, "Lavrov described NATO's expansion as a mistake.", '2010-02-05', ['sergei-lavrov>nato:11@2010-02-05'])
  has(t, 'Zakharova lashed out at Washington, calling the decision destructive.', '2019-02-01',
    ['maria-zakharova>united-states:11@2019-02-01'])
})

t.test('treaty suspensions and calls', async (t) => {
  has(t, 'Putin suspended the New START treaty with the United States.', '2023-02-21',
    ['vladimir-putin>united-states:16@2023-02-21'])
  const inf = 'The United States accused Russia of violating the INF treaty. Putin signed a decree suspending ' +
    "Russia's participation in the treaty. Washington said it regretted the move."
  has(t, inf, '2019-03-04', ['vladimir-putin>united-states:16@2019-03-04'])
  has(t, 'Secretary of State Mike Pompeo spoke with Lavrov by phone on Saturday, the State Department said.',
    '2019-02-04', ['mike-pompeo>sergei-lavrov:04@2019-02-02'])
})

t.test('a future clause never dates a past act; an intent is dated when expressed', async (t) => {
  const got =
    keys('President Vladimir Putin said at the meeting with the U.S. defense secretary in the Kremlin that he will ' +
      'meet with his U.S. counterpart George Bush at a G8 summit in Germany in July.', '2007-04-23')
  t.ok(got.includes('vladimir-putin>george-w-bush:03@2007-04-23'), JSON.stringify(got))
  t.notOk(got.some((k) => k.endsWith('@2006-07')), 'no past July')
  t.notOk(got.some((k) => k.startsWith('vladimir-putin>george-w-bush:04')),
    'the meeting named is with the defense secretary only')
  t.same(keys('In July, Putin will meet Bush in Germany.', '2007-04-23'), [], 'a schedule in narration (D4)')
  t.same(keys('In July, Putin will meet Bush in Germany, the Kremlin said.', '2007-04-23'),
    ['vladimir-putin>george-w-bush:03@2007-04-23'])
  has(t, 'Putin said on Monday he will meet Bush in Germany in July.', '2007-04-25',
    ['vladimir-putin>george-w-bush:03@2007-04-23'])
})
