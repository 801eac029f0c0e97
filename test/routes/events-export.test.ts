// CSV and NDJSON exports of GET /v1/events: every matching row, streamed, in the list's order.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, walk, parseCsv } from '../helper.ts'

interface Ev {
  id: string
  date: string
  source: { id: string; name: string }
  target: { id: string } | null
  goldstein: number
  summary: string
  evidence: { article_id: string; text: string } | null
}

const walkEvents = async (app: FastifyInstance, query = '', limit = 2) =>
  (await walk<Ev>(app, `/v1/events?limit=${limit}${query ? `&${query}` : ''}`)).items

const columns = [
  'id', 'date', 'date_end', 'date_precision', 'date_text', 'source_id', 'source_name', 'target_id', 'target_name',
  'event_type', 'cameo_code', 'cameo_root', 'quad_class', 'goldstein', 'summary', 'confidence', 'mention_count',
  'evidence', 'article_id',
  'sentence_index', 'char_start', 'char_end', 'coder_version', 'created_at', 'updated_at',
]

t.test('format=csv streams every event as flat CSV that parses back to the JSON list', async (t) => {
  const app = await build(t)
  const expected = await walkEvents(app)
  const res = await app.inject('/v1/events?format=csv')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/csv/)
  t.match(res.headers['content-disposition'], /filename="events\.csv"/)
  const [header, ...rows] = parseCsv(res.body)
  t.same(header, columns)
  t.equal(rows.length, expected.length, `${rows.length} rows, as many as pagination walks`)
  if (expected.length > 50) t.pass('the export is larger than one default page')
  else {
    t.comment(`the seeded data has ${expected.length} events (≤ one default page of 50): ` +
      'compared with limit=2 pagination instead')
  }
  const col = (name: string) => columns.indexOf(name)
  t.same(rows.map((r) => r[col('id')]), expected.map((e) => e.id), 'same events, same order')
  for (const [i, e] of expected.entries()) {
    const r = rows[i]!
    t.same(
      [
        r[col('date')], r[col('source_id')], r[col('source_name')], r[col('target_id')], Number(r[col('goldstein')]),
        r[col('summary')], r[col('evidence')], r[col('article_id')],
      ],
      [
        e.date, e.source.id, e.source.name, e.target?.id ?? '', e.goldstein, e.summary, e.evidence?.text,
        e.evidence?.article_id,
      ],
      `row ${e.id}`,
    )
  }
})

t.test('CSV by Accept header, NDJSON by format= and by Accept', async (t) => {
  const app = await build(t)
  const expected = await walkEvents(app, '', 500)
  const csv = await app.inject({ url: '/v1/events', headers: { accept: 'text/csv' } })
  t.equal(csv.statusCode, 200)
  t.match(csv.headers['content-type'], /^text\/csv/)
  t.equal(parseCsv(csv.body).length - 1, expected.length)
  const requests = [
    { url: '/v1/events?format=ndjson' }, { url: '/v1/events', headers: { accept: 'application/x-ndjson' } },
  ]
  for (const req of requests) {
    const res = await app.inject(req)
    t.equal(res.statusCode, 200)
    t.match(res.headers['content-type'], /^application\/x-ndjson/)
    t.ok(res.body.endsWith('\n'))
    const lines = res.body.trimEnd().split('\n').map((l) => JSON.parse(l))
    t.same(lines, expected, 'each line is the JSON event')
  }
  const json = await app.inject({ url: '/v1/events?limit=1', headers: { accept: 'application/json, text/csv;q=0.5' } })
  t.match(json.headers['content-type'], /^application\/json/, 'the higher q wins')
  const explicit = await app.inject({ url: '/v1/events?format=json&limit=1', headers: { accept: 'text/csv' } })
  t.match(explicit.headers['content-type'], /^application\/json/, 'format= overrides Accept')
})

t.test('exports apply the filters and fields, and ignore limit and cursor', async (t) => {
  const app = await build(t)
  const dyad = await walkEvents(app, 'dyad=united-states,russia')
  t.ok(dyad.length > 0)
  const ndBody = (await app.inject('/v1/events?format=ndjson&dyad=united-states,russia&limit=1')).body
  const nd = ndBody.trimEnd().split('\n').map((l) => JSON.parse(l))
  t.same(nd.map((e) => e.id), dyad.map((e) => e.id), 'the dyad filter, every row despite limit=1')
  const cursor: string = (await app.inject('/v1/events?limit=1')).json().meta.next_cursor
  const all = await walkEvents(app, '', 500)
  const withCursor = parseCsv((await app.inject(`/v1/events?format=csv&cursor=${encodeURIComponent(cursor)}`)).body)
  t.equal(withCursor.length - 1, all.length, 'cursor ignored')
  const [header, ...rows] = parseCsv((await app.inject('/v1/events?format=csv&fields=id,date,source&sort=-date')).body)
  t.same(header, ['id', 'date', 'source_id', 'source_name'], 'fields pick their columns')
  t.same(rows.map((r) => r[0]), all.map((e) => e.id).reverse(), 'sort applies')
  const sparseBody = (await app.inject('/v1/events?format=ndjson&fields=date,evidence')).body
  const sparse = sparseBody.trimEnd().split('\n').map((l) => JSON.parse(l))
  t.ok(sparse.every((e) => Object.keys(e).join() === 'id,date,evidence'), 'fields apply to NDJSON')
  const none = await app.inject('/v1/events?format=csv&q=zzyzxqqq')
  t.equal(none.statusCode, 200)
  t.same(parseCsv(none.body), [columns], 'no match: the header only')
})

t.test('export errors are problems sent before any row', async (t) => {
  const app = await build(t)
  const range = await app.inject('/v1/events?format=csv&from=2017-01-01&to=2016-01-01')
  t.equal(range.statusCode, 400)
  t.match(range.headers['content-type'], /^application\/problem\+json/)
  t.equal(range.json().errors[0].parameter, 'from')
  const actor = await app.inject({ url: '/v1/events?actor=nobody-at-all', headers: { accept: 'application/x-ndjson' } })
  t.equal(actor.statusCode, 404)
  t.equal(actor.json().code, 'UNKNOWN_ACTOR')
  const fields = await app.inject('/v1/events?format=csv&fields=nope')
  t.equal(fields.statusCode, 400)
  t.equal(fields.json().errors[0].parameter, 'fields')
  const png = await app.inject({ url: '/v1/events', headers: { accept: 'image/png' } })
  t.equal(png.statusCode, 406)
  t.equal(png.json().code, 'NOT_ACCEPTABLE')
})

t.test('exports are attachments with an ETag: unchanged data and the same request give a 304', async (t) => {
  const app = await build(t)
  for (const [url, file] of [['/v1/events?format=csv', 'events.csv'], ['/v1/events?format=ndjson', 'events.ndjson'],
    ['/v1/statements?format=excel', 'statements.csv']] as const) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    t.equal(res.headers['content-disposition'], `attachment; filename="${file}"`, `${url}: an attachment`)
    const etag = res.headers.etag as string
    t.match(etag, /^W\/"[\w-]+"$/, `${url}: a weak ETag`)
    const again = await app.inject({ url, headers: { 'if-none-match': etag } })
    t.equal(again.statusCode, 304, `${url}: 304 with its ETag`)
    t.equal(again.body, '')
  }
  const csv = (await app.inject('/v1/events?format=csv')).headers.etag
  t.not(csv, (await app.inject('/v1/events?format=csv&root=04')).headers.etag, 'another request, another ETag')
  t.not(csv, (await app.inject('/v1/events?format=excel')).headers.etag, 'another format, another ETag')
})

t.test('format=excel: a BOM, CRLF, codes with leading zeros kept as text, no formulas', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/events?format=excel')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/csv/)
  t.ok(res.body.startsWith('\ufeff'), 'a UTF-8 byte order mark')
  t.ok(res.body.includes('\r\n'), 'CRLF line ends')
  const [header, ...rows] = parseCsv(res.body.slice(1))
  const code = header!.indexOf('cameo_code')
  const plain = parseCsv((await app.inject('/v1/events?format=csv')).body).slice(1)
  const zeros = plain.map((r) => r[code]!).filter((c) => c.startsWith('0'))
  t.ok(zeros.length > 0, 'the seeded events have codes with a leading zero')
  const excelCodes = rows.map((r) => r[code])
  for (const c of zeros) t.ok(excelCodes.includes(`="${c}"`), `${c} as ="${c}"`)
  t.equal(rows.length, plain.length, 'the same rows')
})

t.test('excelCell keeps codes as text and defuses formulas', async (t) => {
  const { excelCell } = await import('../../src/lib/export.ts')
  t.equal(excelCell('0312'), '="0312"')
  t.equal(excelCell('120'), '120')
  t.equal(excelCell('=HYPERLINK("x")'), '\'=HYPERLINK("x")')
  t.equal(excelCell('-rejected'), '\'-rejected')
  t.equal(excelCell(-5), -5, 'numbers stay numbers')
  t.equal(excelCell(null), '')
})
