import t from 'tap'
import { build } from '../helper.ts'

t.test('/health answers while the process is up', async (t) => {
  const app = await build(t)
  const res = await app.inject('/health')
  t.equal(res.statusCode, 200)
  t.same(res.json(), { status: 'ok' })
  t.equal(res.headers['cache-control'], 'no-store')
})

t.test('/ready checks the database', async (t) => {
  const app = await build(t)
  const res = await app.inject('/ready')
  t.equal(res.statusCode, 200)
  t.same(res.json(), { status: 'ready', database: 'up' })
})

t.test('/ready is a 503 problem when the database is unreachable', async (t) => {
  const app = await build(t, { DATABASE_URL: 'postgresql://postgres:postgres@127.0.0.1:1/none' })
  const res = await app.inject('/ready')
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], /problem\+json/)
  t.equal(res.json().code, 'SERVICE_UNAVAILABLE')
  t.notMatch(res.body, /ECONNREFUSED|127\.0\.0\.1:1/, 'no connection details leak')
  t.equal((await app.inject('/health')).statusCode, 200, 'liveness is unaffected')
})
