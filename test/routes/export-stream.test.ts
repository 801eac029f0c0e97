// Exports streamed from PostgreSQL over many batches (two queries at once, each 2,000 rows): complete
// and identical to the JavaScript export's text, events without a target included; a client that goes
// away cancels the queries and frees its heavy-request slot; a database error mid-stream ends the
// response (incomplete) instead of leaving it hanging.
import t, { type Test } from 'tap'
import { get, type IncomingMessage } from 'node:http'
import postgres from 'postgres'
import { seed } from '../../src/seed/seed.ts'
import { csvColumnsOf } from '../../src/lib/export.ts'
import { eventCsv } from '../../src/services/events-service.ts'
import { build, freshDatabase, walk } from '../helper.ts'
import { oldExport } from '../export-oracle.ts'

const EXTRA = 15_000

/** A seeded database with EXTRA more events (copies of a real one on successive days, every 7th without target). */
async function bigDatabase(t: Test) {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  await sql`
    WITH src AS (SELECT * FROM events ORDER BY id LIMIT 1), n AS (SELECT generate_series(1, ${EXTRA}) AS i)
    INSERT INTO events (id, date, date_end, date_precision, date_text, source_actor_id, target_actor_id, event_type,
      cameo_code, cameo_root, quad_class, goldstein, summary, confidence, coder_version)
    SELECT 'ev-bulk-' || lpad(n.i::text, 5, '0'), DATE '2001-01-01' + n.i / 3, DATE '2001-01-01' + n.i / 3, 'day',
      NULL, source_actor_id, CASE WHEN n.i % 7 = 0 THEN NULL ELSE target_actor_id END, event_type, cameo_code,
      cameo_root, quad_class, goldstein, summary || ' #' || n.i, confidence, coder_version
    FROM src, n`
  const [{ total }] = (await sql`SELECT count(*)::int AS total FROM events`) as unknown as [{ total: number }]
  return { url, sql, total }
}

/** GET `path` on a listening app; resolves with the response as soon as its headers are in. */
const request = (base: string, path: string) =>
  new Promise<IncomingMessage>((resolve, reject) => get(`${base}${path}`, resolve).on('error', reject))

/** Queries of the app still running on the database. */
const running = async (sql: postgres.Sql) => (await sql`
  SELECT count(*)::int AS n FROM pg_stat_activity
  WHERE datname = current_database() AND application_name = 'parley-api' AND state = 'active'`)[0]!.n as number

t.test('many batches: complete, in order, the same text as the JavaScript export', async (t) => {
  const { url, total } = await bigDatabase(t)
  const app = await build(t, { DATABASE_URL: url })
  const { items } = await walk<{ id: string; target: unknown }>(app, '/v1/events?limit=500')
  t.equal(items.length, total)
  t.ok(items.some((e) => e.target === null), 'events without a target')
  for (const format of ['ndjson', 'csv', 'excel'] as const) {
    const res = await app.inject(`/v1/events?format=${format}`)
    t.equal(res.body, oldExport(items, format, csvColumnsOf(eventCsv)), `${format}: ${total} rows, the same text`)
  }
  const { items: desc } = await walk<object>(app, '/v1/events?limit=500&sort=-date&root=01,02,03,04,05')
  const res = await app.inject('/v1/events?format=ndjson&sort=-date&root=01,02,03,04,05')
  t.equal(res.body, oldExport(desc, 'ndjson', {}), 'a filter and descending order')
})

t.test('a client going away mid-stream cancels the queries and frees the heavy slot', async (t) => {
  const { url, sql } = await bigDatabase(t)
  const app = await build(t, { DATABASE_URL: url, HEAVY_CONCURRENCY: 1 })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const res = await request(base, '/v1/events?format=ndjson')
  t.equal(res.statusCode, 200)
  await new Promise((resolve) => res.once('data', resolve))
  res.pause()
  for (const format of ['csv', 'excel', 'ndjson']) {
    const busy = await app.inject(`/v1/events?format=${format}`)
    t.equal(busy.statusCode, 503, `${format}: a heavy request, refused while the export streams`)
  }
  res.destroy()
  let left = -1
  for (let i = 0; i < 50 && left !== 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    left = await running(sql)
  }
  t.equal(left, 0, 'no query of the export left running')
  const again = await app.inject('/v1/events?format=csv')
  t.equal(again.statusCode, 200, 'the heavy slot is free again (HEAVY_CONCURRENCY=1)')
})

t.test('a database error mid-stream ends the response, incomplete, without hanging', async (t) => {
  const { url, sql, total } = await bigDatabase(t)
  const app = await build(t, { DATABASE_URL: url })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const res = await request(base, '/v1/events?format=ndjson')
  t.equal(res.statusCode, 200)
  res.pause()
  // the batches asked for from now on fail: the column they read is gone
  await sql`ALTER TABLE events RENAME COLUMN summary TO summary_renamed`
  let bytes = ''
  res.setEncoding('utf8')
  res.on('data', (chunk: string) => { bytes += chunk })
  res.resume()
  const ended = await Promise.race([
    new Promise<string>((resolve) => res.once('close', () => resolve(res.complete ? 'complete' : 'incomplete'))),
    new Promise<string>((resolve) => setTimeout(() => resolve('hung'), 20_000).unref()),
  ])
  t.equal(ended, 'incomplete', 'the response is cut off, and the client can tell')
  const lines = bytes.split('\n').length - 1
  t.ok(lines > 0 && lines < total, `${lines} of ${total} lines came before the error`)
  t.equal(await running(sql), 0, 'no query left running')
  await sql`ALTER TABLE events RENAME COLUMN summary_renamed TO summary`
  t.equal((await app.inject('/health')).statusCode, 200, 'the app still answers')
})
