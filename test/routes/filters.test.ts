// Every filter of every list route reaches SQL: on a fixture built for it, each filter alone picks a
// strict, non-empty part of what the route lists without it. The filters are taken from the zod
// filter schemas, and the probe tables are typed by them, so a filter added to a schema needs a probe
// here (a compile error otherwise) and fails here if it changes nothing.
import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import type { z } from 'zod'
import { build, freshDatabase, walk } from '../helper.ts'
import { loadFilterFixture } from '../fixtures/filter-fixture.ts'
import { EventFilter } from '../../src/schemas/events.ts'
import { StatementFilter } from '../../src/schemas/statements.ts'
import { ActorFilter } from '../../src/schemas/actors.ts'
import { ArticleFilter } from '../../src/schemas/articles.ts'
import { ActorStatsFilter } from '../../src/schemas/stats.ts'

type Probes<S extends z.ZodObject> = Record<keyof S['shape'], string>

const eventProbes: Probes<typeof EventFilter> = {
  from: '2015-01-01', to: '2013-01-01', actor: 'gamma', source: 'beta', target: 'beta', dyad: 'alpha,beta',
  type: 'Reject', cameo: '12', root: '04', quad: '3', country: 'RUS', article: 'art-1', q: 'missile',
  country_dyad: 'USA,RUS', goldstein_min: '0', goldstein_max: '-1', confidence_min: '0.8', confidence_max: '0.6',
}
const statementProbes: Probes<typeof StatementFilter> = {
  speaker: 'alpha', article: 'art-1', from: '2016-01-01', to: '2013-01-01', direct: 'true', q: 'missile',
}
const actorProbes: Probes<typeof ActorFilter> = { q: 'alf', kind: 'person', country: 'RUS' }
const articleProbes: Probes<typeof ArticleFilter> = { from: '2015-01-01', to: '2013-01-01', outlet: 'Outlet A' }
const activityProbes: Probes<typeof ActorStatsFilter> = {
  kind: 'person', country: 'RUS', from: '2015-01-01', to: '2013-01-01',
}

async function fixtureApp(t: Test) {
  const url = await freshDatabase(t)
  await loadFilterFixture(url)
  return build(t, { DATABASE_URL: url })
}

/** What a route answers, as comparable strings (one per item). */
type Read = (app: FastifyInstance, url: string) => Promise<string[]>
const listed: Read = async (app, url) => (await walk<{ id: string }>(app, url)).items.map((x) => x.id)
const json = (pick: (body: never) => unknown[]): Read => async (app, url) => {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return pick(res.json() as never).map((x) => JSON.stringify(x))
}

/** Each filter of `schema` alone narrows what `base` answers to a strict, non-empty part of it. */
async function eachFilterNarrows(
  t: Test, app: FastifyInstance, base: string, schema: z.ZodObject, probes: Record<string, string>,
  read: Read = listed, skip: string[] = [],
) {
  const all = await read(app, base)
  t.ok(all.length >= 2, `${base}: the fixture lists several items`)
  const fields = Object.keys(schema.shape).filter((f) => !skip.includes(f))
  const probed = Object.keys(probes).filter((f) => !skip.includes(f))
  t.same(probed.sort(), [...fields].sort(), `${base}: a probe for every filter`)
  for (const field of fields) {
    const query = `${field}=${encodeURIComponent(probes[field]!)}`
    const got = await read(app, `${base}${base.includes('?') ? '&' : '?'}${query}`)
    t.ok(got.length > 0, `${base} ${query}: finds something`)
    t.ok(got.length < all.length, `${base} ${query}: leaves something out`)
    t.ok(got.every((x) => all.includes(x)), `${base} ${query}: only what the route lists without it`)
  }
}

t.test('event filters: /v1/events, an actor’s events, the timeline and the dyads', async (t) => {
  const app = await fixtureApp(t)
  await eachFilterNarrows(t, app, '/v1/events?limit=2', EventFilter, eventProbes)
  await eachFilterNarrows(t, app, '/v1/actors/alpha/events?limit=2', EventFilter, eventProbes, listed, ['actor'])
  const points = json((b: { series: { points: { period: string; count: number }[] }[] }) =>
    b.series.flatMap((s) => s.points.filter((p) => p.count > 0)))
  await eachFilterNarrows(t, app, '/v1/stats/timeline?interval=month&from=2012-01-01&to=2016-12-31', EventFilter,
    eventProbes, points, ['from', 'to'])
  // without from/to the range is the data's; each of them alone shortens it
  const notRange = Object.keys(EventFilter.shape).filter((f) => f !== 'from' && f !== 'to')
  const periods = json((b: { periods: string[] }) => b.periods)
  const rangeProbes = { ...eventProbes, from: '2015-01-01', to: '2014-06-30' }
  await eachFilterNarrows(t, app, '/v1/stats/timeline?interval=year', EventFilter, rangeProbes, periods, notRange)
  await eachFilterNarrows(t, app, '/v1/stats/dyads', EventFilter, eventProbes, json((b: { data: unknown[] }) => b.data))
})

t.test('statement filters: /v1/statements and an actor’s history', async (t) => {
  const app = await fixtureApp(t)
  await eachFilterNarrows(t, app, '/v1/statements?limit=2', StatementFilter, statementProbes)
  const history = '/v1/actors/gamma/statements?limit=1'
  await eachFilterNarrows(t, app, history, StatementFilter, statementProbes, listed, ['speaker', 'article'])
})

t.test('actor, article and activity filters', async (t) => {
  const app = await fixtureApp(t)
  await eachFilterNarrows(t, app, '/v1/actors?limit=2', ActorFilter, actorProbes)
  await eachFilterNarrows(t, app, '/v1/articles?limit=1', ArticleFilter, articleProbes)
  const activeActors = json((b: { data: { actor: { id: string } }[] }) => b.data.map((d) => d.actor.id))
  await eachFilterNarrows(t, app, '/v1/stats/actors', ActorStatsFilter, activityProbes, activeActors)
})

t.test('a list parameter matches any of its values: the union of each value alone', async (t) => {
  const app = await fixtureApp(t)
  const ids = async (query: string) => (await listed(app, `/v1/events?limit=2&${query}`)).sort()
  const cases: [string, string[]][] = [
    ['root', ['04', '13']], ['cameo', ['12', '01']], ['quad', ['1', '3']], ['country', ['GBR', 'usa']],
    ['actor', ['beta', 'gamma']], ['source', ['alpha', 'gamma']], ['target', ['beta', 'delta']],
  ]
  for (const [name, values] of cases) {
    const union = [...new Set((await Promise.all(values.map((v) => ids(`${name}=${v}`)))).flat())].sort()
    const both = await ids(`${name}=${values.join(',')}`)
    t.same(both, union, `${name}=${values.join(',')} is ${name}=${values[0]} or ${name}=${values[1]}`)
    t.ok(both.length > (await ids(`${name}=${values[0]}`)).length, `${name}: the second value adds events`)
  }
  const dyad = await ids('country_dyad=RUS,USA')
  t.same(dyad, await ids('country_dyad=usa,rus'), 'a country dyad has no direction and any case')
  t.same(dyad, ['ev-1', 'ev-2'])
  t.same(await ids('goldstein_min=-4&goldstein_max=-4'), ['ev-1', 'ev-3'], 'a closed Goldstein range')
  t.same(await ids('confidence_min=0.9'), ['ev-1', 'ev-2'], 'a bound equal to a stored real matches it')
  t.same(await ids('goldstein_min=5e-324&confidence_max=1e-300'), [], 'tiny numbers are 0, not a database error')
})

t.test('bad list values, reversed ranges and unknown parameters are 400s that say what is valid', async (t) => {
  const app = await fixtureApp(t)
  const problem = async (url: string) => {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    return res.json() as { code: string; detail: string; errors: { parameter: string; message: string }[] }
  }
  t.match(await problem('/v1/events?root=04,21'), { errors: [{ parameter: 'root', message: /'21': must be/ }] })
  t.match(await problem('/v1/events?country=RUS,,USA'), { errors: [{ parameter: 'country' }] })
  t.match(await problem('/v1/events?quad=1,5'), { errors: [{ parameter: 'quad', message: /'5'/ }] })
  t.match(await problem('/v1/events?country_dyad=RUS'), { errors: [{ parameter: 'country_dyad' }] })
  t.match(await problem('/v1/events?goldstein_min=11'), { errors: [{ parameter: 'goldstein_min' }] })
  t.match(await problem('/v1/events?goldstein_min=2&goldstein_max=1'), {
    errors: [{ parameter: 'goldstein_min', message: /goldstein_max/ }],
  })
  t.match(await problem('/v1/events?confidence_min=0.9&confidence_max=0.1'), {
    errors: [{ parameter: 'confidence_min' }],
  })
  const unknown = await problem('/v1/events?contry=RUS')
  t.match(unknown, { code: 'VALIDATION_FAILED', errors: [{ parameter: 'contry' }] })
  t.match(unknown.detail, /unknown parameter 'contry'; valid parameters: .*\bcountry\b.*\bgoldstein_min\b/)
  t.match((await problem('/v1/events/ev-1?x=1')).detail, /unknown parameter 'x'; this endpoint takes no query parameters/)
})
