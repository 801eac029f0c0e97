// Exports stream every matching row with no cap: a database with far more events than a page
// (and than the export's internal batch of 500) comes out whole, in order, without duplicates.
import t from 'tap'
import postgres from 'postgres'
import { seed } from '../../src/seed/seed.ts'
import { build, freshDatabase, parseCsv, walk } from '../helper.ts'

const EXTRA = 1234

t.test('CSV and NDJSON exports of 1,200+ events are complete and match the paginated list', async (t) => {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  // copies of a real event on successive days, with their own ids and a mention each
  await sql`
    WITH src AS (SELECT * FROM events ORDER BY id LIMIT 1), n AS (SELECT generate_series(1, ${EXTRA}) AS i)
    INSERT INTO events (id, date, date_end, date_precision, date_text, source_actor_id, target_actor_id, event_type,
      cameo_code, cameo_root, quad_class, goldstein, summary, confidence, coder_version)
    SELECT 'ev-bulk-' || lpad(n.i::text, 5, '0'), DATE '2001-01-01' + n.i, DATE '2001-01-01' + n.i, 'day', NULL,
      source_actor_id, target_actor_id, event_type, cameo_code, cameo_root, quad_class, goldstein, summary, confidence,
      coder_version
    FROM src, n`
  const [{ total }] = (await sql`SELECT count(*)::int AS total FROM events`) as unknown as [{ total: number }]
  t.ok(total > EXTRA)

  const app = await build(t, { DATABASE_URL: url })
  const paged = (await walk<{ id: string }>(app, '/v1/events?limit=500')).items.map((e) => e.id)
  t.equal(paged.length, total, 'pagination walks every row')

  const ndjson = await app.inject('/v1/events?format=ndjson')
  t.equal(ndjson.statusCode, 200)
  t.match(ndjson.headers['content-type'], /^application\/x-ndjson/)
  const lines = ndjson.body.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string })
  t.equal(lines.length, total, 'NDJSON: one line per event, no cap')
  t.same(lines.map((e) => e.id), paged, 'NDJSON: same rows, same order')

  const csv = await app.inject({ url: '/v1/events', headers: { accept: 'text/csv' } })
  t.match(csv.headers['content-type'], /^text\/csv/)
  const [header, ...rows] = parseCsv(csv.body)
  t.equal(header?.[0], 'id')
  t.equal(rows.length, total, 'CSV: one row per event, no cap')
  t.equal(new Set(rows.map((r) => r[0])).size, total, 'CSV: no duplicates')

  const gz = await app.inject({ url: '/v1/events?format=csv', headers: { 'accept-encoding': 'gzip' } })
  t.equal(gz.headers['content-encoding'], 'gzip', 'the stream is compressed on the fly')
})
