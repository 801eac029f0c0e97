import t from 'tap'
import { buildDataset, stableId } from '../../src/seed/dataset.ts'
import type { SourceArticle } from '../../src/seed/article-source.ts'
import type { ActorRecord, ExtractedEvent, Extraction } from '../../src/pipeline/types.ts'

const actor = (id: string, extra: Partial<ActorRecord> = {}): ActorRecord =>
  ({ id, name: id, kind: 'state', country: null, aliases: [], roles: [], ...extra })
const gazetteer = [
  actor('russia', { aliases: ['Moscow', 'moscow', 'Russia'] }),
  actor('united-states'),
  actor('jane-doe', { kind: 'person', roles: [{ title: 'Envoy', from: '2011-02', to: '2016' }] }),
]
const article = (id: string): SourceArticle => ({
  id,
  fileName: `${id}.txt`,
  title: id,
  outlet: 'O',
  url: null,
  published: '2016-06-05',
  language: 'en',
  raw: 'Raw text of the article.',
  contentHash: 'h',
})
const event = (confidence: number, start = 0): ExtractedEvent => ({
  sourceId: 'united-states', targetId: 'russia', type: 'Reject', cameoCode: '120', cameoRoot: '12', quadClass: 3,
  goldstein: -4,
  date: { start: '2016-05-01', precision: 'month', text: 'last month' }, summary: 'United States rejected Russia',
  confidence,
  evidence: { sentenceIndex: 0, start, end: start + 3, text: 'Raw' },
})
const extraction = (id: string, events: ExtractedEvent[], extra: Partial<Extraction> = {}): Extraction => ({
  articleId: id, published: '2016-06-05', cleaned: 'Raw text of the article.', actors: [], statements: [], events,
  ...extra,
})

t.test('ids are stable hashes of what identifies a record', async (t) => {
  t.equal(stableId('ev', 'a', null, 'x'), stableId('ev', 'a', null, 'x'))
  t.not(stableId('ev', 'a', 'b'), stableId('ev', 'ab', ''), 'parts are separated')
  t.match(stableId('st', 'x'), /^st-[0-9a-f]{16}$/)
})

t.test('an event reported by two articles is one event with two mentions', async (t) => {
  const extractions = new Map([['a', extraction('a', [event(0.6)])], ['b', extraction('b', [event(0.9, 4)])]])
  const ds = buildDataset([article('b'), article('a')], extractions, gazetteer)
  t.equal(ds.events.length, 1)
  t.equal(ds.mentions.length, 2)
  t.same(ds.mentions.map((m) => m.article_id).sort(), ['a', 'b'])
  t.equal(ds.events[0]!.confidence, 0.9, 'the highest confidence reported')
  t.equal(ds.events[0]!.date, '2016-05-01')
  t.equal(ds.events[0]!.date_end, '2016-05-31', 'a month-precision event covers the month')
  t.equal(ds.events[0]!.date_precision, 'month')
})

t.test('the same mention twice in one article is kept once', async (t) => {
  const ds = buildDataset([article('a')], new Map([['a', extraction('a', [event(0.5), event(0.5)])]]), gazetteer)
  t.equal(ds.mentions.length, 1)
})

t.test('actor rows: aliases normalised and de-duplicated, partial role dates bounded', async (t) => {
  const ds = buildDataset([article('a')], new Map([['a', extraction('a', [])]]), gazetteer)
  t.same(ds.aliases.filter((a) => a.actor_id === 'russia').map((a) => a.normalized), ['russia', 'moscow'])
  t.same(ds.roles, [
    {
      actor_id: 'jane-doe', title: 'Envoy', affiliation: null, country: null,
      valid_from: '2011-02-01', valid_to: '2016-12-31',
    },
  ])
})

t.test('an actor discovered in an article is added; the gazetteer wins on the same id', async (t) => {
  const found = {
    id: 'john-roe',
    name: 'John Roe',
    kind: 'person' as const,
    country: 'USA',
    role: 'Envoy',
    discovered: true,
    record: actor('john-roe', { kind: 'person', name: 'John Roe' }),
  }
  const clash = { ...found, id: 'russia', record: actor('russia', { name: 'Not Russia' }) }
  const ds = buildDataset([article('a')], new Map([['a', extraction('a', [], { actors: [found, clash] })]]), gazetteer)
  t.ok(ds.actors.some((a) => a.id === 'john-roe'))
  t.equal(ds.actors.find((a) => a.id === 'russia')!.name, 'russia')
})

t.test('records pointing at unknown actors fail loudly', async (t) => {
  const bad = { ...event(0.5), targetId: 'atlantis' }
  t.throws(() => buildDataset([article('a')], new Map([['a', extraction('a', [bad])]]), gazetteer), /unknown actors: atlantis/)
})

t.test('an article without an extraction fails', async (t) => {
  t.throws(() => buildDataset([article('a')], new Map(), gazetteer), /no extraction for article a/)
})
