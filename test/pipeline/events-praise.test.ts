// Praise and appreciation (CAMEO 051, GUIDELINES 4.7 and D7): verbs and light-verb phrases of appreciation,
// gratitude and tribute. Passages written for these tests.
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
}

t.test('appreciate, speak highly of, pay tribute to', async (t) => {
  has(t, "Xi Jinping said he appreciates Japan's efforts to improve relations.", '2016-03-09',
    ['xi-jinping>japan:05@2016-03-09'])
  has(t, "Wang Yi spoke highly of Pakistan's role in the region.", '2016-03-09', ['wang-yi>pakistan:05@2016-03-09'])
  has(t, "Angela Merkel paid tribute to France's leadership in the crisis.", '2016-03-09',
    ['angela-merkel>france:05@2016-03-09'])
})

t.test('expressed appreciation / gratitude / thanks', async (t) => {
  has(t, "John Kerry expressed appreciation for Japan's support.", '2016-03-09', ['john-kerry>japan:05@2016-03-09'])
  has(t, 'Shinzo Abe expressed gratitude to India for its help.', '2016-03-09', ['shinzo-abe>india:05@2016-03-09'])
  has(t, 'The Turkish president expressed thanks to Azerbaijan for its solidarity on Monday.', '2023-02-15',
    ['recep-tayyip-erdogan>azerbaijan:05@2023-02-13'])
})

t.test('no praise when negated', async (t) => {
  const got = keys("Lavrov said Moscow did not appreciate Washington's tone.", '2016-03-09')
  t.notOk(got.some((k) => k.includes(':05@')), JSON.stringify(got))
})

t.test('protest phrases (114), cutting relations (16), consensus (03), voiced support (05)', async (t) => {
  has(t, 'The Chinese foreign ministry lodged solemn representations with the United States on Monday.',
    '2016-03-09', ['foreign-affairs-ministry-china>united-states:11@2016-03-07'])
  has(t, 'Japan filed a diplomatic protest with China over the incursion.', '2016-03-09',
    ['japan>china:11@2016-03-09'])
  has(t, 'Saudi Arabia cut diplomatic relations with Iran on Sunday.', '2016-03-09',
    ['saudi-arabia>iran:16@2016-03-06'])
  has(t, 'Wang Yi reached a consensus with Sergei Lavrov on five points.', '2016-03-09',
    ['wang-yi>sergei-lavrov:03@2016-03-09'])
  has(t, "Germany voiced support for Ukraine's bid on Monday.", '2016-03-09', ['germany>ukraine:05@2016-03-07'])
})
