import t from 'tap'
import Fastify from 'fastify'
import { z } from 'zod'
import app, { fastifyOptions } from '../../src/app.ts'
import { compileSerializer } from '../../src/lib/serializer.ts'
import { EventPage } from '../../src/schemas/events.ts'
import { testConfig } from '../helper.ts'

const ref = { id: 'russia', name: 'Russia', kind: 'state', country: 'RUS' }

t.test('a response carrying more than its schema writes only what the schema declares', async (t) => {
  const fastify = Fastify(fastifyOptions)
  await fastify.register(async (f) => {
    await app(f, { config: testConfig() })
    const Reply = z.object({ id: z.string(), actor: z.object({ id: z.string() }).nullable(), n: z.number().int() })
    f.get('/leaky', { schema: { response: { 200: Reply } } }, async () =>
      ({ id: 'a', actor: { id: 'b', password: 'hunter2' }, n: 3, secret: 'token' }))
    f.get('/missing', { schema: { response: { 200: Reply } } }, async () => ({ id: 'a', actor: null }))
  })
  await fastify.ready()
  t.teardown(() => fastify.close())

  const res = await fastify.inject('/leaky')
  t.equal(res.statusCode, 200)
  t.same(res.json(), { id: 'a', actor: { id: 'b' }, n: 3 })
  t.notMatch(res.body, /hunter2|token|secret|password/)

  const missing = await fastify.inject('/missing')
  t.equal(missing.statusCode, 500, 'a missing required property is a server error, not a short answer')
  t.notMatch(missing.body, /required/)
})

t.test('an event page: full events and events trimmed by fields= share one serialiser', async (t) => {
  const serialize = compileSerializer(EventPage)
  const page = {
    data: [
      { id: 'ev-1', cameo_code: '125', source: { ...ref, wikidata_id: 'Q159' }, target: null, internal_rank: 7 },
    ],
    meta: { limit: 1, next_cursor: null, sql: 'SELECT' },
    links: { next: null },
  }
  t.same(JSON.parse(serialize(page)), {
    data: [{ id: 'ev-1', source: ref, target: null, cameo_code: '125' }],
    meta: { limit: 1, next_cursor: null },
    links: { next: null },
  })
})
