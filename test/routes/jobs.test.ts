// Bulk ingest and re-extraction on the pg-boss queue, against a real PostgreSQL: 202 + job, per-line
// errors, the worker in the app and as `npm run worker`, a worker killed mid-job losing nothing, and
// re-extraction (route and command) idempotent.
import t from 'tap'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import postgres from 'postgres'
import type { FastifyInstance } from 'fastify'
import { build, eventually, freshDatabase } from '../helper.ts'
import { API_KEYS, article, articleText, auth } from '../fixtures/ingest-fixture.ts'
import { reextractAll, writeServices } from '../../src/jobs/standalone.ts'
import { testConfig } from '../helper.ts'
import { childEnv } from '../process.ts'

const ADMIN = 'admin-key-0123456789abcdef'
const KEYS = `${API_KEYS},ops:admin:${ADMIN}`
const ndjson = (lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')
const batch = (app: FastifyInstance, body: string, headers = {}) => app.inject({
  method: 'POST', url: '/v1/articles/batch', payload: body,
  headers: { ...auth(), 'content-type': 'application/x-ndjson', ...headers },
})
const completed = (app: FastifyInstance, id: string) =>
  eventually(async () => (await app.inject(`/v1/jobs/${id}`)).json().status === 'completed', 90_000)

const texts = ['001_63673dc353eabc9a.txt', '002_f1da1cc87da76c54.txt', '003_0ceba8022e856230.txt',
  '004_c6aa0806ec42fcf8.txt', '000_e896e6c64fc7faf5.txt']

t.test('POST /v1/articles/batch: 202 and a job the in-process worker completes', async (t) => {
  const url = await freshDatabase(t)
  const app = await build(t, { DATABASE_URL: url, API_KEYS: KEYS, WORKER: true })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  const body = ndjson([
    article({ url: 'https://example.org/b1' }),
    '{"title": broken',
    '',
    article({ url: 'https://example.org/b2', text: articleText(texts[1]) }),
    article({ url: 'https://example.org/b1', text: 'other' }),
    article({ published: '0000-01-01', url: null }),
  ])
  const res = await batch(app, body)
  t.equal(res.statusCode, 202, res.body)
  const job = res.json()
  t.equal(res.headers.location, `/v1/jobs/${job.id}`)
  t.match(job, { kind: 'batch', total: 5 })
  t.ok(await completed(app, job.id), 'completed')
  const done = (await app.inject(`/v1/jobs/${job.id}`)).json()
  t.match(done.counts, { pending: 0, created: 2, duplicate: 1, failed: 2 })
  t.same(done.errors.map((e: { line: number }) => e.line), [2, 6])
  t.match(done.errors[0].detail, /not JSON/)
  t.match(done.errors[1].detail, /published/)
  const rows = await sql`SELECT source FROM articles`
  t.same(rows.map((r) => r.source), ['batch', 'batch'])
})

t.test('batch errors: auth, media type, sizes, unknown job', async (t) => {
  const app = await build(t, { API_KEYS: KEYS, BATCH_MAX_LINES: 2 })
  const one = ndjson([article()])
  t.equal((await batch(app, one, { authorization: '' })).statusCode, 401)
  t.equal((await batch(app, one, { authorization: `Bearer ${'reader-key-0123456789abcdef'}` })).statusCode, 403)
  const json = await batch(app, one, { 'content-type': 'application/json' })
  t.equal(json.statusCode, 400, 'JSON of a single article is not a batch')
  const text = await batch(app, one, { 'content-type': 'text/plain' })
  t.equal(text.statusCode, 415)
  t.match(text.headers['content-type'], /problem\+json/)
  const three = await batch(app, ndjson([article(), article(), article()]))
  t.equal(three.statusCode, 413)
  t.match(three.json().detail, /at most 2 per batch/)
  const empty = await batch(app, '\n\n')
  t.equal(empty.statusCode, 400)
  const missing = await app.inject('/v1/jobs/job-0000')
  t.equal(missing.statusCode, 404)
  t.match(missing.headers['content-type'], /problem\+json/)
  const small = await build(t, { API_KEYS: KEYS, BATCH_BODY_LIMIT: 100 })
  t.equal((await batch(small, one)).statusCode, 413)
  t.equal((await app.inject({ method: 'POST', url: '/v1/admin/reextract', headers: auth() })).statusCode, 403)
})

t.test('a worker killed mid-job loses no acknowledged article', async (t) => {
  const url = await freshDatabase(t)
  // the expiry is the enqueuer's (the app's): a kill that lands mid-item waits for it
  const app = await build(t, { DATABASE_URL: url, API_KEYS: KEYS, QUEUE_EXPIRE_SECONDS: 3 })
  const lines = texts.flatMap((f, i) => [0, 1].map((k) =>
    article({ url: `https://example.org/k${i}-${k}`, text: `${'Moscow.\n\n'.repeat(k + 1)}${articleText(f)}` })))
  const res = await batch(app, ndjson(lines))
  t.equal(res.statusCode, 202)
  const id = res.json().id
  const env = childEnv({
    DATABASE_URL: url, QUEUE_EXPIRE_SECONDS: '3', QUEUE_MAINTENANCE_SECONDS: '1', LOG_LEVEL: 'silent',
  })
  const script = join(import.meta.dirname, '../../scripts/worker.ts')
  const worker = () => spawn(process.execPath, ['--import', 'tsx', script],
    { env, stdio: 'ignore' })
  const first = worker()
  t.teardown(() => first.kill('SIGKILL'))
  const started = await eventually(async () => {
    const j = (await app.inject(`/v1/jobs/${id}`)).json()
    return j.counts.created >= 1
  }, 90_000)
  t.ok(started, 'the first worker ingested something')
  first.kill('SIGKILL')
  const before = (await app.inject(`/v1/jobs/${id}`)).json()
  t.ok(before.counts.pending > 0, `killed with ${before.counts.pending} items left`)
  const second = worker()
  t.teardown(() => second.kill('SIGTERM'))
  t.ok(await completed(app, id), 'another worker finished the job')
  const done = (await app.inject(`/v1/jobs/${id}`)).json()
  t.match(done.counts, { pending: 0, created: 10, failed: 0, duplicate: 0 })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  const [{ n }] = await sql<[{ n: number }]>`SELECT count(*)::int AS n FROM articles`
  t.equal(n, 10, 'every acknowledged article stored, once')
})

t.test('re-extraction: one job (admin route) and one command, idempotent', async (t) => {
  const url = await freshDatabase(t)
  const app = await build(t, { DATABASE_URL: url, API_KEYS: KEYS, WORKER: true })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  for (const [i, f] of texts.slice(0, 2).entries()) {
    const r = await app.inject({
      method: 'POST', url: '/v1/articles', headers: auth(),
      payload: article({ url: `https://example.org/r${i}`, text: articleText(f) }),
    })
    t.equal(r.statusCode, 201)
  }
  const snapshot = () =>
    sql`SELECT id, updated_at FROM statements UNION ALL SELECT id, updated_at FROM events ORDER BY 1`
  const before = await snapshot()
  await sql`UPDATE articles SET coder_version = 'parley-coder/0.0.1'`
  const post = () => app.inject({ method: 'POST', url: '/v1/admin/reextract', headers: auth(ADMIN), payload: {} })
  const res = await post()
  t.equal(res.statusCode, 202, res.body)
  t.match(res.json(), { kind: 'reextract', total: 2 })
  t.ok(await completed(app, res.json().id))
  t.match((await app.inject(`/v1/jobs/${res.json().id}`)).json().counts, { done: 2, failed: 0 })
  t.same(await snapshot(), before, 'same coder, same records: nothing touched')
  const again = await post()
  t.match(again.json(), { total: 0, status: 'completed' }, 'nothing left to do')

  await sql`UPDATE articles SET coder_version = NULL`
  const services = writeServices(url, testConfig({ DATABASE_URL: url }))
  t.match(await reextractAll(services.ingest), { articles: 2, removed: { event: 0, statement: 0, actor: 0 } })
  t.match(await reextractAll(services.ingest), { articles: 0 }, 'idempotent')
  t.match(await reextractAll(services.ingest, true), { articles: 2 }, '--force redoes all')
  t.same(await snapshot(), before)
  await services.close()
})
