// Access: API keys on writes (401 with WWW-Authenticate, 403 for a role too low), reads open unless
// READS_REQUIRE_KEY, the rate limit per key, API_KEYS parsing, and the OpenAPI security scheme.
import t from 'tap'
import { createHash } from 'node:crypto'
import { loadConfig } from '../../src/config.ts'
import { findKey, parseApiKeys } from '../../src/lib/api-keys.ts'
import { build } from '../helper.ts'
import { API_KEYS, READER, WRITER, article, auth } from '../fixtures/ingest-fixture.ts'

const post = { method: 'POST' as const, url: '/v1/articles', payload: article({ text: 'x' }) }

t.test('writes need a valid key with the role write', async (t) => {
  const app = await build(t, { API_KEYS })
  const none = await app.inject(post)
  t.equal(none.statusCode, 401)
  t.equal(none.headers['www-authenticate'], 'Bearer realm="parley"')
  t.match(none.headers['content-type'], /application\/problem\+json/)
  t.match(none.json(), { code: 'UNAUTHORIZED', status: 401 })

  for (const header of [`Bearer ${WRITER}x`, 'Bearer', `Basic ${WRITER}`, WRITER]) {
    const bad = await app.inject({ ...post, headers: { authorization: header } })
    t.equal(bad.statusCode, 401, header.slice(0, 8))
    t.match(bad.headers['www-authenticate'], /error="invalid_token"/)
  }
  const reader = await app.inject({ ...post, headers: auth(READER) })
  t.equal(reader.statusCode, 403)
  t.match(reader.json(), { code: 'FORBIDDEN', detail: /'dash' has the role read/ })
  t.notMatch(reader.body, READER, 'the key is never echoed')

  const del = await app.inject({ method: 'DELETE', url: '/v1/articles/nope' })
  t.equal(del.statusCode, 401)
  const delReader = await app.inject({ method: 'DELETE', url: '/v1/articles/nope', headers: auth(READER) })
  t.equal(delReader.statusCode, 403)
  t.equal((await app.inject({ method: 'DELETE', url: '/v1/articles/nope', headers: auth() })).statusCode, 404)

  t.equal((await app.inject('/v1/articles')).statusCode, 200, 'reads stay open')
})

t.test('without API_KEYS no write is accepted', async (t) => {
  const app = await build(t, { API_KEYS: undefined })
  const res = await app.inject({ ...post, headers: auth() })
  t.equal(res.statusCode, 401)
  t.match(res.json().detail, /no API keys configured/)
})

t.test('READS_REQUIRE_KEY: reads need a key of any role; health and docs stay open', async (t) => {
  const app = await build(t, { API_KEYS, READS_REQUIRE_KEY: true })
  const res = await app.inject('/v1/events')
  t.equal(res.statusCode, 401)
  t.equal(res.headers['www-authenticate'], 'Bearer realm="parley"')
  t.equal((await app.inject({ url: '/v1/events', headers: auth(READER) })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/events', headers: auth(WRITER) })).statusCode, 200)
  t.equal((await app.inject('/health')).statusCode, 200)
  t.equal((await app.inject('/openapi.json')).statusCode, 200)
})

t.test('the rate limit counts per key, and per IP without one', async (t) => {
  const app = await build(t, { API_KEYS, RATE_LIMIT_MAX: 2, RATE_LIMIT_WINDOW_MS: 60_000 })
  const get = (headers = {}) => app.inject({ url: '/v1/articles?limit=1', headers })
  t.same([(await get(auth())).statusCode, (await get(auth())).statusCode], [200, 200])
  const limited = await get(auth())
  t.equal(limited.statusCode, 429)
  t.ok(limited.headers['retry-after'])
  t.match(limited.headers['content-type'], /problem\+json/)
  t.equal((await get(auth(READER))).statusCode, 200, 'another key has its own budget')
  t.equal((await get()).statusCode, 200, 'so has the IP without a key')
  t.equal((await get({ authorization: 'Bearer made-up-key-0123456789' })).statusCode, 200,
    'an invalid key counts as the IP')
  t.equal((await get({ authorization: 'Bearer another-made-up-key-012345' })).statusCode, 429, 'not a fresh budget')
})

t.test('API_KEYS: format, hashed secrets, errors that never show a secret', async (t) => {
  const digest = createHash('sha256').update('a-very-long-secret-value').digest('hex')
  const keys = parseApiKeys(`ops:admin:sha256:${digest}, bot:write:another-long-secret-1`)
  t.same(keys.map((k) => [k.name, k.role]), [['ops', 'admin'], ['bot', 'write']])
  t.equal(findKey(keys, 'a-very-long-secret-value')?.name, 'ops')
  t.equal(findKey(keys, 'another-long-secret-1')?.name, 'bot')
  t.equal(findKey(keys, 'another-long-secret-2'), null)
  t.throws(() => parseApiKeys('bot:root:another-long-secret-1'), /entry 1 \(bot\): the role must be one of/)
  t.throws(() => parseApiKeys('bot:write:short'), /at least 16 characters/)
  t.throws(() => parseApiKeys('bot:write:sha256:abc'), /64 hex digits/)
  t.throws(() => parseApiKeys('a:read:0123456789abcdef0,a:read:0123456789abcdef1'), /used twice/)
  const err = (() => {
    try {
      loadConfig({ API_KEYS: 'bot:write:short-secret' })
    } catch (e) {
      return e as Error
    }
  })()
  t.match(err?.message, /API_KEYS: entry 1 \(bot\)/)
  t.notMatch(err?.message, /short-secret/)
})

t.test('OpenAPI: the bearer scheme, on write operations only', async (t) => {
  const app = await build(t, { API_KEYS })
  const doc = (await app.inject('/openapi.json')).json()
  t.match(doc.components.securitySchemes.bearerAuth, { type: 'http', scheme: 'bearer' })
  t.same(doc.paths['/v1/articles'].post.security, [{ bearerAuth: [] }])
  t.same(doc.paths['/v1/articles/{id}'].delete.security, [{ bearerAuth: [] }])
  t.same(doc.paths['/v1/articles'].get.security ?? [], [], 'reads need no key')
  for (const status of ['201', '200', '400', '401', '403', '413', '415', '429', '503']) {
    t.ok(doc.paths['/v1/articles'].post.responses[status], `POST /v1/articles documents ${status}`)
  }
})
