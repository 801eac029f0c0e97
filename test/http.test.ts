import t from 'tap'
import { build } from './helper.ts'

t.test('GET responses carry an ETag and answer 304 to If-None-Match', async (t) => {
  const app = await build(t)
  const first = await app.inject('/v1/articles')
  t.ok(first.headers.etag)
  const again = await app.inject({ url: '/v1/articles', headers: { 'if-none-match': first.headers.etag as string } })
  t.equal(again.statusCode, 304)
  t.equal(again.body, '')
})

t.test('cache headers on successful GETs; none on errors', async (t) => {
  const app = await build(t, { CACHE_MAX_AGE: 120 })
  t.equal((await app.inject('/v1/articles')).headers['cache-control'], 'public, max-age=120')
  t.equal((await app.inject('/v1/articles/nope')).headers['cache-control'], 'no-store')
})

t.test('responses are compressed when asked', async (t) => {
  const app = await build(t)
  const br = await app.inject({ url: '/v1/articles/004-c6aa0806ec42fcf8', headers: { 'accept-encoding': 'br' } })
  t.equal(br.headers['content-encoding'], 'br')
  const gz = await app.inject({ url: '/v1/articles/004-c6aa0806ec42fcf8', headers: { 'accept-encoding': 'gzip' } })
  t.equal(gz.headers['content-encoding'], 'gzip')
})

t.test('CORS allows the configured origins only', async (t) => {
  const open = await build(t)
  t.equal((await open.inject({ url: '/v1/articles', headers: { origin: 'https://x.example' } })).headers['access-control-allow-origin'], '*')
  const closed = await build(t, { CORS_ORIGINS: ['https://dash.example'] })
  t.equal((await closed.inject({ url: '/v1/articles', headers: { origin: 'https://dash.example' } })).headers['access-control-allow-origin'], 'https://dash.example')
  t.notOk((await closed.inject({ url: '/v1/articles', headers: { origin: 'https://evil.example' } })).headers['access-control-allow-origin'])
  const preflight = await closed.inject({ method: 'OPTIONS', url: '/v1/articles', headers: { origin: 'https://dash.example', 'access-control-request-method': 'GET' } })
  t.equal(preflight.statusCode, 204)
})
