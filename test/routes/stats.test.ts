// /v1/stats: timeline, dyads, actors. Each figure is checked against what /v1/events returns.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, walk } from '../helper.ts'

interface Ev {
  id: string
  date: string
  date_end: string
  goldstein: number
  cameo_root: string
  quad_class: number
  event_type: string
  source: { id: string }
  target: { id: string } | null
}
interface Point { period: string; count: number; mean_goldstein: number | null }
interface Series { key: string; label: string; total: number; points: Point[] }
interface Timeline {
  interval: string
  group_by: string | null
  from: string | null
  to: string | null
  periods: string[]
  series: Series[]
}
const all = async (app: FastifyInstance, query = '') =>
  (await walk<Ev>(app, `/v1/events?limit=500${query ? `&${query}` : ''}`)).items
async function timeline(app: FastifyInstance, query: string): Promise<Timeline> {
  const res = await app.inject(`/v1/stats/timeline?${query}`)
  if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`)
  return res.json()
}
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null)
/** Means are rounded to 2 decimals (from float4 scores): equal within 0.01. */
const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 0.0051)
const sum = (s: Series) => s.points.reduce((a, p) => a + p.count, 0)

t.test('timeline: monthly counts over 2012, zero-filled', async (t) => {
  const app = await build(t)
  const tl = await timeline(app, 'interval=month&from=2012-01-01&to=2012-12-31')
  t.match(tl, { interval: 'month', group_by: null, from: '2012-01-01', to: '2012-12-31' })
  t.same(tl.periods, Array.from({ length: 12 }, (_, i) => `2012-${String(i + 1).padStart(2, '0')}-01`))
  t.equal(tl.series.length, 1)
  const s = tl.series[0]!
  t.match(s, { key: 'all', label: String })
  t.same(s.points.map((p) => p.period), tl.periods)
  const evs = await all(app, 'from=2012-01-01&to=2012-12-31')
  t.ok(evs.length > 0, 'events in 2012')
  t.equal(sum(s), evs.length, 'every matching event counted once')
  t.equal(s.total, evs.length)
  t.ok(s.points.some((p) => p.count === 0), 'months without events are present with 0')
  for (const p of s.points) {
    // an event counts in the period of its date, or of `from` when it began before it
    const inMonth = evs.filter((e) =>
      (e.date < '2012-01-01' ? '2012-01-01' : e.date).slice(0, 7) === p.period.slice(0, 7))
    t.equal(p.count, inMonth.length, `${p.period} count`)
    t.ok(near(p.mean_goldstein, mean(inMonth.map((e) => e.goldstein))), `${p.period} mean Goldstein`)
    if (p.count === 0) t.equal(p.mean_goldstein, null)
  }
})

t.test('timeline: without from/to, from the first to the last event', async (t) => {
  const app = await build(t)
  const evs = await all(app)
  const first = evs[0]!.date
  const last = evs.map((e) => e.date).sort().at(-1)!
  const year = await timeline(app, 'interval=year')
  t.equal(year.from, first)
  t.equal(year.to, last)
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1
  t.same(year.periods, Array.from({ length: years }, (_, i) => `${Number(first.slice(0, 4)) + i}-01-01`))
  t.equal(sum(year.series[0]!), evs.length)
  const month = await timeline(app, '')
  t.equal(month.interval, 'month', 'month by default')
  t.equal(month.periods[0], `${first.slice(0, 7)}-01`)
  t.equal(month.periods.at(-1), `${last.slice(0, 7)}-01`)
  t.equal(sum(month.series[0]!), evs.length)
  const week = await timeline(app, 'interval=week&from=2016-01-01&to=2016-12-31')
  t.ok(week.periods.every((p) => new Date(`${p}T00:00:00Z`).getUTCDay() === 1), 'weeks start on Monday')
  t.equal(week.periods.length, 53, '2016 touches 53 ISO weeks')
  const day = await timeline(app, 'interval=day&from=2016-06-01&to=2016-06-30')
  t.equal(day.periods.length, 30)
  t.equal(sum(day.series[0]!), (await all(app, 'from=2016-06-01&to=2016-06-30')).length)
})

t.test('timeline: group_by splits into the top series', async (t) => {
  const app = await build(t)
  const evs = await all(app)
  const keyOf: Record<string, (e: Ev) => string> = {
    root: (e) => e.cameo_root,
    quad: (e) => String(e.quad_class),
    type: (e) => e.event_type,
    actor: (e) => e.source.id, // an event counts for its source actor only
  }
  for (const [group, key] of Object.entries(keyOf)) {
    const tl = await timeline(app, `interval=year&group_by=${group}&top=100`)
    t.equal(tl.group_by, group)
    const counts = new Map<string, number>()
    for (const e of evs) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1)
    t.same(Object.fromEntries(tl.series.map((s) => [s.key, s.total])), Object.fromEntries(counts),
      `${group}: one series per value, with its count`)
    t.equal(tl.series.reduce((a, s) => a + sum(s), 0), evs.length, `${group}: series add up to all events`)
    t.ok(tl.series.every((s, i) => i === 0 || s.total <= tl.series[i - 1]!.total), `${group}: largest first`)
    t.ok(tl.series.every((s) => s.points.length === tl.periods.length && s.total === sum(s)))
    const top1 = await timeline(app, `interval=year&group_by=${group}&top=1`)
    t.equal(top1.series.length, 1)
    t.equal(top1.series[0]!.total, Math.max(...counts.values()))
  }
  const roots = await timeline(app, 'group_by=root')
  t.ok(roots.series.length <= 10, 'top 10 by default')
  t.ok(roots.series.every((s) => /^\d{2}$/.test(s.key) && s.label !== s.key), 'roots have CAMEO labels')
  const actors = await timeline(app, 'group_by=actor')
  t.ok(actors.series.some((s) => s.key === 'russia' && s.label === 'Russia'), 'actors are labelled by name')
})

t.test('timeline: the event filters apply', async (t) => {
  const app = await build(t)
  const queries = [
    'dyad=united-states,russia', 'root=12', 'actor=russia&quad=3', 'q=missile', 'article=003-0ceba8022e856230',
  ]
  for (const query of queries) {
    const tl = await timeline(app, `interval=year&${query}`)
    t.equal(tl.series.reduce((a, s) => a + sum(s), 0), (await all(app, query)).length, query)
  }
  const none = await timeline(app, 'q=zzyzxqqq')
  t.same(none, { interval: 'month', group_by: null, from: null, to: null, periods: [], series: [] },
    'nothing matches, no range: empty')
  const zero = await timeline(app, 'q=zzyzxqqq&interval=year&from=2010-01-01&to=2011-12-31')
  t.same(zero.series, [{
    key: 'all',
    label: 'All events',
    total: 0,
    points: [
      { period: '2010-01-01', count: 0, mean_goldstein: null },
      { period: '2011-01-01', count: 0, mean_goldstein: null },
    ],
  }])
})

t.test('timeline: bad parameters', async (t) => {
  const app = await build(t)
  const cases: [string, string][] = [
    ['interval=fortnight', 'interval'], ['interval=day&from=1900-01-01&to=2016-12-31', 'interval'],
    ['group_by=outlet', 'group_by'],
    ['top=0', 'top'], ['from=2017-01-01&to=2016-01-01', 'from'], ['limit=5', 'limit'], ['root=99', 'root'],
  ]
  for (const [query, parameter] of cases) {
    const res = await app.inject(`/v1/stats/timeline?${query}`)
    t.equal(res.statusCode, 400, query)
    t.equal(res.json().errors?.[0]?.parameter, parameter, `${query} names ${parameter}`)
  }
  const weeks = await app.inject('/v1/stats/timeline?interval=week&from=1990-01-01&to=2016-12-31')
  t.ok(weeks.statusCode === 200, '1400 weeks is fine')
  const actor = await app.inject('/v1/stats/timeline?actor=nobody-at-all')
  t.equal(actor.statusCode, 404)
  t.match(actor.json(), { code: 'UNKNOWN_ACTOR', errors: [{ parameter: 'actor' }] })
})

t.test('dyads: counts equal /v1/events?source=&target=', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/stats/dyads?limit=500')
  t.equal(res.statusCode, 200)
  type Dyad = {
    source: { id: string }
    target: { id: string }
    count: number
    mean_goldstein: number
    first_date: string
    last_date: string
  }
  const dyads: Dyad[] = res.json().data
  t.ok(dyads.some((d) => d.source.id === 'united-states' && d.target.id === 'russia'), 'united-states → russia')
  t.ok(dyads.every((d, i) => i === 0 || d.count <= dyads[i - 1]!.count), 'most events first')
  t.equal(dyads.reduce((a, d) => a + d.count, 0), (await all(app)).filter((e) => e.target).length,
    'every event with a target, once')
  for (const d of dyads) {
    const evs = await all(app, `source=${d.source.id}&target=${d.target.id}`)
    t.equal(d.count, evs.length, `${d.source.id} → ${d.target.id}`)
    t.ok(near(d.mean_goldstein, mean(evs.map((e) => e.goldstein))), 'mean Goldstein')
    t.equal(d.first_date, evs[0]!.date)
    t.equal(d.last_date, evs.at(-1)!.date)
  }
  const filtered: typeof dyads = (await app.inject('/v1/stats/dyads?from=2016-01-01&quad=3')).json().data
  for (const d of filtered) {
    t.equal(d.count, (await all(app, `source=${d.source.id}&target=${d.target.id}&from=2016-01-01&quad=3`)).length)
  }
  t.equal((await app.inject('/v1/stats/dyads?limit=1')).json().data.length, 1)
  t.equal((await app.inject('/v1/stats/dyads?limit=0')).statusCode, 400)
  t.equal((await app.inject('/v1/stats/dyads?dyad=russia,nobody-at-all')).json().code, 'UNKNOWN_ACTOR')
})

t.test('actors: activity counts equal the event and statement counts', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/stats/actors?limit=500')
  t.equal(res.statusCode, 200)
  type Row = {
    actor: { id: string; kind: string; country: string | null }
    as_source: number
    as_target: number
    statements: number
    total: number
  }
  const rows: Row[] = res.json().data
  t.ok(rows.length > 0)
  t.ok(rows.every((r, i) => i === 0 || r.total <= rows[i - 1]!.total), 'most active first')
  const evs = await all(app)
  for (const r of rows) {
    t.equal(r.total, r.as_source + r.as_target + r.statements)
    t.ok(r.total > 0)
    t.equal(r.as_source, evs.filter((e) => e.source.id === r.actor.id).length, `${r.actor.id} as source`)
    t.equal(r.as_target, evs.filter((e) => e.target?.id === r.actor.id).length, `${r.actor.id} as target`)
  }
  const articles: { id: string }[] = (await app.inject('/v1/articles?limit=500')).json().data
  let statements = 0
  for (const a of articles) statements += (await app.inject(`/v1/articles/${a.id}`)).json().counts.statements
  t.equal(rows.reduce((a, r) => a + r.statements, 0), statements, 'every statement counted for its speaker')

  const persons: Row[] = (await app.inject('/v1/stats/actors?kind=person')).json().data
  t.ok(persons.length > 0 && persons.every((r) => r.actor.kind === 'person'))
  const rus: Row[] = (await app.inject('/v1/stats/actors?country=rus')).json().data
  t.ok(rus.length > 0 && rus.every((r) => r.actor.country === 'RUS'))
  const y2016: Row[] = (await app.inject('/v1/stats/actors?from=2016-01-01&to=2016-12-31&limit=500')).json().data
  const evs2016 = await all(app, 'from=2016-01-01&to=2016-12-31')
  t.ok(y2016.length > 0)
  for (const r of y2016) {
    t.equal(r.as_source, evs2016.filter((e) => e.source.id === r.actor.id).length, `${r.actor.id} as source in 2016`)
  }
  t.equal((await app.inject('/v1/stats/actors?limit=2')).json().data.length, 2)
  const cases = [['kind=city', 'kind'], ['from=2017-01-01&to=2016-01-01', 'from'], ['root=12', 'root']] as const
  for (const [query, parameter] of cases) {
    const bad = await app.inject(`/v1/stats/actors?${query}`)
    t.equal(bad.statusCode, 400, query)
    t.equal(bad.json().errors?.[0]?.parameter, parameter)
  }
})
