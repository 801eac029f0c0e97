import t from 'tap'
import { build } from '../helper.ts'

const expected = [
  ['004-c6aa0806ec42fcf8', '2007-04-23', 'Sputnik International'],
  ['001-63673dc353eabc9a', '2012-01-13', 'Sputnik International'],
  ['002-f1da1cc87da76c54', '2012-06-20', 'PanARMENIAN.Net'],
  ['000-e896e6c64fc7faf5', '2015-04-08', 'Censor.NET'],
  ['003-0ceba8022e856230', '2016-06-05', 'Reuters'],
]

t.test('GET /v1/articles lists the five articles in publication order with their dates', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/articles')
  t.equal(res.statusCode, 200)
  const body = res.json()
  type Row = { id: string; published_date: string; outlet: string }
  t.same(body.data.map((a: Row) => [a.id, a.published_date, a.outlet]), expected)
  t.equal(body.meta.next_cursor, null)
  t.equal(body.links.next, null)
  t.notOk('raw_text' in body.data[0], 'list items carry no text')
  t.match(body.data[0].content_hash, /^[0-9a-f]{64}$/)
})

t.test('sort=-date reverses the order', async (t) => {
  const app = await build(t)
  const body = (await app.inject('/v1/articles?sort=-date')).json()
  t.same(body.data.map((a: { id: string }) => a.id), expected.map((e) => e[0]).reverse())
})

t.test('from/to and outlet filter', async (t) => {
  const app = await build(t)
  const range = (await app.inject('/v1/articles?from=2012-01-01&to=2012-12-31')).json()
  t.same(range.data.map((a: { published_date: string }) => a.published_date), ['2012-01-13', '2012-06-20'])
  const outlet = (await app.inject('/v1/articles?outlet=Sputnik%20International')).json()
  t.equal(outlet.data.length, 2)
})

t.test('cursor pagination walks every article exactly once, with a Link header', async (t) => {
  const app = await build(t)
  for (const sort of ['date', '-date']) {
    const seen: string[] = []
    let url: string | null = `/v1/articles?limit=2&sort=${sort}`
    let pages = 0
    while (url) {
      const res = await app.inject(url)
      t.equal(res.statusCode, 200)
      const body: { data: { id: string }[]; links: { next: string | null } } = res.json()
      seen.push(...body.data.map((a: { id: string }) => a.id))
      if (body.links.next) t.match(res.headers.link, /^<\/v1\/articles\?[^>]*cursor=[^>]+>; rel="next"$/)
      else t.notOk(res.headers.link)
      url = body.links.next
      pages++
    }
    t.equal(pages, 3)
    t.equal(seen.length, 5)
    t.equal(new Set(seen).size, 5, `no duplicates (${sort})`)
  }
})

t.test('bad parameters are 400 problems naming the parameter', async (t) => {
  const app = await build(t)
  const cases: [string, string][] = [
    ['limit=abc', 'limit'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['sort=title', 'sort'],
    ['from=2012-02-30', 'from'],
    ['from=yesterday', 'from'],
    ['from=2013-01-01&to=2012-01-01', 'from'],
    ['cursor=abc', 'cursor'],
  ]
  for (const [query, parameter] of cases) {
    const res = await app.inject(`/v1/articles?${query}`)
    t.equal(res.statusCode, 400, query)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    const body = res.json()
    t.equal(body.errors?.[0]?.parameter, parameter, `${query} names ${parameter}`)
    t.match(body.detail, parameter)
    t.notMatch(res.body, /node_modules|\.ts:\d+/)
  }
})

t.test('a tampered or foreign cursor is rejected', async (t) => {
  const app = await build(t)
  const first = (await app.inject('/v1/articles?limit=2')).json()
  const cursor: string = first.meta.next_cursor
  const [body, mac] = cursor.split('.')
  const forged = Buffer.from(JSON.stringify({ s: 'articles:date', k: ['1999-01-01', 'x'] })).toString('base64url')
  for (const bad of [`${forged}.${mac}`, `${body}.${mac!.slice(1)}x`, `${body}`]) {
    const res = await app.inject(`/v1/articles?limit=2&cursor=${encodeURIComponent(bad)}`)
    t.equal(res.statusCode, 400)
    t.equal(res.json().code, 'INVALID_CURSOR')
  }
  const other = await app.inject(`/v1/articles?limit=2&sort=-date&cursor=${encodeURIComponent(cursor)}`)
  t.equal(other.statusCode, 400, 'a cursor is bound to its sort order')
})

t.test('GET /v1/articles/:id returns the texts and counts', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/articles/004-c6aa0806ec42fcf8')
  t.equal(res.statusCode, 200)
  const a = res.json()
  t.equal(a.title, 'Russia, U.S. agree to continue dialogue on missile defense')
  t.equal(a.published_date, '2007-04-23')
  t.match(a.raw_text, /Newsfeed/, 'raw text kept as captured')
  t.notMatch(a.text, /Newsfeed/, 'cleaned text without page noise')
  t.ok(a.counts.statements > 0)
  t.ok(a.counts.events > 0)
})

t.test('an unknown article id is a 404 problem', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/articles/no-such-article')
  t.equal(res.statusCode, 404)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { code: 'NOT_FOUND', status: 404, detail: "No article with id 'no-such-article'" })
})
