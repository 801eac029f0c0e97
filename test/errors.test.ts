import t, { type Test } from 'tap'
import { z } from 'zod'
import Fastify from 'fastify'
import app, { fastifyOptions } from '../src/app.ts'
import { AppError } from '../src/errors.ts'
import { testConfig } from './helper.ts'

/** The real app plus a few routes that fail in known ways. */
async function buildWithFailures(t: Test) {
  const fastify = Fastify(fastifyOptions)
  await fastify.register(async (f) => {
    await app(f, { config: testConfig() })
    f.get('/boom', async () => {
      throw new Error('secret internals: password=hunter2')
    })
    f.get('/gone', async () => {
      throw new AppError('NOT_FOUND', 'No widget with id \'w1\'')
    })
    f.get('/overloaded', async () => {
      // what @fastify/under-pressure raises when the event loop is saturated
      throw Object.assign(new Error('Service Unavailable: event loop delay 9000ms'), { statusCode: 503 })
    })
    f.post('/echo', { schema: { body: z.object({ n: z.number() }) } }, async (req) => req.body)
  })
  await fastify.ready()
  t.teardown(() => fastify.close())
  return fastify
}

t.test('an unexpected error is a 500 problem with no internals', async (t) => {
  const f = await buildWithFailures(t)
  const res = await f.inject('/boom')
  t.equal(res.statusCode, 500)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  const body = res.json()
  t.equal(body.code, 'INTERNAL')
  t.equal(body.status, 500)
  t.notMatch(res.body, /hunter2|secret internals|at \w+ \(|\.ts:\d+/, 'no message or stack leaks')
})

t.test('a typed error keeps its status and code', async (t) => {
  const f = await buildWithFailures(t)
  const res = await f.inject('/gone')
  t.equal(res.statusCode, 404)
  t.match(res.json(), {
    type: 'urn:parley:problem:not-found',
    title: 'Resource not found',
    status: 404,
    code: 'NOT_FOUND',
    detail: "No widget with id 'w1'",
    instance: '/gone',
  })
})

t.test('an unknown route is a 404 problem', async (t) => {
  const f = await buildWithFailures(t)
  const res = await f.inject('/v1/nothing-here')
  t.equal(res.statusCode, 404)
  t.match(res.headers['content-type'], /problem\+json/)
  t.equal(res.json().code, 'ROUTE_NOT_FOUND')
})

t.test('body validation names the field and where it was', async (t) => {
  const f = await buildWithFailures(t)
  const res = await f.inject({ method: 'POST', url: '/echo', payload: { n: 'x' } })
  t.equal(res.statusCode, 400)
  t.match(res.json(), { code: 'VALIDATION_FAILED', errors: [{ in: 'body', parameter: 'n' }] })
})

t.test("Fastify's own 4xx errors become problems too", async (t) => {
  const f = await buildWithFailures(t)
  const bad = await f.inject({
    method: 'POST', url: '/echo', payload: '{not json', headers: { 'content-type': 'application/json' },
  })
  t.equal(bad.statusCode, 400)
  t.match(bad.headers['content-type'], /problem\+json/)
  t.equal(bad.json().code, 'BAD_REQUEST')
  const media = await f.inject({
    method: 'POST', url: '/echo', payload: 'n=1', headers: { 'content-type': 'text/x-nope' },
  })
  t.equal(media.statusCode, 415)
  t.equal(media.json().code, 'UNSUPPORTED_MEDIA_TYPE')
})

t.test('an overload (503) is a problem without internals', async (t) => {
  const f = await buildWithFailures(t)
  const res = await f.inject('/overloaded')
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], /problem\+json/)
  t.equal(res.json().code, 'SERVICE_UNAVAILABLE')
  t.notMatch(res.body, /9000ms/)
})
