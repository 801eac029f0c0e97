import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, walk, parseCsv } from '../helper.ts'

interface St {
  id: string
  speaker: { id: string; name: string; role: { title: string } | null }
  text: string
  direct: boolean
  date: string
  date_end: string
  date_precision: string
  date_text: string | null
  article: { id: string; published_date: string }
  evidence: { article_id: string; sentence_index: number; char_start: number; char_end: number; text: string }
  coder_version: string
  created_at: string
  updated_at: string
}
interface Page<T> { data: T[]; meta: { limit: number; next_cursor: string | null }; links: { next: string | null } }
const walkStatements = (app: FastifyInstance, url: string) => walk<St>(app, url)

const ids = (xs: { id: string }[]) => xs.map((x) => x.id)
const all = async (app: FastifyInstance, query = '') =>
  (await walkStatements(app, `/v1/statements?limit=500&${query}`)).items

t.test('GET /v1/statements lists every statement with speaker, role, article and evidence', async (t) => {
  const app = await build(t)
  const statements = await all(app)
  t.ok(statements.length > 20)
  t.equal(new Set(ids(statements)).size, statements.length)
  const raws = new Map<string, string>()
  for (const s of statements) {
    t.match(s, { id: /^st-/, text: String, direct: Boolean, date: /^\d{4}-\d{2}-\d{2}$/, date_end: /^\d{4}-\d{2}-\d{2}$/, coder_version: String, created_at: /T/ })
    t.equal(s.evidence.article_id, s.article.id)
    if (!raws.has(s.article.id)) {
      raws.set(s.article.id, (await app.inject(`/v1/articles/${s.article.id}`)).json().raw_text)
    }
    t.equal(raws.get(s.article.id)!.slice(s.evidence.char_start, s.evidence.char_end), s.evidence.text,
      `${s.id}: evidence at its offsets`)
  }
  t.ok(statements.some((s) => s.speaker.role !== null), 'speakers carry their role at the time')
  const counts: number[] = await Promise.all([...raws.keys()].map(async (id) =>
    (await app.inject(`/v1/articles/${id}`)).json().counts.statements))
  t.equal(counts.reduce((a, b) => a + b, 0), statements.length, 'as many as the articles count')
})

t.test('speaker=<id> is the same list as the actor history; unknown speaker → 404 UNKNOWN_ACTOR', async (t) => {
  const app = await build(t)
  const bySpeaker = await all(app, 'speaker=vladimir-putin')
  t.ok(bySpeaker.length > 0 && bySpeaker.every((s) => s.speaker.id === 'vladimir-putin'))
  t.same(ids(bySpeaker), ids((await walkStatements(app, '/v1/actors/vladimir-putin/statements?limit=500')).items))
  const everyone = await all(app)
  t.same(ids(bySpeaker), ids(everyone.filter((s) => s.speaker.id === 'vladimir-putin')))

  const res = await app.inject('/v1/statements?speaker=no-such-actor')
  t.equal(res.statusCode, 404)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  const body = res.json()
  t.equal(body.code, 'UNKNOWN_ACTOR')
  t.equal(body.errors?.[0]?.parameter, 'speaker')
  t.match(body.detail, /speaker/)
  const csv = await app.inject('/v1/statements?speaker=no-such-actor&format=csv')
  t.equal(csv.statusCode, 404, 'checked before streaming')

  const silent = (await walkStatements(app, '/v1/actors?limit=500')).items
    .find((a) => !everyone.some((s) => s.speaker.id === a.id))
  t.ok(silent, 'an actor who said nothing')
  t.same((await app.inject(`/v1/statements?speaker=${silent!.id}`)).json().data, [],
    'an existing actor without statements: empty list')
})

t.test('article=<id> filters by source article; unknown article → 404', async (t) => {
  const app = await build(t)
  const everyone = await all(app)
  const articleIds = [...new Set(everyone.map((s) => s.article.id))]
  t.ok(articleIds.length >= 4)
  let total = 0
  for (const id of articleIds) {
    const list = await all(app, `article=${id}`)
    t.same(ids(list), ids(everyone.filter((s) => s.article.id === id)), id)
    total += list.length
  }
  t.equal(total, everyone.length)
  const combined = await all(app, 'article=002-f1da1cc87da76c54&speaker=vladimir-putin')
  t.ok(combined.length > 0 &&
    combined.every((s) => s.speaker.id === 'vladimir-putin' && s.article.id === '002-f1da1cc87da76c54'))
  const res = await app.inject('/v1/statements?article=no-such-article')
  t.equal(res.statusCode, 404)
  t.equal(res.json().errors?.[0]?.parameter, 'article')
})

t.test('from/to, direct and q filter', async (t) => {
  const app = await build(t)
  const everyone = await all(app)
  const june = await all(app, 'from=2012-06-01&to=2012-06-30')
  t.ok(june.length > 0)
  t.same(ids(june), ids(everyone.filter((s) => s.date <= '2012-06-30' && s.date_end >= '2012-06-01')))
  const direct = await all(app, 'direct=true')
  t.ok(direct.length > 0)
  t.same(ids(direct), ids(everyone.filter((s) => s.direct)))
  t.same(ids(await all(app, 'direct=false')), ids(everyone.filter((s) => !s.direct)))
  const missile = await all(app, 'q=missile')
  t.ok(missile.length > 0 && missile.length < everyone.length, 'narrows')
  t.ok(missile.every((s) => /missil/i.test(s.text)))
  const phrase = await all(app, `q=${encodeURIComponent('"missile defense"')}`)
  t.ok(phrase.length > 0 && phrase.every((s) => /missile[\s-]defen[cs]e/i.test(s.text)), 'a quoted phrase')
  t.same(await all(app, 'q=the'), [], 'stop words alone match nothing')
})

t.test('sort and pagination walk every statement exactly once', async (t) => {
  const app = await build(t)
  const asc = await all(app)
  for (let i = 1; i < asc.length; i++) {
    const [a, b] = [asc[i - 1]!, asc[i]!]
    t.ok(a.date < b.date || (a.date === b.date && a.id < b.id), `${a.date} ${a.id} before ${b.date} ${b.id}`)
  }
  t.same(ids(await all(app, 'sort=-date')), ids(asc).reverse())
  for (const [limit, sort] of [[1, 'date'], [2, '-date'], [7, 'date']] as const) {
    const { items, pages } = await walkStatements(app, `/v1/statements?limit=${limit}&sort=${sort}`)
    t.same(ids(items), sort === 'date' ? ids(asc) : ids(asc).reverse(), `limit=${limit} sort=${sort}`)
    t.equal(pages, Math.ceil(asc.length / limit))
  }
  const first: Page<St> = (await app.inject('/v1/statements?limit=2')).json()
  const foreign = await app.inject(`/v1/actors/vladimir-putin/statements?cursor=${first.meta.next_cursor}`)
  t.equal(foreign.statusCode, 400, 'a cursor is bound to its listing')
  const tampered = await app.inject(`/v1/statements?cursor=${first.meta.next_cursor!.slice(0, -3)}abc`)
  t.equal(tampered.json().code, 'INVALID_CURSOR')
})

t.test('CSV and NDJSON exports hold every matching row', async (t) => {
  const app = await build(t)
  const everyone = await all(app)
  const csv = await app.inject('/v1/statements?format=csv')
  t.equal(csv.statusCode, 200)
  t.match(csv.headers['content-type'], /^text\/csv/)
  const [header, ...rows] = parseCsv(csv.body)
  t.ok(header!.includes('speaker_id') && header!.includes('evidence') && header!.includes('article_id'))
  t.equal(rows.length, everyone.length)
  t.same(rows.map((r) => r[header!.indexOf('id')]), ids(everyone))
  t.same(rows.map((r) => r[header!.indexOf('evidence')]), everyone.map((s) => s.evidence.text))
  const nd = await app.inject('/v1/statements?format=ndjson&direct=true')
  t.match(nd.headers['content-type'], /^application\/x-ndjson/)
  const lines = nd.body.trim().split('\n').map((l) => JSON.parse(l) as St)
  t.same(lines, everyone.filter((s) => s.direct))
  const accept = await app.inject({ url: '/v1/statements?format=json&limit=1', headers: { accept: 'text/csv' } })
  t.match(accept.headers['content-type'], /^application\/json/, 'format= beats Accept')
  const none = await app.inject({ url: '/v1/statements', headers: { accept: 'image/png' } })
  t.equal(none.statusCode, 406)
})

t.test('GET /v1/statements/:id returns the listed statement; unknown → 404', async (t) => {
  const app = await build(t)
  const [first] = (await app.inject('/v1/statements?speaker=vladimir-putin&limit=1')).json().data as St[]
  const res = await app.inject(`/v1/statements/${first!.id}`)
  t.equal(res.statusCode, 200)
  t.same(res.json(), first)
  const missing = await app.inject('/v1/statements/st-0000000000000000')
  t.equal(missing.statusCode, 404)
  t.match(missing.json(), { code: 'NOT_FOUND', detail: "No statement with id 'st-0000000000000000'" })
})

t.test('bad parameters are 400 problems naming the parameter', async (t) => {
  const app = await build(t)
  const cases: [string, string][] = [
    ['from=2013-01-01&to=2012-01-01', 'from'],
    ['to=2012-13-01', 'to'],
    ['direct=1', 'direct'],
    ['limit=501', 'limit'],
    ['sort=speaker', 'sort'],
    ['q=', 'q'],
    ['speeker=vladimir-putin', 'speeker'],
    ['cursor=abc', 'cursor'],
  ]
  for (const [query, parameter] of cases) {
    const res = await app.inject(`/v1/statements?${query}`)
    t.equal(res.statusCode, 400, query)
    t.equal(res.json().errors?.[0]?.parameter, parameter, `${query} names ${parameter}`)
    t.match(res.json().detail, parameter)
  }
})
