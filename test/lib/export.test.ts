// src/lib/export.ts on a tiny Fastify instance: content negotiation and CSV/NDJSON output.
import t, { type Test } from 'tap'
import Fastify from 'fastify'
import { parseCsv } from '../helper.ts'
import errorsPlugin from '../../src/plugins/external/errors.ts'
import { z } from 'zod'
import { negotiateFormat, sendExport, type Format } from '../../src/lib/export.ts'
import { createListing, type Keyset } from '../../src/lib/listing.ts'
import { createCursorCodec } from '../../src/lib/cursor.ts'

const listing = createListing(createCursorCodec('test-secret'))

/** A listing over an array in keyset batches, as a repository would give them; records each `after`. */
function arrayKeyset<T>(items: T[], calls: (number | undefined)[] = []): Keyset<T, [number]> {
  return {
    scope: 'things',
    key: z.tuple([z.number().int()]),
    keyOf: (item) => [items.indexOf(item)],
    fetch: async (take, after) => {
      calls.push(after?.[0])
      const start = after === undefined ? 0 : after[0] + 1
      return items.slice(start, start + take)
    },
  }
}

interface Row { id: number; text: string | null; meta: object | null; flag: boolean }
const rows: Row[] = [
  { id: 1, text: 'plain', meta: null, flag: true },
  { id: 2, text: 'a, comma', meta: { k: 'v' }, flag: false },
  { id: 3, text: 'she said "no"', meta: null, flag: true },
  { id: 4, text: 'two\nlines\r\nand CRLF', meta: null, flag: false },
  { id: 5, text: null, meta: null, flag: true },
  { id: 6, text: '  spaces kept  ', meta: null, flag: true },
  { id: 7, text: 'ünïcödé — “quotes”', meta: null, flag: false },
]

async function app(t: Test) {
  const fastify = Fastify()
  await fastify.register(errorsPlugin)
  fastify.get<{ Querystring: { format?: Format } }>('/format', async (req) => ({
    format: negotiateFormat(req, req.query.format),
  }))
  fastify.get<{ Querystring: { format: 'csv' | 'ndjson'; pages?: string } }>('/export', async (req, reply) => {
    const size = Number(req.query.pages ?? 3)
    // the rows in keyset pages of `size`, as a repository would give them
    const source = await listing.all(arrayKeyset(rows), (r) => r, size)
    return sendExport(req, reply, {
      format: req.query.format,
      filename: 'things',
      columns: { id: (r) => r.id, text: (r) => r.text, meta: (r) => r.meta, flag: (r) => r.flag },
      toObject: (r) => r,
      rows: source,
    })
  })
  t.teardown(() => fastify.close())
  return fastify
}

t.test('negotiateFormat: format= first, then Accept by q-value, JSON by default', async (t) => {
  const fastify = await app(t)
  const cases: [accept: string | undefined, expected: Format][] = [
    [undefined, 'json'],
    ['*/*', 'json'],
    ['application/json', 'json'],
    ['application/problem+json', 'json'],
    ['text/csv', 'csv'],
    ['text/*', 'csv'],
    ['application/x-ndjson', 'ndjson'],
    ['application/ndjson', 'ndjson'],
    ['application/jsonl', 'ndjson'],
    ['application/*', 'json'],
    ['TEXT/CSV', 'csv'],
    ['text/csv; charset=utf-8', 'csv'],
    ['text/html, text/csv', 'csv'],
    ['text/csv;q=0.5, application/x-ndjson;q=0.9', 'ndjson'],
    ['application/json;q=0.1, text/csv', 'csv'],
    ['text/csv;q=0.8, application/json', 'json'],
    ['application/json;q=0, text/csv;q=0.2', 'csv'],
    ['text/html, */*;q=0.1', 'json'],
    ['text/csv;q=0.5, application/json;q=0.5', 'json'],
    ['application/json;q=0, */*', 'csv'],
    ['text/csv;q=0, */*', 'json'],
    ['application/x-ndjson;q=0.3, text/*;q=0.4', 'csv'],
  ]
  for (const [accept, expected] of cases) {
    const res = await fastify.inject({ url: '/format', headers: accept === undefined ? {} : { accept } })
    t.equal(res.statusCode, 200, String(accept))
    t.equal(res.json().format, expected, `Accept: ${accept} → ${expected}`)
  }
  const explicit = await fastify.inject({ url: '/format?format=ndjson', headers: { accept: 'image/png' } })
  t.equal(explicit.json().format, 'ndjson', 'format= wins over any Accept')
})

t.test('negotiateFormat: 406 when Accept allows none of the formats', async (t) => {
  const fastify = await app(t)
  const unacceptable = [
    'image/png', 'text/html, application/xml', 'text/csv;q=0, application/json;q=0', 'text/csv;q=abc',
  ]
  for (const accept of unacceptable) {
    const res = await fastify.inject({ url: '/format', headers: { accept } })
    t.equal(res.statusCode, 406, accept)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { code: 'NOT_ACCEPTABLE', detail: /text\/csv/ })
  }
})

t.test('CSV escapes commas, quotes and newlines, and parses back to the rows', async (t) => {
  const fastify = await app(t)
  for (const pages of ['1', '3', '100']) {
    const res = await fastify.inject(`/export?format=csv&pages=${pages}`)
    t.equal(res.statusCode, 200)
    t.match(res.headers['content-type'], /^text\/csv; charset=utf-8/)
    t.equal(res.headers['content-disposition'], 'attachment; filename="things.csv"')
    const [header, ...body] = parseCsv(res.body)
    t.same(header, ['id', 'text', 'meta', 'flag'])
    t.same(
      body,
      rows.map((r) => [String(r.id), r.text ?? '', r.meta ? JSON.stringify(r.meta) : '', String(r.flag)]),
      `every row once, in order, fetched in pages of ${pages}`,
    )
  }
  const res = await fastify.inject('/export?format=csv')
  t.match(res.body, /"a, comma"/)
  t.match(res.body, /"she said ""no"""/)
  t.match(res.body, /"two\nlines\r\nand CRLF"/)
  t.match(res.body, /"{""k"":""v""}"/, 'objects as quoted JSON')
})

t.test('NDJSON: one JSON object per line', async (t) => {
  const fastify = await app(t)
  const res = await fastify.inject('/export?format=ndjson&pages=2')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^application\/x-ndjson/)
  t.equal(res.headers['content-disposition'], 'attachment; filename="things.ndjson"')
  const lines = res.body.split('\n')
  t.equal(lines.pop(), '', 'ends with a newline')
  t.same(lines.map((l) => JSON.parse(l)), rows)
})

t.test('listing.all fetches batches after the last key until a batch is short', async (t) => {
  const calls: (number | undefined)[] = []
  const got: number[] = []
  for await (const n of await listing.all(arrayKeyset([0, 1, 2, 3, 4, 5], calls), (n) => n * 10, 2)) got.push(n)
  t.same(got, [0, 10, 20, 30, 40, 50])
  t.same(calls, [undefined, 1, 3],
    'batch + 1 rows each time (the extra row only says there is more); a short batch ends')
})
