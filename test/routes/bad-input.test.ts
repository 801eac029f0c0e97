// Bad input is a 4xx problem naming the parameter, never a 5xx (issue 9): NUL bytes, dates PostgreSQL
// cannot store, signed cursors holding impossible keys, unknown parameters, and requests for more
// work than a chart needs. Routes and parameters are taken from the OpenAPI document, so a route or
// parameter added later is covered too.
import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, testConfig } from '../helper.ts'
import { createCursorCodec, type CursorValue } from '../../src/lib/cursor.ts'

interface Param {
  name: string
  in: 'query' | 'path'
  required?: boolean
  schema?: { type?: string; format?: string; pattern?: string }
}
interface Operation { parameters?: Param[] }

/** Every GET route under /v1 with its parameters. */
async function routes(app: FastifyInstance): Promise<[path: string, params: Param[]][]> {
  const doc = (await app.inject('/openapi.json')).json() as { paths: Record<string, { get?: Operation }> }
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    path.startsWith('/v1/') && ops.get ? [[path, ops.get.parameters ?? []]] : [])
}

/** A URL of the route with `{id}` replaced and `query` appended (plus a valid `since` where it is required). */
const urlOf = (path: string, params: Param[], id: string, query: string) => {
  const needsSince = params.some((p) => p.name === 'since') && !query.startsWith('since=')
  const since = needsSince ? 'since=2020-01-01T00:00:00Z&' : ''
  return `${path.replace('{id}', id)}?${since}${query}`
}

async function expectProblem(t: Test, app: FastifyInstance, url: string, status: number, parameter?: string) {
  const res = await app.inject(url)
  t.equal(res.statusCode, status, `${url}: ${status}`)
  t.match(res.headers['content-type'], /^application\/problem\+json/, `${url}: a problem document`)
  const named = (res.json().errors ?? []).some((e: { parameter: string }) => e.parameter === parameter)
  if (parameter) t.ok(named, `${url} names ${parameter}`)
}

t.test('a NUL byte in any text parameter or path id is a 400 naming it', async (t) => {
  const app = await build(t)
  const all = await routes(app)
  t.ok(all.length >= 12, 'every /v1 route is listed')
  let checked = 0
  for (const [path, params] of all) {
    for (const p of params.filter((p) => p.schema?.type === 'string')) {
      const url = p.in === 'path' ? urlOf(path, params, 'ev%00x', '') : urlOf(path, params, 'russia', `${p.name}=a%00b`)
      await expectProblem(t, app, url, 400, p.name)
      checked++
    }
  }
  t.ok(checked > 40, `${checked} parameters checked`)
  await expectProblem(t, app, '/v1/events?dyad=a%00,b', 400, 'dyad')
  await expectProblem(t, app, '/v1/events/ev%00', 400, 'id')
  await expectProblem(t, app, '/v1/events?type=%00', 400, 'type')
})

t.test('dates are real calendar dates PostgreSQL can store, documented as format: date', async (t) => {
  const app = await build(t)
  let checked = 0
  for (const [path, params] of await routes(app)) {
    for (const p of params.filter((p) => p.name === 'from' || p.name === 'to')) {
      if (path === '/v1/stats/timeline') {
        // a date or epoch milliseconds (Grafana), so not `format: date`; the pattern says both
        t.match(p.schema?.pattern, /\\d\{4\}-.*\|/, `${path} ${p.name} is a date or epoch milliseconds`)
      } else t.equal(p.schema?.format, 'date', `${path} ${p.name} is format: date`)
      for (const bad of ['0000-01-01', '0000-02-29', '2016-02-30']) {
        await expectProblem(t, app, urlOf(path, params, 'russia', `${p.name}=${bad}`), 400, p.name)
      }
      checked++
    }
  }
  t.ok(checked >= 16, `${checked} date parameters checked`)
  const widest = await app.inject('/v1/events?from=0001-01-01&to=9999-12-31')
  t.equal(widest.statusCode, 200, 'years 0001 and 9999 are fine')
})

t.test('/v1/changes?since= outside what PostgreSQL can store is a 400 naming since', async (t) => {
  const app = await build(t)
  for (const since of ['9999-12-31T23:59:59-23:59', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00%2B01:00']) {
    await expectProblem(t, app, `/v1/changes?since=${since}`, 400, 'since')
  }
  t.equal((await app.inject('/v1/changes?since=0001-01-01T00:00:00Z')).statusCode, 200)
  t.equal((await app.inject('/v1/changes?since=9999-12-31T23:59:59Z')).statusCode, 200)
})

t.test('a correctly signed cursor holding an impossible key is a 400 INVALID_CURSOR', async (t) => {
  const app = await build(t)
  const codec = createCursorCodec(testConfig().CURSOR_SECRET)
  const [feed, feedScope] = ['/v1/changes?since=1970-01-01T00:00:00Z', 'changes:1970-01-01T00:00:00.000Z:*']
  const cases: [url: string, scope: string, key: CursorValue[]][] = [
    ['/v1/events', 'events:date', ['2016-02-30', 'ev-x']],
    ['/v1/events', 'events:date', ['0000-01-01', 'ev-x']],
    ['/v1/events', 'events:date', ['2016-01-01']],
    ['/v1/events', 'events:date', [20160101, 'ev-x']],
    ['/v1/actors/russia/events', 'actor-events:russia:date', ['x', 'ev-x']],
    ['/v1/statements', 'statements:date', ['2012-13-01', 'st-x']],
    ['/v1/actors/russia/statements', 'actor-statements:russia:date', ['2012-01-01', 'st\u0000x']],
    ['/v1/articles', 'articles:date', ['2012-01-32', 'a']],
    ['/v1/actors', 'actors:name', ['zero', 'Russia', 'russia']],
    [feed, feedScope, ['10000-01-01T00:00:00Z', '2020-01-01T00:00:00Z', 'event', 'x', 'created']],
    [feed, feedScope, ['2020-01-01T00:00:00Z', 'yesterday', 'event', 'x', 'created']],
    [feed, feedScope, ['2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', 'mention', 'x', 'created']],
  ]
  for (const [url, scope, key] of cases) {
    const cursor = encodeURIComponent(codec.encode(scope, key))
    const res = await app.inject(`${url}${url.includes('?') ? '&' : '?'}cursor=${cursor}`)
    t.equal(res.statusCode, 400, `${url} ${JSON.stringify(key)}`)
    t.equal(res.json().code, 'INVALID_CURSOR')
  }
  const good = codec.encode('events:date', ['2012-01-01', 'ev-0'])
  const used = await app.inject(`/v1/events?cursor=${encodeURIComponent(good)}`)
  t.equal(used.statusCode, 200, 'a well-formed signed key is used')
})

t.test('every route rejects an unknown parameter with a 400 naming it', async (t) => {
  const app = await build(t)
  for (const [path, params] of await routes(app)) {
    const url = urlOf(path, params, 'russia', 'no_such_parameter=1')
    await expectProblem(t, app, url, 400, 'no_such_parameter')
  }
  await expectProblem(t, app, '/v1/articles?colour=red', 400, 'colour')
  await expectProblem(t, app, '/v1/articles/004-c6aa0806ec42fcf8?limit=1', 400, 'limit')
})

t.test('a timeline is bounded by periods × series, with a 400 saying so', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/stats/timeline?interval=day&group_by=actor&top=100')
  t.equal(res.statusCode, 400)
  t.equal(res.json().errors?.[0]?.parameter, 'interval')
  t.match(res.json().detail, /periods × \d+ series = \d+ points, more than 10000/)
  const status = async (query: string) => (await app.inject(`/v1/stats/timeline?${query}`)).statusCode
  t.equal(await status('interval=month&group_by=actor&top=100'), 200, 'by month it fits')
  t.equal(await status('interval=day&group_by=quad&top=100'), 400, 'four series a day over years is too many')
  t.equal(await status('interval=day&group_by=quad&from=2016-01-01&to=2016-12-31'), 200, 'a year of days fits')
})
