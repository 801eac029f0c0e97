// GET /v1/actors/:id/events: the same as /v1/events?actor=:id, with the same filters and formats.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, walk } from '../helper.ts'

interface Ev { id: string; cameo_root: string; source: { id: string }; target: { id: string } | null }
const walkEvents = async (app: FastifyInstance, path: string, query = '', limit = 500) =>
  (await walk<Ev>(app, `${path}?limit=${limit}${query ? `&${query}` : ''}`)).items
const ids = (evs: { id: string }[]) => evs.map((e) => e.id)

t.test("an actor's events are /v1/events?actor=, in both sorts", async (t) => {
  const app = await build(t)
  for (const actor of ['russia', 'united-states']) {
    for (const sort of ['date', '-date']) {
      const mine = await walkEvents(app, `/v1/actors/${actor}/events`, `sort=${sort}`)
      t.ok(mine.length > 0, `${actor} has events`)
      t.ok(mine.every((e) => e.source.id === actor || e.target?.id === actor))
      const all = await walkEvents(app, '/v1/events', `actor=${actor}&sort=${sort}`)
      t.same(ids(mine), ids(all), `${actor} sort=${sort}`)
    }
  }
})

t.test('the event filters apply too', async (t) => {
  const app = await build(t)
  const mine = await walkEvents(app, '/v1/actors/russia/events')
  const root = mine[0]!.cameo_root
  const queries = [
    `root=${root}`, 'target=united-states', 'dyad=russia,united-states',
    'from=2016-01-01', 'q=missile', 'fields=id,date',
  ]
  for (const query of queries) {
    const got = await walkEvents(app, '/v1/actors/russia/events', query)
    t.same(got, await walkEvents(app, '/v1/events', `actor=russia&${query}`), query)
  }
  const other = await walkEvents(app, '/v1/actors/russia/events', 'source=united-states&target=poland')
  const combined = await walkEvents(app, '/v1/events', 'actor=russia&source=united-states&target=poland')
  t.same(ids(other), ids(combined), 'filters combine with AND')
})

t.test('pagination walks every event once', async (t) => {
  const app = await build(t)
  const full = ids(await walkEvents(app, '/v1/actors/russia/events'))
  const paged = ids(await walkEvents(app, '/v1/actors/russia/events', '', 2))
  t.same(paged, full)
  const first = await app.inject('/v1/actors/russia/events?limit=1')
  if (full.length > 1) t.match(first.headers.link, /\/v1\/actors\/russia\/events\?.*cursor=.*rel="next"/)
  const cursor: string = (await app.inject('/v1/events?actor=russia&limit=1')).json().meta.next_cursor
  const foreign = await app.inject(`/v1/actors/russia/events?limit=1&cursor=${encodeURIComponent(cursor)}`)
  t.equal(foreign.statusCode, 400, 'a /v1/events cursor is not valid here')
  t.equal(foreign.json().code, 'INVALID_CURSOR')
  const mine: string = first.json().meta.next_cursor
  const otherActor = await app.inject(`/v1/actors/united-states/events?limit=1&cursor=${encodeURIComponent(mine)}`)
  t.equal(otherActor.statusCode, 400, "nor another actor's")
})

t.test('CSV and NDJSON exports', async (t) => {
  const app = await build(t)
  const full = ids(await walkEvents(app, '/v1/actors/russia/events'))
  const csv = await app.inject('/v1/actors/russia/events?format=csv&fields=id')
  t.equal(csv.statusCode, 200)
  t.match(csv.headers['content-disposition'], /filename="events-russia\.csv"/)
  t.same(csv.body.trimEnd().split('\n'), ['id', ...full])
  const nd = await app.inject({ url: '/v1/actors/russia/events', headers: { accept: 'application/x-ndjson' } })
  t.same(nd.body.trimEnd().split('\n').map((l) => JSON.parse(l).id), full)
})

t.test('an unknown actor is a 404; bad parameters are 400s', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/actors/nobody-at-all/events')
  t.equal(res.statusCode, 404)
  t.match(res.json(), { code: 'NOT_FOUND', detail: "No actor with id 'nobody-at-all'" })
  const csv = await app.inject('/v1/actors/nobody-at-all/events?format=csv')
  t.equal(csv.statusCode, 404, 'also before an export')
  const unknownTarget = await app.inject('/v1/actors/russia/events?target=nobody-at-all')
  t.match(unknownTarget.json(), { code: 'UNKNOWN_ACTOR', errors: [{ parameter: 'target' }] })
  const cases = [
    ['actor=russia', 'actor'], ['limit=0', 'limit'],
    ['from=2017-01-01&to=2016-01-01', 'from'], ['fields=nope', 'fields'],
  ] as const
  for (const [query, parameter] of cases) {
    const bad = await app.inject(`/v1/actors/russia/events?${query}`)
    t.equal(bad.statusCode, 400, query)
    t.equal(bad.json().errors?.[0]?.parameter, parameter)
  }
})

t.test('an actor with no matching events has an empty list', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/actors/russia/events?from=1900-01-01&to=1900-12-31')
  t.equal(res.statusCode, 200)
  t.same(res.json().data, [])
  t.equal(res.json().meta.next_cursor, null)
})
