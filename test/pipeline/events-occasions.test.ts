// Occasions written as nouns with measure phrases ("after a two-hour meeting with X", "after nearly three days of
// talks with X"), the subject of the verb the occasion follows, multi-day occasions dated by their month, and the
// journalist's schedules that are no events (GUIDELINES 4.1, 4.6). Passages written for these tests.
import t from 'tap'
import { extract } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'
import { formatDate } from '../../src/pipeline/text/dates.ts'

const res = loadResources()
const keys = (text: string, published: string) =>
  extract({ id: 't', raw: text, published }, res).events.map((e) =>
    `${e.sourceId}>${e.targetId}:${e.cameoRoot}@${formatDate(e.date)}`)
const has = (t: { ok(v: unknown, msg: string): unknown }, text: string, published: string, want: string[]) => {
  const got = keys(text, published)
  for (const w of want) t.ok(got.includes(w), `${w} in ${JSON.stringify(got)}`)
  return got
}

t.test('measure phrases and hyphenated compounds before an occasion noun', async (t) => {
  has(t, '"We are ready," Merkel said after a two-hour meeting with Hollande.', '2016-03-09',
    ['angela-merkel>francois-hollande:04@2016-03-09'])
  has(t, 'Shinzo Abe told reporters after a brief closed-door meeting with Xi Jinping that ties were improving.',
    '2017-11-11',
    ['shinzo-abe>xi-jinping:04@2017-11-11'])
  has(t, 'Erdogan held face-to-face talks with Putin in Sochi on Friday.', '2021-10-01',
    ['recep-tayyip-erdogan>vladimir-putin:04@2021-10-01'])
})

t.test('several days of talks: the month (GUIDELINES 4.6)', async (t) => {
  has(t, 'Abe said on Tuesday after four days of talks with Chinese Foreign Minister Wang Yi that progress was ' +
    'made.', '2016-03-09', ['shinzo-abe>wang-yi:04@2016-03'])
  has(t, 'Zarif said after nearly two weeks of negotiations with Kerry that a deal was close.', '2015-07-10',
    ['mohammad-javad-zarif>john-kerry:04@2015-07'])
  const one = keys('Merkel said after a one-day visit to Warsaw that the talks went well.', '2016-03-09')
  t.notOk(one.some((k) => k.endsWith('@2016-03')), `a one-day visit keeps its day: ${JSON.stringify(one)}`)
})

t.test('"X and Y agreed …, Z said on Saturday after talks with W": the speaker took part', async (t) => {
  const got = has(t, 'Japan and China agreed to resume the dialogue, Shinzo Abe said on Saturday after talks with ' +
    'Xi Jinping.',
  '2016-03-09', ['shinzo-abe>xi-jinping:04@2016-03-05'])
  t.notOk(got.some((k) => k.startsWith('japan>xi-jinping:04')), 'not the first subject of the sentence')
  has(t, 'The two sides made progress, Kerry said late on Monday after a meeting with Lavrov.', '2016-03-09',
    ['john-kerry>sergei-lavrov:04@2016-03-07'])
})

t.test("the journalist's schedule or forecast is no event; the actor's announcement is (D4)", async (t) => {
  t.same(keys('Merkel is expected to meet Obama next week.', '2016-03-09'), [])
  t.same(keys('Kerry is due to visit Beijing on Friday.', '2016-03-09'), [])
  t.same(keys('Merkel will travel to Washington next month.', '2016-03-09'), [])
  has(t, 'Merkel will travel to Washington next month, the German government said.', '2016-03-09',
    ['angela-merkel>united-states:03@2016-03-09'])
})

t.test('"met with visiting X in Y": the meeting, and X visited Y (GUIDELINES 4.4)', async (t) => {
  has(t, 'Chinese President Xi Jinping met with visiting U.S. Secretary of State John Kerry in Beijing on Tuesday.',
    '2016-03-09', ['xi-jinping>john-kerry:04@2016-03-08', 'john-kerry>china:04@2016-03-08'])
  has(t, 'Russian President Vladimir Putin received visiting Iranian Foreign Minister Mohammad Javad Zarif in ' +
    'Moscow.', '2016-03-09', ['mohammad-javad-zarif>russia:04@2016-03-09'])
  has(t, 'Turkish President Recep Tayyip Erdogan held talks with visiting German Chancellor Angela Merkel in ' +
    'Ankara on Monday.', '2016-02-09', ['recep-tayyip-erdogan>angela-merkel:04@2016-02-08'])
  const got = keys('The visiting delegation met the Chinese president in Beijing.', '2016-03-09')
  t.notOk(got.some((k) => k.includes('>china:04')), `no named visitor, no visit: ${JSON.stringify(got)}`)
})

t.test('"X, on a visit to Y,", "X, upon arrival in Y,": the apposition is the visitor', async (t) => {
  has(t, 'John Kerry, on a two-day visit to Beijing, met Xi Jinping on Tuesday.', '2016-03-09',
    ['john-kerry>china:04@2016-03-09', 'john-kerry>xi-jinping:04@2016-03-08'])
  has(t, 'John Kerry, upon arrival in Beijing on Tuesday, said he was hopeful.', '2016-03-09',
    ['john-kerry>china:04@2016-03-08'])
  has(t, 'Angela Merkel, on her first visit to Moscow in five years, laid a wreath.', '2015-05-10',
    ['angela-merkel>russia:04@2015-05-10'])
})

t.test('"A and B concluded/began/resumed their talks": the subject met', async (t) => {
  has(t, 'Delegations of Iran and Saudi Arabia concluded their talks in Baghdad on Monday.', '2016-03-09',
    ['iran>saudi-arabia:04@2016-03-07'])
  has(t, 'Japan and China began a new round of talks in Tokyo on Tuesday.', '2016-03-09',
    ['japan>china:04@2016-03-08'])
  has(t, 'Armenia and Azerbaijan opened a second round of negotiations in Washington.', '2023-05-02',
    ['armenia>azerbaijan:04@2023-05-02'])
})

t.test("another side's act named in speech is what the speaker talks about, not an act of the day (D3)",
  async (t) => {
    t.same(keys('Lavrov said the U.S. sanctions were illegal.', '2016-03-09')
      .filter((k) => k.startsWith('united-states>')), [])
    t.same(keys("Zakharova said Washington's accusations were absurd.", '2016-03-09')
      .filter((k) => k.startsWith('united-states>')), [])
    t.same(keys("Kerry said Moscow's demands for guarantees were unacceptable.", '2016-03-09')
      .filter((k) => k.startsWith('russia>')), [])
    has(t, 'Kerry said his visit to Beijing was useful.', '2016-03-09', ['john-kerry>china:04@2016-03-09'])
  })

t.test("an own plan announced by the performer's side is an intent; a third party's word on it is not (D4)",
  async (t) => {
    has(t, 'Shinzo Abe confirmed that he will meet Xi Jinping on the sidelines of the G20 summit this week.',
      '2016-03-09', ['shinzo-abe>xi-jinping:03@2016-03-09'])
    has(t, 'Kerry announced on Tuesday that he will visit Beijing next week.', '2016-03-09',
      ['john-kerry>china:03@2016-03-08'])
    has(t, 'The Kremlin confirmed that Putin will meet Erdogan in Sochi.', '2016-03-09',
      ['vladimir-putin>recep-tayyip-erdogan:03@2016-03-09'])
    t.same(keys('Kerry is due to visit Beijing on Friday, Lavrov said.', '2016-03-09'), [])
    t.same(keys('Lavrov said Merkel will travel to Washington next week.', '2016-03-09')
      .filter((k) => k.startsWith('angela-merkel>')), [])
  })

t.test('a standing position in narration, undated, is background (D3); dated or said, an act', async (t) => {
  t.same(keys('Moscow has been strongly opposed to the U.S. plans.', '2016-03-09'), [])
  t.same(keys('Russia has retained its opposition to the deployment of NATO troops in Poland.', '2016-03-09'), [])
  t.same(keys('Beijing opposes the deployment of U.S. missiles in Japan.', '2016-03-09'), [])
  has(t, 'On Tuesday Poland voiced objections to the Russian plan.', '2016-03-09', ['poland>russia:11@2016-03-08'])
  has(t, "China opposes Japan's move, the Chinese foreign ministry spokesman said.", '2016-03-09',
    ['china>japan:11@2016-03-09'])
})

t.test('"an agreement between A and B was signed …"; "inked a deal"; "agreed on <day> to …"', async (t) => {
  has(t, 'An agreement between Iran and the IAEA was signed in Tehran on Sunday.', '2016-03-09',
    ['iran>iaea:05@2016-03-06'])
  has(t, 'The treaty between Russia and China on border issues was signed in Moscow on July 16, 2001.', '2016-03-09',
    ['russia>china:05@2001-07-16'])
  has(t, 'China and Pakistan inked a deal on the economic corridor on Monday.', '2016-03-09',
    ['china>pakistan:05@2016-03-07'])
  has(t, 'Xi Jinping and Vladimir Putin agreed on Friday to expand defence cooperation.', '2016-03-09',
    ['xi-jinping>vladimir-putin:03@2016-03-04'])
  t.same(keys('An agreement was signed on Monday.', '2016-03-09'), [], 'no parties named')
})
