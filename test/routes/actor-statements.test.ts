import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, walk, parseCsv } from '../helper.ts'

interface Role {
  title: string
  affiliation: string | null
  country: string | null
  valid_from: string | null
  valid_to: string | null
}
interface St {
  id: string
  speaker: { id: string; name: string; kind: string; country: string | null; role: Role | null }
  text: string
  direct: boolean
  date: string
  date_end: string
  date_precision: string
  article: { id: string; title: string; outlet: string; url: string | null; published_date: string }
  evidence: { article_id: string; sentence_index: number; char_start: number; char_end: number; text: string }
}
interface Page<T> { data: T[]; meta: { limit: number; next_cursor: string | null }; links: { next: string | null } }

const base = '/v1/actors/vladimir-putin/statements'
const LOS_CABOS = '002-f1da1cc87da76c54'
const walkStatements = (app: FastifyInstance, url: string) => walk<St>(app, url)

const ids = (xs: { id: string }[]) => xs.map((x) => x.id)
const all = async (app: FastifyInstance, query = '') => (await walkStatements(app, `${base}?limit=500&${query}`)).items

t.test("Putin's history holds his Los Cabos remarks, as President of Russia, from article 002", async (t) => {
  const app = await build(t)
  const history = await all(app)
  t.ok(history.length > 0)
  t.ok(history.every((s) => s.speaker.id === 'vladimir-putin' && s.speaker.name === 'Vladimir Putin'))
  const losCabos = history.filter((s) => s.article.id === LOS_CABOS)
  t.ok(losCabos.length > 0, 'statements from the Los Cabos article')
  for (const s of losCabos) {
    t.equal(s.date, '2012-06-19', 'dated by the occasion: the G20 Los Cabos summit ended on 19 June 2012')
    t.equal(s.date_precision, 'day')
    t.equal(s.speaker.role?.title, 'President of Russia')
    t.match(s.article, { published_date: '2012-06-20', outlet: 'PanARMENIAN.Net' })
    t.equal(s.evidence.article_id, LOS_CABOS)
  }
  t.ok(losCabos.some((s) => /missile/i.test(s.text)), 'about missile defense')
  const raw: string = (await app.inject(`/v1/articles/${LOS_CABOS}`)).json().raw_text
  t.ok(losCabos.every((s) => raw.slice(s.evidence.char_start, s.evidence.char_end) === s.evidence.text),
    'evidence offsets point into the article')
})

t.test('each statement carries the role held on its date', async (t) => {
  const app = await build(t)
  for (const s of await all(app)) {
    if (!s.speaker.role) continue
    const { valid_from, valid_to } = s.speaker.role
    t.ok((!valid_from || valid_from <= s.date) && (!valid_to || valid_to >= s.date),
      `${s.id}: ${s.speaker.role.title} on ${s.date}`)
  }
})

t.test('chronological by default (ties by id); sort=-date is the exact reverse', async (t) => {
  const app = await build(t)
  const asc = await all(app)
  for (let i = 1; i < asc.length; i++) {
    const [a, b] = [asc[i - 1]!, asc[i]!]
    t.ok(a.date < b.date || (a.date === b.date && a.id < b.id), `${a.date} ${a.id} before ${b.date} ${b.id}`)
  }
  t.same(ids(await all(app, 'sort=-date')), ids(asc).reverse())
  t.same(ids(await all(app, 'sort=date')), ids(asc))
})

t.test('direct=true and direct=false split the history', async (t) => {
  const app = await build(t)
  const history = await all(app)
  const direct = await all(app, 'direct=true')
  const indirect = await all(app, 'direct=false')
  t.ok(direct.length > 0 && direct.every((s) => s.direct), 'only direct quotes')
  t.ok(indirect.length > 0 && indirect.every((s) => !s.direct), 'only reported speech')
  t.same(ids(direct), ids(history.filter((s) => s.direct)))
  t.equal(direct.length + indirect.length, history.length)
})

t.test('q narrows by full text', async (t) => {
  const app = await build(t)
  const history = await all(app)
  const missile = await all(app, 'q=missiles')
  t.ok(missile.length > 0, 'stemmed: "missiles" finds "missile"')
  t.ok(missile.every((s) => /missil/i.test(s.text)))
  t.same(ids(missile), ids(history.filter((s) => /\bmissil/i.test(s.text))), 'exactly the statements that mention it')
  const none = await all(app, 'q=xylophone')
  t.same(none, [])
  const excluded = await all(app, `q=${encodeURIComponent('missile -xylophone')}`)
  t.same(ids(excluded), ids(missile), 'web-search syntax')
  const combined = await all(app, 'q=missile&direct=true')
  t.same(ids(combined), ids(missile.filter((s) => s.direct)))
})

t.test('from/to match statements whose period overlaps the range', async (t) => {
  const app = await build(t)
  const history = await all(app)
  const overlaps = (from: string, to: string) => history.filter((s) => s.date <= to && s.date_end >= from)
  const ranges = [
    ['2012-06-01', '2012-06-30'], ['2012-06-20', '2012-06-20'],
    ['2000-01-01', '2011-12-31'], ['2013-01-01', '2099-12-31'],
  ]
  for (const [from, to] of ranges) {
    t.same(ids(await all(app, `from=${from}&to=${to}`)), ids(overlaps(from!, to!)), `${from}..${to}`)
  }
  t.ok((await all(app, 'from=2012-06-01&to=2012-06-30')).some((s) => s.article.id === LOS_CABOS))
  t.same(ids(await all(app, 'from=2012-06-01')), ids(history.filter((s) => s.date_end >= '2012-06-01')))
  t.same(ids(await all(app, 'to=2012-05-31')), ids(history.filter((s) => s.date <= '2012-05-31')))
})

t.test('pagination walks every statement exactly once, including rows sharing a date', async (t) => {
  const app = await build(t)
  const history = await all(app)
  const dates = history.map((s) => s.date)
  t.ok(new Set(dates).size < dates.length, 'some statements share a date')
  for (const sort of ['date', '-date']) {
    const full = await all(app, `sort=${sort}`)
    for (const limit of [1, 2]) {
      const { items, pages } = await walkStatements(app, `${base}?limit=${limit}&sort=${sort}`)
      t.same(ids(items), ids(full), `sort=${sort} limit=${limit}`)
      t.equal(new Set(ids(items)).size, items.length, 'no duplicates')
      t.equal(pages, Math.ceil(full.length / limit))
    }
  }
  const res = await app.inject(`${base}?limit=1`)
  t.match(res.headers.link, /^<\/v1\/actors\/vladimir-putin\/statements\?[^>]*cursor=[^>]+>; rel="next"$/)
})

t.test('CSV and NDJSON stream the whole history', async (t) => {
  const app = await build(t)
  const history = await all(app)
  const csv = await app.inject(`${base}?format=csv&limit=1`)
  t.equal(csv.statusCode, 200)
  t.match(csv.headers['content-type'], /^text\/csv/)
  t.match(csv.headers['content-disposition'], /filename="vladimir-putin-statements\.csv"/)
  const [header, ...rows] = parseCsv(csv.body)
  t.equal(rows.length, history.length, 'one line per statement, limit ignored')
  const col = (name: string) => header!.indexOf(name)
  t.same(rows.map((r) => r[col('id')]), ids(history))
  t.same(rows.map((r) => r[col('text')]), history.map((s) => s.text), 'quoted text survives the round trip')
  t.same(rows.map((r) => r[col('speaker_role')]), history.map((s) => s.speaker.role?.title ?? ''))
  t.same(rows.map((r) => r[col('direct')]), history.map((s) => String(s.direct)))

  const nd = await app.inject({ url: `${base}?sort=-date`, headers: { accept: 'application/x-ndjson' } })
  t.equal(nd.statusCode, 200)
  t.match(nd.headers['content-type'], /^application\/x-ndjson/)
  const lines = nd.body.trim().split('\n').map((l) => JSON.parse(l) as St)
  t.same(lines, [...history].reverse(), 'each line is the JSON statement; sort applies')

  const q = await app.inject({ url: `${base}?q=missile`, headers: { accept: 'text/csv' } })
  t.equal(parseCsv(q.body).length - 1, (await all(app, 'q=missile')).length, 'filters apply to exports')
})

t.test('errors: unknown actor, bad range, bad cursor, unknown parameter', async (t) => {
  const app = await build(t)
  const unknown = await app.inject('/v1/actors/no-such-actor/statements')
  t.equal(unknown.statusCode, 404)
  t.match(unknown.json(), { code: 'NOT_FOUND', detail: "No actor with id 'no-such-actor'" })
  const unknownCsv = await app.inject('/v1/actors/no-such-actor/statements?format=csv')
  t.equal(unknownCsv.statusCode, 404, 'checked before streaming')

  const first: Page<St> = (await app.inject(`${base}?limit=1`)).json()
  const cursor = first.meta.next_cursor!
  const [body, mac] = cursor.split('.')
  const forgedKey = { s: 'actor-statements:vladimir-putin:date', k: ['1999-01-01', 'x'] }
  const forged = Buffer.from(JSON.stringify(forgedKey)).toString('base64url')
  const cases: [string, string][] = [
    ['from=2013-01-01&to=2012-01-01', 'from'],
    ['from=2012-02-30', 'from'],
    ['direct=yes', 'direct'],
    ['sort=text', 'sort'],
    ['speaker=vladimir-putin', 'speaker'],
    ['format=xml', 'format'],
    [`cursor=${forged}.${mac}`, 'cursor'],
    [`cursor=${body}.${mac!.slice(1)}x`, 'cursor'],
    [`sort=-date&cursor=${cursor}`, 'cursor'],
  ]
  for (const [query, parameter] of cases) {
    const res = await app.inject(`${base}?${query}`)
    t.equal(res.statusCode, 400, query)
    t.equal(res.json().errors?.[0]?.parameter, parameter, `${query} names ${parameter}`)
  }
  const other = await app.inject(`/v1/actors/russia/statements?cursor=${cursor}`)
  t.equal(other.statusCode, 400, "a cursor is bound to the actor's listing")
  t.equal(other.json().code, 'INVALID_CURSOR')
})
