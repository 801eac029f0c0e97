import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import postgres from 'postgres'
import { seed } from '../../src/seed/seed.ts'
import { build, editedArticlesDir, freshDatabase } from '../helper.ts'

interface Change {
  entity: 'event' | 'statement' | 'actor' | 'article'
  id: string
  change: 'created' | 'updated' | 'deleted'
  at: string
}
interface Feed {
  since: string
  until: string
  data: Change[]
  meta: { limit: number; next_cursor: string | null }
  links: { next: string | null }
}

const EPOCH = '1970-01-01T00:00:00Z'
const key = (c: { entity: string; id: string }) => `${c.entity}:${c.id}`

const connect = (t: Test, url: string) => {
  const sql = postgres(url, { max: 2, onnotice: () => {} })
  t.teardown(() => sql.end())
  return sql
}

/** Walks the feed from `since` to its last page; checks every page has the same window. */
async function sync(t: Test, app: FastifyInstance, since: string, extra = '') {
  let next: string | null = `/v1/changes?since=${encodeURIComponent(since)}&limit=100${extra}`
  const data: Change[] = []
  let until: string | null = null
  while (next) {
    const res = await app.inject(next)
    if (res.statusCode !== 200) throw new Error(`${next}: ${res.statusCode} ${res.body}`)
    const feed: Feed = res.json()
    t.equal(feed.since, new Date(since).toISOString())
    until ??= feed.until
    if (feed.until !== until) t.fail('until changed between pages')
    data.push(...feed.data)
    next = feed.links.next
  }
  return { data, until: until! }
}

function inOrder(t: Test, data: Change[]) {
  const sortKey = (c: Change) => [c.at, c.entity, c.id, c.change].join('\u0000')
  t.same(data.map(sortKey), data.map(sortKey).sort(), 'ordered by (at, entity, id)')
}

async function liveRows(sql: postgres.Sql) {
  const rows = await sql`SELECT 'article' AS entity, id FROM articles UNION ALL SELECT 'actor', id FROM actors
                         UNION ALL SELECT 'event', id FROM events UNION ALL SELECT 'statement', id FROM statements`
  return rows.map((r) => key(r as unknown as Change)).sort()
}

t.test('since the epoch, the feed lists every seeded record as created', async (t) => {
  const app = await build(t)
  const sql = connect(t, process.env.DATABASE_URL!)
  const { data, until } = await sync(t, app, EPOCH)
  t.same(data.map(key).sort(), await liveRows(sql), 'every article, actor, event and statement, once')
  t.ok(data.every((c) => c.change === 'created'))
  t.ok(data.every((c) => c.at <= until && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(c.at)))
  t.ok(until <= new Date().toISOString())
  inOrder(t, data)
  const entities = new Set(data.map((c) => c.entity))
  t.same([...entities].sort(), ['actor', 'article', 'event', 'statement'])

  const again = (await app.inject(`/v1/changes?since=${until}`)).json() as Feed
  t.same(again.data, [], "since = the previous response's until: nothing new")
  t.equal(again.meta.next_cursor, null)
  t.ok(again.until >= until)
})

t.test('entity filters the feed; the cursor is bound to since and entity', async (t) => {
  const app = await build(t)
  const sql = connect(t, process.env.DATABASE_URL!)
  const statements = await sync(t, app, EPOCH, '&entity=statement')
  const [{ n }] = (await sql`SELECT count(*)::int AS n FROM statements`) as unknown as [{ n: number }]
  t.equal(statements.data.length, n)
  t.ok(statements.data.every((c) => c.entity === 'statement'))
  const first = (await app.inject(`/v1/changes?since=${EPOCH}&limit=2`)).json() as Feed
  t.ok(first.meta.next_cursor)
  t.match((await app.inject(`/v1/changes?since=${EPOCH}&limit=2`)).headers.link, /rel="next"/)
  for (const other of ['since=2000-01-01T00:00:00Z', `since=${EPOCH}&entity=actor`]) {
    const res = await app.inject(`/v1/changes?${other}&cursor=${first.meta.next_cursor}`)
    t.equal(res.statusCode, 400, other)
    t.equal(res.json().code, 'INVALID_CURSOR')
  }
})

t.test('a bad or missing since is a 400 naming since', async (t) => {
  const app = await build(t)
  const queries = [
    '', 'since=yesterday', 'since=2024-01-01', 'since=2024-01-01T00:00:00',
    'since=2024-02-30T00:00:00Z', 'since=1700000000',
  ]
  for (const query of queries) {
    const res = await app.inject(`/v1/changes?${query}`)
    t.equal(res.statusCode, 400, query || '(none)')
    t.equal(res.json().errors?.[0]?.parameter, 'since', `${query || '(none)'} names since`)
  }
  const offset = await app.inject('/v1/changes?since=2012-06-20T12:00:00.5%2B02:00')
  t.equal(offset.statusCode, 200, 'an offset and fractional seconds are fine')
  t.equal(offset.json().since, '2012-06-20T10:00:00.500Z')
  const cases = [
    [`since=${EPOCH}&entity=mention`, 'entity'], [`since=${EPOCH}&from=2012-01-01`, 'from'],
    [`since=${EPOCH}&limit=0`, 'limit'],
  ] as const
  for (const [query, parameter] of cases) {
    const res = await app.inject(`/v1/changes?${query}`)
    t.equal(res.statusCode, 400, query)
    t.equal(res.json().errors?.[0]?.parameter, parameter)
  }
})

t.test('after a re-seed without one article, the feed shows its deletions and no unchanged rows', async (t) => {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const app = await build(t, { DATABASE_URL: url })
  const sql = connect(t, url)
  const before = await sync(t, app, EPOCH)
  t.ok(before.data.length > 50 && before.data.every((c) => c.change === 'created'))

  const gone = '003-0ceba8022e856230'
  const goneStatements = (await sql`SELECT id FROM statements WHERE article_id = ${gone}`).map((r) => r.id as string)
  const mentions = await sql`SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ${gone}`
  const touchedEvents = new Set(mentions.map((r) => r.event_id as string))
  t.ok(goneStatements.length > 0)

  const dir = editedArticlesDir(t)
  await seed({ url, articlesDir: dir, progress: false })

  const after = await sync(t, app, before.until)
  inOrder(t, after.data)
  const changes = new Map(after.data.map((c) => [key(c), c.change]))
  t.equal(changes.size, after.data.length, 'each record once')
  t.equal(changes.get(`article:${gone}`), 'deleted', 'the removed article')
  t.equal(changes.get('article:004-c6aa0806ec42fcf8'), 'updated', 'the retitled article')
  for (const id of goneStatements) t.equal(changes.get(`statement:${id}`), 'deleted', `its statement ${id}`)
  const stmts = after.data.filter((c) => c.entity === 'statement')
  t.equal(stmts.length, goneStatements.length, 'no other statement: the rest did not change')
  t.notOk(after.data.some((c) => c.entity === 'article' && !['004-c6aa0806ec42fcf8', gone].includes(c.id)),
    'unchanged articles are not listed')
  t.ok(after.data.filter((c) => c.entity === 'event').every((c) => touchedEvents.has(c.id)),
    'only events the article reported')
  t.notOk(after.data.some((c) => c.change === 'created'), 'nothing new')
  t.ok(after.data.length < before.data.length / 2)
  const live = new Set(await liveRows(sql))
  t.ok(after.data.every((c) => (c.change === 'deleted') !== live.has(key(c))),
    'deleted rows are gone, updated ones are there')

  t.same((await sync(t, app, after.until)).data, [], 'caught up')
  await seed({ url, articlesDir: dir, progress: false })
  t.same((await sync(t, app, after.until)).data, [], 're-seeding the same data changes nothing')
})

t.test('until is held back while a write is in flight, so a sync never misses it', async (t) => {
  const url = await freshDatabase(t)
  const app = await build(t, { DATABASE_URL: url })
  const sql = connect(t, url)
  const start = await sync(t, app, EPOCH)
  t.same(start.data, [])

  const writer = await sql.reserve()
  t.teardown(() => writer.release())
  await writer`BEGIN`
  const [{ began }] = (await writer`SELECT now() AS began`) as unknown as [{ began: Date }]
  await writer`INSERT INTO actors (id, name, kind) VALUES ('late-actor', 'Late Actor', 'person')`
  await new Promise((resolve) => setTimeout(resolve, 30))
  const during = await sync(t, app, start.until)
  t.same(during.data, [], 'the uncommitted row is not visible')
  t.ok(during.until < began.toISOString(), 'until stays before the open transaction began')
  await writer`COMMIT`

  const next = await sync(t, app, during.until)
  t.same(next.data.map((c) => [c.entity, c.id, c.change]), [['actor', 'late-actor', 'created']],
    'the row stamped before the last until still arrives')
  t.ok(next.until >= began.toISOString())
})
