// Every example in /openapi.json works when executed against the seeded app, as "Try it out" in /docs
// sends them: all of an operation's examples together, and each query example alone.
import t from 'tap'
import { build } from './helper.ts'
import { examplesOf, operations, servedDocument, urlOf } from './openapi-operations.ts'

// a job exists only after a batch or re-extraction was posted: on the seeded data its example is a documented 404
const ABSENT_ON_SEED = new Set(['getJob'])

t.test('every documented example succeeds (2xx), together and alone', async (t) => {
  const app = await build(t)
  const doc = await servedDocument(app)
  const gets = operations(doc).filter((op) => op.method === 'get')
  t.ok(gets.length >= 10, `${gets.length} operations`)
  for (const op of gets) {
    const { path, query } = examplesOf(op)
    for (const p of op.parameters.filter((p) => p.in === 'path')) {
      t.ok(path[p.name] !== undefined, `${op.operationId}: ${p.name} has an example`)
    }
    const requiredQuery = op.parameters.filter((p) => p.required && p.in === 'query')
    const required = Object.fromEntries(requiredQuery.map((p) => [p.name, query[p.name]]))
    // a cursor is only valid with the parameters of its listing: it is run with all of them, not alone
    const alone = Object.entries(query).filter(([k]) => k !== 'cursor')
    const urls = [urlOf(op, path, query), ...alone.map(([k, v]) => urlOf(op, path, { ...required, [k]: v }))]
    for (const url of urls) {
      const res = await app.inject(url)
      const ok = ABSENT_ON_SEED.has(op.operationId)
        ? res.statusCode === 404 && String(res.headers['content-type']).startsWith('application/problem+json')
        : res.statusCode >= 200 && res.statusCode < 300
      t.ok(ok, `${op.operationId} ${url} → ${res.statusCode} ${ok ? '' : res.body.slice(0, 300)}`)
    }
    if (ABSENT_ON_SEED.has(op.operationId)) continue
    const all = await app.inject(urls[0]!)
    const body = String(all.headers['content-type']).startsWith('application/json') ? all.json() : null
    const items = [body?.data, body?.series, body].find((x) => Array.isArray(x)) as unknown[] | undefined
    const size = items?.length
    if (size !== undefined) t.ok(size > 0, `${op.operationId} with every example finds something (${size})`)
  }
})

t.test('the cursor examples are this server’s cursors: the page after them is the first page', async (t) => {
  const app = await build(t)
  const doc = await servedDocument(app)
  const paginated = operations(doc).filter((op) => op.parameters.some((p) => p.name === 'cursor'))
  t.ok(paginated.length >= 6)
  for (const op of paginated) {
    const { path, query } = examplesOf(op)
    t.ok(query.cursor, `${op.operationId} has a cursor example`)
    const withCursor = await app.inject(urlOf(op, path, query))
    const { cursor: _c, ...rest } = query
    const without = await app.inject(urlOf(op, path, rest))
    t.equal(withCursor.statusCode, 200, op.operationId)
    t.same(withCursor.json().data, without.json().data, `${op.operationId}: the example cursor starts at the beginning`)
  }
})
