// Database faults done for real on an embedded PostgreSQL of this file's own: stopped, then started
// again; frozen (SIGSTOP on its process group), then thawed. The API must answer 503 problems with
// Retry-After, quickly and within a bound, and recover without a restart.
import t from 'tap'
import { bounded, build, eventually, ownPostgres, signalServer } from './helper.ts'

// short enough for a quick test, long enough for a loaded machine to answer when all is well
const settings = { DB_CONNECT_TIMEOUT_MS: 3000, DB_STATEMENT_TIMEOUT_MS: 4000, REQUEST_TIMEOUT_MS: 8000 }
// far above every timeout in play: reaching it means the request hung
const HANG = 45_000

t.test('database faults', { skip: process.platform !== 'linux' && 'needs /proc to freeze the server' }, async (t) => {
  const { server, url } = await ownPostgres(t)
  const app = await build(t, { DATABASE_URL: url, ...settings })

  const expect503 = async (path: string) => {
    const res = await bounded(app.inject(path), HANG, path)
    t.equal(res.statusCode, 503, `${path}: 503`)
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${path}: problem+json`)
    t.equal(res.json().code, 'SERVICE_UNAVAILABLE')
    t.ok(Number(res.headers['retry-after']) > 0, `${path}: Retry-After`)
    t.notMatch(res.body, /ECONNREFUSED|127\.0\.0\.1|postgres:/, 'no connection details leak')
  }
  const up = async () =>
    (await app.inject('/ready')).statusCode === 200 && (await app.inject('/v1/articles')).statusCode === 200

  t.ok(await eventually(up), 'serving while the database is up')
  t.equal((await app.inject('/v1/events?limit=5')).statusCode, 200)

  await t.test('stopped: data routes and /ready answer 503 with Retry-After; back up: served again', async (t) => {
    await server.stop()
    for (const path of ['/v1/articles', '/v1/events', '/v1/actors?q=putin', '/v1/stats/timeline', '/ready']) {
      await expect503(path)
    }
    t.equal((await app.inject('/health')).statusCode, 200, 'liveness is unaffected')
    await server.start()
    t.ok(await eventually(up), 'recovers without a restart of the API')
  })

  await t.test('hung (SIGSTOP): requests and /ready answer 503 within a bound; thawed: served again', async (t) => {
    signalServer(server.pid, 'SIGSTOP')
    try {
      // in parallel, more than the pool holds: the queue behind frozen connections is bounded too
      const paths = ['/v1/articles', '/v1/events', '/v1/statements', '/v1/actors']
      paths.push('/v1/changes?since=2020-01-01T00:00:00Z')
      await Promise.all([...paths, ...paths, ...paths].map((p) => expect503(p)))
      await expect503('/ready')
      t.equal((await app.inject('/health')).statusCode, 200, 'liveness is unaffected')
    } finally {
      signalServer(server.pid, 'SIGCONT')
    }
    t.ok(await eventually(up), 'recovers without a restart of the API')
  })
})
