// src/lib/export.ts on a tiny Fastify instance: content negotiation. (The text of exports is tested on the
// routes: test/routes/export-lines.test.ts, export-escaping.test.ts, export-stream.test.ts.)
import t, { type Test } from 'tap'
import Fastify from 'fastify'
import errorsPlugin from '../../src/plugins/external/errors.ts'
import { negotiateFormat, type Format } from '../../src/lib/export.ts'

async function app(t: Test) {
  const fastify = Fastify()
  await fastify.register(errorsPlugin)
  fastify.get<{ Querystring: { format?: Format } }>('/format', async (req) => ({
    format: negotiateFormat(req, req.query.format),
  }))
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
