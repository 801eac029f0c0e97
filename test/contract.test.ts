// Contract conformance: for every operation of the served document, the answers a client meets on
// purpose (the examples as JSON, CSV, Excel and NDJSON, a 304 on the ETag, a bad and an unknown parameter,
// an unknown and a too-long id, an unacceptable Accept) are each documented, status, media type and body.
import t from 'tap'
import { build } from './helper.ts'
import { createContract } from './contract.ts'
import { examplesOf, operations, servedDocument, urlOf } from './openapi-operations.ts'

t.test('every answer of every operation is documented: status, content type and body', async (t) => {
  const app = await build(t)
  const doc = await servedDocument(app)
  const violations = createContract(doc)
  const seen = new Set<string>()
  for (const op of operations(doc).filter((o) => o.method === 'get')) {
    const { path, query } = examplesOf(op)
    const requests: { url: string; headers?: Record<string, string> }[] = [
      { url: urlOf(op, path, query) },
      { url: urlOf(op, path, {}) },
      { url: urlOf(op, path, { no_such_parameter: '1' }) },
      { url: urlOf(op, path, {}), headers: { accept: 'image/png' } },
    ]
    if (op.parameters.some((p) => p.name === 'format')) {
      for (const format of ['csv', 'excel', 'ndjson', 'json']) requests.push({ url: urlOf(op, path, { format }) })
      requests.push({ url: urlOf(op, path, {}), headers: { accept: 'text/csv' } })
    }
    if (op.parameters.some((p) => p.name === 'limit')) requests.push({ url: urlOf(op, path, { limit: '0' }) })
    if (op.parameters.some((p) => p.in === 'path')) {
      const ids = (id: string) => Object.fromEntries(Object.keys(path).map((k) => [k, id]))
      requests.push({ url: urlOf(op, ids('no-such-id'), {}) }, { url: urlOf(op, ids('x'.repeat(300)), {}) })
    }
    for (const req of requests) {
      const res = await app.inject(req)
      seen.add(String(res.statusCode))
      t.same(violations(op, res), [], `${op.operationId} ${req.url.slice(0, 120)} ${req.headers?.accept ?? ''}`)
      if (res.statusCode === 200 && res.headers.etag) {
        const headers = { ...req.headers, 'if-none-match': String(res.headers.etag) }
        const again = await app.inject({ ...req, headers })
        t.equal(again.statusCode, 304, `${op.operationId}: 304 on its ETag`)
        t.same(violations(op, again), [], `${op.operationId}: the 304 is documented`)
        seen.add('304')
      }
    }
  }
  for (const status of ['200', '304', '400', '404', '406', '414']) t.ok(seen.has(status), `a ${status} was checked`)
})
