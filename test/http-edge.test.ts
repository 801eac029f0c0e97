// What reaches the API before (or instead of) a route: requests Node's parser or Fastify's router
// reject, wrong methods, bare OPTIONS. Every error leaves as problem+json.
import t, { type Test } from 'tap'
import { connect } from 'node:net'
import type { FastifyInstance } from 'fastify'
import Fastify from 'fastify'
import api, { serverOptions } from '../src/app.ts'
import { build, testConfig } from './helper.ts'

/** The app listening on a free loopback port (raw-socket tests need a real server). */
async function listening(t: Test) {
  const app = await build(t)
  await app.listen({ host: '127.0.0.1', port: 0 })
  return app
}

/** Sends raw bytes, returns the raw response (the server closes the connection). */
function raw(app: FastifyInstance, request: string): Promise<string> {
  const { port } = app.server.address() as { port: number }
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let out = ''
    socket.on('data', (d) => (out += d))
    socket.on('close', () => resolve(out))
    socket.on('error', (err) => (out ? resolve(out) : reject(err)))
  })
}

const parse = (response: string) => {
  const [head, body] = response.split('\r\n\r\n')
  return { status: Number(head!.split(' ')[1]), head: head!, body: JSON.parse(body!) }
}

t.test('a malformed percent-encoding in the path is a 400 problem', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/events/%ZZ')
  t.equal(res.statusCode, 400)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { code: 'BAD_REQUEST', status: 400, detail: /percent-encoding/ })
})

t.test('a too-long path segment is a 414 problem', async (t) => {
  const app = await build(t)
  const res = await app.inject(`/v1/events/${'a'.repeat(300)}`)
  t.equal(res.statusCode, 414)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { code: 'URI_TOO_LONG', status: 414 })
  t.ok(res.json().instance.length <= 256, 'the echoed path is shortened')
})

t.test('oversized headers are a 431 problem', async (t) => {
  const app = await listening(t)
  const res = parse(await raw(app, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`))
  t.equal(res.status, 431)
  t.match(res.head, /content-type: application\/problem\+json/i)
  t.match(res.body, { code: 'HEADERS_TOO_LARGE', status: 431 })
})

t.test('an unknown method and a malformed request line are 400 problems', async (t) => {
  const app = await listening(t)
  for (const request of ['FOO /health HTTP/1.1\r\nHost: x\r\n\r\n', 'GARBAGE\r\n\r\n']) {
    const res = parse(await raw(app, request))
    t.equal(res.status, 400)
    t.match(res.head, /content-type: application\/problem\+json/i)
    t.equal(res.body.code, 'BAD_REQUEST')
  }
})

t.test('a request not received in time is a 408 problem', async (t) => {
  const app = await listening(t)
  // Node checks request timeouts every 30 s: raise its timeout error on a real connection instead
  app.server.once('connection', (socket) => {
    socket.once('data', () => {
      const timeout = Object.assign(new Error('Request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' })
      app.server.emit('clientError', timeout, socket)
    })
  })
  const res = parse(await raw(app, 'GET /health HTTP/1.1\r\nHost: x\r\n'))
  t.equal(res.status, 408)
  t.match(res.head, /content-type: application\/problem\+json/i)
  t.match(res.body, { code: 'REQUEST_TIMEOUT', status: 408 })
})

t.test('a wrong method on a known path is a 405 with Allow; on an unknown path a 404', async (t) => {
  const app = await build(t)
  const wrong = [
    ['DELETE', '/v1/events'], ['POST', '/v1/events/ev-1'], ['PUT', '/health'], ['PROPFIND', '/v1/actors'],
  ] as const
  for (const [method, url] of wrong) {
    const res = await app.inject({ method, url })
    t.equal(res.statusCode, 405, `${method} ${url}`)
    t.equal(res.headers.allow, 'GET, HEAD, OPTIONS')
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.equal(res.json().code, 'METHOD_NOT_ALLOWED')
  }
  const unknown = await app.inject({ method: 'DELETE', url: '/v1/nothing' })
  t.equal(unknown.statusCode, 404)
  t.equal(unknown.json().code, 'ROUTE_NOT_FOUND')
})

t.test('a bare OPTIONS (not a preflight) answers 204 with Allow; on an unknown path a 404 problem', async (t) => {
  const app = await build(t)
  const known = await app.inject({ method: 'OPTIONS', url: '/v1/events/ev-1?x=1' })
  t.equal(known.statusCode, 204)
  t.equal(known.headers.allow, 'GET, HEAD, OPTIONS')
  t.equal(known.body, '')
  const unknown = await app.inject({ method: 'OPTIONS', url: '/v1/nothing' })
  t.equal(unknown.statusCode, 404)
  t.match(unknown.headers['content-type'], /^application\/problem\+json/)
  const preflight = await app.inject({
    method: 'OPTIONS', url: '/v1/events', headers: { origin: 'https://dash.example', 'access-control-request-method': 'GET' },
  })
  t.equal(preflight.statusCode, 204, 'CORS preflights are unchanged')
  t.ok(preflight.headers['access-control-allow-methods'])
})

t.test('a request reaching the server while it drains is a 503 problem; the one in flight completes', async (t) => {
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  let entered!: () => void
  const inside = new Promise<void>((resolve) => (entered = resolve))
  const config = testConfig()
  const app = Fastify(serverOptions(config))
  t.teardown(() => app.close())
  let closing!: () => void
  const isClosing = new Promise<void>((resolve) => (closing = resolve))
  await app.register(async (f) => {
    await api(f, { config })
    f.addHook('preClose', async () => closing()) // after the app's own preClose hooks
    f.get('/gate', async () => {
      entered()
      await gate
      return { ok: true }
    })
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  // a request in flight on a connection; once the server is closing, a second one on the same connection
  const { port } = app.server.address() as { port: number }
  const socket = connect(port, '127.0.0.1')
  let received = ''
  socket.on('data', (d) => (received += d))
  const ended = new Promise((resolve) => socket.on('close', resolve))
  socket.write('GET /gate HTTP/1.1\r\nHost: x\r\n\r\n')
  await inside
  const closed = app.close()
  await isClosing
  const arrived = new Promise((resolve) => app.server.on('request', (req) => req.url === '/health' && resolve(true)))
  socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n')
  await arrived
  open()
  await ended
  const [first, second] = received.split(/(?=HTTP\/1\.1 )/)
  t.match(first, /^HTTP\/1\.1 200 /, 'the request in flight completes')
  t.match(second, /^HTTP\/1\.1 503 /)
  t.match(second, /content-type: application\/problem\+json/i)
  t.match(second, /"code":"SERVICE_UNAVAILABLE"/)
  t.match(second, /retry-after: \d+/i)
  await closed
})
