import t from 'tap'
import { build, walk } from '../helper.ts'

interface ActorItem {
  id: string
  name: string
  kind: string
  country: string | null
  wikidata_id: string | null
  description: string | null
}
interface Page<T> { data: T[]; meta: { limit: number; next_cursor: string | null }; links: { next: string | null } }

const ids = (xs: { id: string }[]) => xs.map((x) => x.id)

t.test('GET /v1/actors lists actor summaries sorted by name', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/actors?limit=500')
  t.equal(res.statusCode, 200)
  const body: Page<ActorItem> = res.json()
  t.equal(body.meta.limit, 500)
  t.ok(body.data.length > 50, 'the gazetteer is listed')
  t.same(Object.keys(body.data[0]!).sort(), ['country', 'description', 'id', 'kind', 'name', 'wikidata_id'])
  // the gazetteer holds every state and its ministries: more than one page, so look the person up by name
  const found: Page<ActorItem> = (await app.inject('/v1/actors?q=vladimir%20putin')).json()
  const putin = found.data.find((a) => a.id === 'vladimir-putin')
  t.match(putin, { name: 'Vladimir Putin', kind: 'person', country: 'RUS' })
  t.equal(new Set(ids(body.data)).size, body.data.length, 'no duplicates')
})

t.test('q finds actors by name or alias, case- and diacritic-insensitively', async (t) => {
  const app = await build(t)
  const putin: Page<ActorItem> = (await app.inject('/v1/actors?q=putin')).json()
  t.equal(putin.data[0]?.id, 'vladimir-putin', 'a word of his name')
  const upper: Page<ActorItem> = (await app.inject('/v1/actors?q=PUTIN')).json()
  t.same(ids(upper.data), ids(putin.data), 'case-insensitive')
  const spellings = [
    ['BASESCU', 'traian-basescu'], ['basescu', 'traian-basescu'], ['Băsescu', 'traian-basescu'],
    ['erdogan', 'recep-tayyip-erdogan'], ['KACZYNSKI', 'lech-kaczynski'],
  ]
  for (const [q, id] of spellings) {
    const body: Page<ActorItem> = (await app.inject(`/v1/actors?q=${encodeURIComponent(q!)}`)).json()
    t.ok(ids(body.data).includes(id!), `q=${q} finds ${id}`)
  }
  const basescu: Page<ActorItem> = (await app.inject('/v1/actors?q=BASESCU')).json()
  t.equal(basescu.data[0]?.name, 'Traian Băsescu', 'the stored name keeps its diacritics')
  const none: Page<ActorItem> = (await app.inject('/v1/actors?q=zzqxw')).json()
  t.same(none.data, [])
})

t.test('q ranks exact matches before prefixes before substrings', async (t) => {
  const app = await build(t)
  const body: Page<ActorItem> = (await app.inject('/v1/actors?q=russia&limit=500')).json()
  t.equal(body.data[0]?.id, 'russia', 'the actor named exactly "Russia" first')
  t.ok(body.data.length > 1, 'other actors whose names contain "russia" follow')
  const aliasHit: Page<ActorItem> = (await app.inject('/v1/actors?q=moscow')).json()
  t.ok(ids(aliasHit.data).includes('russia'), 'aliases are searched too (Moscow → russia)')
})

t.test('kind and country filter', async (t) => {
  const app = await build(t)
  const body: Page<ActorItem> = (await app.inject('/v1/actors?kind=state&country=RUS')).json()
  t.same(ids(body.data), ['russia'])
  const lower: Page<ActorItem> = (await app.inject('/v1/actors?kind=state&country=rus')).json()
  t.same(ids(lower.data), ['russia'], 'the country code is case-insensitive')
  const people = await walk<ActorItem>(app, '/v1/actors?kind=person&country=RUS&limit=5')
  t.ok(people.items.length > 1)
  t.ok(people.items.every((a) => a.kind === 'person' && a.country === 'RUS'))
  t.ok(ids(people.items).includes('vladimir-putin'))
  const orgs: Page<ActorItem> = (await app.inject('/v1/actors?kind=organization&q=nato')).json()
  t.ok(orgs.data.length > 0 && orgs.data.every((a) => a.kind === 'organization'))
  t.equal(orgs.data[0]?.id, 'nato')
})

t.test('pagination walks every actor exactly once, with and without q', async (t) => {
  const app = await build(t)
  for (const query of ['', 'q=an', 'kind=person']) {
    const all = (await walk<ActorItem>(app, `/v1/actors?limit=500&${query}`)).items
    t.ok(all.length > 3, `${query || 'all'}: enough rows to page`)
    t.equal(new Set(ids(all)).size, all.length, 'no duplicates')
    for (const limit of [1, 2, 7]) {
      if (limit < 7 && all.length > 60) continue // keep the test quick: limit=7 covers the long lists
      const { items, pages } = await walk<ActorItem>(app, `/v1/actors?limit=${limit}&${query}`)
      t.same(ids(items), ids(all), `${query || 'all'} limit=${limit}: same rows in the same order`)
      t.equal(pages, Math.ceil(all.length / limit))
    }
  }
  const short = (await walk<ActorItem>(app, '/v1/actors?limit=500&q=russia')).items
  t.ok(short.length >= 2)
  for (const limit of [1, 2]) {
    const ranked = (await walk<ActorItem>(app, `/v1/actors?limit=${limit}&q=russia`)).items
    t.same(ids(ranked), ids(short), `ranked q=russia limit=${limit}`)
  }
})

t.test('bad parameters are 400 problems naming the parameter', async (t) => {
  const app = await build(t)
  const first: Page<ActorItem> = (await app.inject('/v1/actors?q=an&limit=1')).json()
  const cursor = first.meta.next_cursor!
  const cases: [string, string][] = [
    ['q=...', 'q'],
    ['q=', 'q'],
    ['kind=planet', 'kind'],
    ['country=RU', 'country'],
    ['limit=0', 'limit'],
    ['sort=name', 'sort'],
    ['cursor=abc', 'cursor'],
    [`cursor=${cursor.slice(0, -2)}xx&q=an`, 'cursor'],
    [`cursor=${cursor}&q=ab`, 'cursor'],
    [`cursor=${cursor}`, 'cursor'],
  ]
  for (const [query, parameter] of cases) {
    const res = await app.inject(`/v1/actors?${query}`)
    t.equal(res.statusCode, 400, query)
    t.equal(res.json().errors?.[0]?.parameter, parameter, `${query} names ${parameter}`)
  }
})

t.test('GET /v1/actors/:id: aliases, dated roles, counts and activity', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/actors/vladimir-putin')
  t.equal(res.statusCode, 200)
  const a = res.json()
  t.match(a, { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', country: 'RUS' })
  t.ok(a.aliases.length > 0 && a.aliases.every((x: string) => /putin/i.test(x)), 'his other names')
  t.notOk(a.aliases.includes('Vladimir Putin'), 'the canonical name is not repeated among the aliases')
  const president = a.roles.filter((r: { title: string }) => r.title === 'President of Russia')
  t.ok(president.length >= 1, 'holds "President of Russia"')
  t.ok(president.every((r: { valid_from: string | null }) => /^\d{4}-\d{2}-\d{2}$/.test(r.valid_from ?? '')), 'with dates')
  t.ok(president.some((r: { valid_from: string; valid_to: string | null }) =>
    r.valid_from <= '2012-06-19' && r.valid_to === null), 'the current term is open-ended')
  const starts = a.roles.map((r: { valid_from: string | null }) => r.valid_from ?? '')
  t.same(starts, [...starts].sort(), 'roles are ordered by start date')

  const c = a.counts
  t.ok(c.statements > 0 && c.events > 0, 'he has events and statements')
  t.ok(c.events >= Math.max(c.events_as_source, c.events_as_target) &&
    c.events <= c.events_as_source + c.events_as_target)
  const history = await walk<{ date: string }>(app, '/v1/actors/vladimir-putin/statements?limit=500')
  t.equal(c.statements, history.items.length, 'the statement count matches his statement history')
  t.match(a.first_activity, /^\d{4}-\d{2}-\d{2}$/)
  t.ok(a.first_activity <= a.last_activity)
  t.ok(history.items.every((s) => s.date >= a.first_activity && s.date <= a.last_activity),
    'activity spans his statements')
  t.match(a.created_at, /^\d{4}-\d{2}-\d{2}T/)
})

t.test('an actor without records has zero counts and no activity dates', async (t) => {
  const app = await build(t)
  const all = await walk<ActorItem>(app, '/v1/actors?limit=500')
  let found = false
  for (const { id } of all.items) {
    const a = (await app.inject(`/v1/actors/${id}`)).json()
    if (a.counts.events + a.counts.statements > 0) continue
    t.same(a.counts, { events_as_source: 0, events_as_target: 0, events: 0, statements: 0 })
    t.equal(a.first_activity, null)
    t.equal(a.last_activity, null)
    found = true
    break
  }
  t.ok(found, 'the gazetteer has actors the articles never mention')
})

t.test('an unknown actor is a 404 problem', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/actors/no-such-actor')
  t.equal(res.statusCode, 404)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { code: 'NOT_FOUND', detail: "No actor with id 'no-such-actor'" })
})
