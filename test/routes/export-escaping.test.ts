// Exports written by PostgreSQL escape what CSV, Excel and JSON need escaped exactly as the JavaScript
// export did (csv-stringify, JSON.stringify): commas, quotes, line breaks, a formula-looking start,
// control characters and non-Latin text in a summary, compared byte for byte with the oracle.
import t from 'tap'
import postgres from 'postgres'
import { build, freshDatabase, walk } from '../helper.ts'
import { csvColumnsOf } from '../../src/lib/export.ts'
import { oldExport } from '../export-oracle.ts'
import { eventCsv } from '../../src/services/events-service.ts'
import { seed } from '../../src/seed/seed.ts'

const SUMMARIES = [
  'Talks, "frank" and long\nthen a second line\r\nand a third',
  '=HYPERLINK("http://example.org") and a tab\tinside',
  '+7 and -3 @ noon',
  'Переговоры в Москве — 会谈 \u0001 control',
  'a backslash \\ and a slash / and an emoji 🕊',
]

t.test('exports escape commas, quotes, line breaks, formulas and control characters as before', async (t) => {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const app = await build(t, { DATABASE_URL: url })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  const rows = await sql<{ id: string }[]>`SELECT id FROM events ORDER BY id LIMIT ${SUMMARIES.length}`
  const ids = rows.map((r) => r.id)
  t.equal(ids.length, SUMMARIES.length, 'seeded events to rewrite')
  for (const [i, id] of ids.entries()) await sql`UPDATE events SET summary = ${SUMMARIES[i]!} WHERE id = ${id}`
  const { items } = await walk<object>(app, '/v1/events?limit=500')
  const columns = csvColumnsOf(eventCsv)
  for (const format of ['ndjson', 'csv', 'excel'] as const) {
    const res = await app.inject(`/v1/events?format=${format}`)
    t.equal(res.statusCode, 200)
    t.equal(res.body, oldExport(items, format, columns), `${format}: the same text as the JavaScript export`)
  }
  const lines = (await app.inject('/v1/events?format=ndjson')).body.trimEnd().split('\n')
  const summaries = lines.map((l) => (JSON.parse(l) as { summary: string }).summary)
  for (const s of SUMMARIES) t.ok(summaries.includes(s), `NDJSON parses back to ${JSON.stringify(s.slice(0, 12))}…`)
})
