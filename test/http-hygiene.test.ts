// Headers every response carries or must not carry: links never built from the Host header, Vary
// on negotiated cacheable responses, security headers (with /docs still working), rate limits,
// body limits, request ids, and a bound on the time until a response starts.
import t, { type Test } from 'tap'
import Fastify from 'fastify'
import { Readable } from 'node:stream'
import { Writable } from 'node:stream'
import app, { serverOptions } from '../src/app.ts'
import type { Config } from '../src/config.ts'
import { bounded, build, testConfig } from './helper.ts'

/** The real app plus test routes, with a log written to `lines`. */
async function buildWith(t: Test, overrides: Partial<Config>, extra: (f: import('fastify').FastifyInstance) => void) {
  const config = testConfig(overrides)
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  const fastify = Fastify({ ...serverOptions(config), logger: { level: 'info', stream } })
  await fastify.register(async (f) => {
    await app(f, { config })
    extra(f)
  })
  await fastify.ready()
  t.teardown(() => fastify.close())
  return { fastify, lines }
}

t.test('the Link header never echoes the Host header: relative, or from PUBLIC_URL', async (t) => {
  const relative = await build(t)
  const res = await relative.inject({ url: '/v1/articles?limit=1', headers: { host: 'evil.example' } })
  t.equal(res.statusCode, 200)
  t.match(res.headers.link, /^<\/v1\/articles\?limit=1&cursor=[^>]+>; rel="next"$/)
  t.notMatch(JSON.stringify(res.headers) + res.body, /evil\.example/, 'the Host header is echoed nowhere')
  const configured = await build(t, { PUBLIC_URL: 'https://api.example.org' })
  const abs = await configured.inject({ url: '/v1/articles?limit=1', headers: { host: 'evil.example' } })
  t.match(abs.headers.link, /^<https:\/\/api\.example\.org\/v1\/articles\?limit=1&cursor=[^>]+>; rel="next"$/)
})

t.test('cacheable GETs vary on Accept and Accept-Encoding; errors are not cached', async (t) => {
  const app = await build(t, { CORS_ORIGINS: ['https://dash.example'] })
  for (const url of ['/v1/events?limit=2', '/v1/events?limit=2&format=csv', '/v1/articles', '/openapi.json']) {
    const res = await app.inject({ url, headers: { origin: 'https://dash.example' } })
    t.match(res.headers['cache-control'], /public/, url)
    const vary = String(res.headers.vary).toLowerCase().split(/,\s*/)
    t.ok(vary.includes('accept') && vary.includes('accept-encoding'), `${url}: Vary ${res.headers.vary}`)
    t.ok(vary.includes('origin'), `${url}: Vary names Origin when origins are listed`)
  }
  t.equal((await app.inject('/v1/events/nope')).headers['cache-control'], 'no-store')
})

t.test('security headers, with a CSP the docs UI works under', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/articles')
  t.equal(res.headers['x-content-type-options'], 'nosniff')
  t.ok(res.headers['x-frame-options'])
  t.ok(res.headers['referrer-policy'])
  const csp = String(res.headers['content-security-policy'])
  t.match(csp, /script-src 'self'/)
  t.match(csp, /style-src 'self'(;|$)/, 'no inline styles on the API and the dashboard')
  t.match(csp, /frame-ancestors 'none'/)
  t.notMatch(csp, /upgrade-insecure-requests/, 'no upgrade: it breaks every script on plain-HTTP localhost')
  t.equal(res.headers['cross-origin-resource-policy'], 'cross-origin', 'other origins may read the API (CORS decides)')

  const docs = await app.inject('/docs/')
  t.equal(docs.statusCode, 200)
  t.match(docs.headers['content-security-policy'], /script-src 'self'(;|$)/, 'the docs UI keeps scripts to our origin')
  t.match(docs.headers['content-security-policy'], /style-src 'self' 'unsafe-inline'/, 'and may use inline styles')
  const scripts = [...docs.body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!)
  t.ok(scripts.length >= 2, 'the docs page loads its scripts')
  t.notMatch(docs.body, /<script>(?!\s*<\/script>)/, 'no inline scripts for the CSP to block')
  for (const src of scripts) {
    const path = new URL(src, 'http://x/docs/').pathname
    t.equal((await app.inject(path)).statusCode, 200, `${path} is served from our own origin`)
  }
  const dashboard = await app.inject('/')
  t.equal(dashboard.statusCode, 200, 'the dashboard at / is served under the same policy')
  t.match(dashboard.headers['content-security-policy'], /script-src 'self'/)
})

t.test('a rate limit per client IP: 429 problem with Retry-After and RateLimit headers; health exempt', async (t) => {
  const app = await build(t, { RATE_LIMIT_MAX: 3, RATE_LIMIT_WINDOW_MS: 60_000 })
  const first = await app.inject('/v1/articles')
  t.equal(first.headers['ratelimit-limit'], '3')
  t.equal(first.headers['ratelimit-remaining'], '2')
  t.ok(first.headers['ratelimit-reset'])
  await app.inject('/v1/articles')
  await app.inject('/v1/actors')
  const limited = await app.inject('/v1/articles')
  t.equal(limited.statusCode, 429)
  t.match(limited.headers['content-type'], /^application\/problem\+json/)
  t.equal(limited.json().code, 'RATE_LIMITED')
  t.ok(Number(limited.headers['retry-after']) > 0)
  const other = await app.inject({ url: '/v1/articles', remoteAddress: '10.0.0.2' })
  t.equal(other.statusCode, 200, 'another client has its own budget')
  t.equal((await app.inject('/health')).statusCode, 200, '/health is never limited')
  t.equal((await app.inject('/ready')).statusCode, 200, '/ready is never limited')
  const off = await build(t, { RATE_LIMIT_MAX: 0 })
  t.notOk((await off.inject('/v1/articles')).headers['ratelimit-limit'], 'RATE_LIMIT_MAX=0 turns it off')
})

t.test('a body over BODY_LIMIT is a 413 problem', async (t) => {
  const { fastify } = await buildWith(t, { BODY_LIMIT: 100 }, (f) => f.post('/echo', async (req) => req.body))
  const ok = await fastify.inject({ method: 'POST', url: '/echo', payload: { a: 'x' } })
  t.equal(ok.statusCode, 200)
  const big = await fastify.inject({ method: 'POST', url: '/echo', payload: { a: 'x'.repeat(200) } })
  t.equal(big.statusCode, 413)
  t.match(big.headers['content-type'], /^application\/problem\+json/)
  t.equal(big.json().code, 'PAYLOAD_TOO_LARGE')
})

t.test('X-Request-Id: a sane incoming id is kept, others replaced; echoed and logged', async (t) => {
  const { fastify, lines } = await buildWith(t, {}, () => {})
  const kept = await fastify.inject({ url: '/health', headers: { 'x-request-id': 'lb-7f3a.42' } })
  t.equal(kept.headers['x-request-id'], 'lb-7f3a.42')
  t.ok(lines.some((l) => l.reqId === 'lb-7f3a.42' && l.msg === 'incoming request'), 'the id is in the log')
  for (const bad of ['has spaces', 'x'.repeat(200), '<script>', '']) {
    const res = await fastify.inject({ url: '/health', headers: { 'x-request-id': bad } })
    t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/, `${JSON.stringify(bad.slice(0, 20))} replaced by a generated id`)
  }
  const err = await fastify.inject('/v1/nothing')
  t.match(err.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'errors carry one too')
})

t.test('a response that has not started within REQUEST_TIMEOUT_MS is a 503; a started stream is not cut', async (t) => {
  const { fastify } = await buildWith(t, { REQUEST_TIMEOUT_MS: 300 }, (f) => {
    f.get('/never', () => new Promise(() => {}))
    f.get('/slow-stream', async (_req, reply) => {
      const body = new Readable({ read() {} })
      body.push('first,')
      setTimeout(() => body.push(null), 1000).unref()
      return reply.type('text/plain').send(body)
    })
  })
  const res = await bounded(fastify.inject('/never'), 30_000, '/never')
  t.equal(res.statusCode, 503)
  t.equal(res.json().code, 'SERVICE_UNAVAILABLE')
  t.ok(res.headers['retry-after'])
  const stream = await bounded(fastify.inject('/slow-stream'), 30_000, '/slow-stream')
  t.equal(stream.statusCode, 200)
  t.equal(stream.body, 'first,')
})
