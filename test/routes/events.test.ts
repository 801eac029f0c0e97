// GET /v1/events and /v1/events/:id against the seeded database. Expectations are derived from the
// data where possible (the extractor improves); only robust facts are pinned.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { build, walk } from '../helper.ts'

interface Ref { id: string; name: string; kind: string; country: string | null }
interface Ev {
  id: string; date: string; date_end: string; date_precision: string; source: Ref; target: Ref | null
  event_type: string; cameo_code: string; cameo_root: string; quad_class: number; goldstein: number; summary: string
  mention_count: number; evidence: { article_id: string; text: string; char_start: number; char_end: number } | null
}
interface Mention { article: { id: string }; char_start: number; char_end: number; evidence: string }

/** Every event matching `query`, walking the pages. */
const all = async (app: FastifyInstance, query = '') =>
  (await walk<Ev>(app, `/v1/events?limit=500${query ? `&${query}` : ''}`)).items
const ids = (evs: { id: string }[]) => evs.map((e) => e.id)
const sorted = (xs: string[]) => [...xs].sort()
const involves = (e: Ev, a: string) => e.source.id === a || e.target?.id === a

t.test('GET /v1/events lists events in (date, id) order with their actors and evidence', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/events')
  t.equal(res.statusCode, 200)
  const body = res.json()
  t.ok(body.data.length > 0, 'the seeded data has events')
  t.ok(body.data.length <= 50, 'default page of 50')
  const evs = await all(app)
  const misordered = evs.slice(1).filter((b, i) => {
    const a = evs[i]!
    return !(a.date < b.date || (a.date === b.date && a.id < b.id))
  })
  t.same(ids(misordered), [], 'ordered by date, then id')
  const e = evs[0]!
  t.match(e, {
    id: String, date: /^\d{4}-\d{2}-\d{2}$/, date_end: /^\d{4}-\d{2}-\d{2}$/, date_precision: /^(day|month|year)$/,
    source: { id: String, name: String, kind: String }, event_type: String, cameo_code: /^\d{2,4}$/, cameo_root: /^\d{2}$/,
    quad_class: Number, goldstein: Number, summary: String, confidence: Number, coder_version: String,
    mention_count: Number,
    evidence: { article_id: String, sentence_index: Number, char_start: Number, char_end: Number, text: String },
    created_at: String, updated_at: String,
  })
  t.same(ids(evs.filter((x) => !x.cameo_code.startsWith(x.cameo_root))), [], "the root is the code's prefix")
  t.same(ids(evs.filter((x) => x.date > x.date_end)), [], 'date <= date_end')
  t.same(ids(evs.filter((x) => x.mention_count < 1 || !x.evidence)), [], 'every event has evidence')
  t.ok(evs.some((x) => involves(x, 'united-states') && involves(x, 'russia')),
    'an event between the United States and Russia')
  t.ok(evs.some((x) => x.date.startsWith('2016') && x.evidence?.article_id === '003-0ceba8022e856230'),
    '2016 events from article 003')
})

t.test('sort=-date is the exact reverse', async (t) => {
  const app = await build(t)
  t.same(ids(await all(app, 'sort=-date')), ids(await all(app)).reverse())
})

t.test('from/to match events whose period overlaps the range', async (t) => {
  const app = await build(t)
  const evs = await all(app)
  const from = await all(app, 'from=2016-01-01')
  t.ok(from.length > 0)
  t.ok(from.every((e) => e.date_end >= '2016-01-01'))
  t.same(ids(from), ids(evs.filter((e) => e.date_end >= '2016-01-01')))
  const to = await all(app, 'to=2012-12-31')
  t.ok(to.length > 0)
  t.same(ids(to), ids(evs.filter((e) => e.date <= '2012-12-31')))
  const both = await all(app, 'from=2012-01-01&to=2012-12-31')
  t.same(ids(both), ids(evs.filter((e) => e.date <= '2012-12-31' && e.date_end >= '2012-01-01')))
  const wide = evs.find((e) => e.date !== e.date_end)
  if (!wide) t.comment('no month- or year-dated event in the data: overlap with a partial period not exercised')
  else {
    const inside = await all(app, `from=${wide.date_end}&to=${wide.date_end}`)
    t.ok(ids(inside).includes(wide.id), `a ${wide.date_precision}-dated event matches a day inside its period`)
  }
})

t.test('actor, source and target filter by actor id', async (t) => {
  const app = await build(t)
  const evs = await all(app)
  const actor = await all(app, 'actor=united-states')
  t.ok(actor.length > 0)
  t.same(ids(actor), ids(evs.filter((e) => involves(e, 'united-states'))))
  const source = await all(app, 'source=united-states')
  t.ok(source.length > 0)
  t.ok(source.every((e) => e.source.id === 'united-states'))
  t.same(ids(source), ids(evs.filter((e) => e.source.id === 'united-states')))
  const target = await all(app, 'target=russia')
  t.ok(target.length > 0)
  t.same(ids(target), ids(evs.filter((e) => e.target?.id === 'russia')))
})

t.test('dyad finds the events between two actors in either direction', async (t) => {
  const app = await build(t)
  const ab = await all(app, 'dyad=united-states,russia')
  const ba = await all(app, 'dyad=russia,united-states')
  t.ok(ab.length > 0)
  t.same(ids(ab), ids(ba), 'dyad=a,b equals dyad=b,a')
  const union = [
    ...(await all(app, 'source=united-states&target=russia')),
    ...(await all(app, 'source=russia&target=united-states')),
  ]
  t.same(sorted(ids(ab)), sorted(ids(union)), 'the union of both directions')
  t.ok(ab.every((e) => involves(e, 'united-states') && involves(e, 'russia')))
})

t.test('type, cameo, root, quad, country narrow to matching events', async (t) => {
  const app = await build(t)
  const evs = await all(app)
  const sample = evs[Math.floor(evs.length / 2)]!
  const cases: [string, (e: Ev) => boolean][] = [
    [`type=${encodeURIComponent(sample.event_type)}`, (e) => e.event_type === sample.event_type],
    [`cameo=${sample.cameo_code}`, (e) => e.cameo_code.startsWith(sample.cameo_code)],
    [`cameo=${sample.cameo_code.slice(0, 1)}`, (e) => e.cameo_code.startsWith(sample.cameo_code.slice(0, 1))],
    [`root=${sample.cameo_root}`, (e) => e.cameo_root === sample.cameo_root],
    [`quad=${sample.quad_class}`, (e) => e.quad_class === sample.quad_class],
    ['country=USA', (e) => e.source.country === 'USA' || e.target?.country === 'USA'],
    ['country=rus', (e) => e.source.country === 'RUS' || e.target?.country === 'RUS'],
  ]
  for (const [query, keep] of cases) {
    const got = await all(app, query)
    t.ok(got.length > 0, `${query} finds events`)
    t.ok(got.every(keep), `${query}: every row matches`)
    t.same(ids(got), ids(evs.filter(keep)), `${query}: every matching row`)
  }
  for (const q of [1, 2, 3, 4]) t.ok((await all(app, `quad=${q}`)).every((e) => e.quad_class === q))
  t.same(await all(app, 'type=No%20such%20type'), [], 'an unknown type is an empty list')
  const combined = await all(app, `root=${sample.cameo_root}&actor=${sample.source.id}`)
  const expected = evs.filter((e) => e.cameo_root === sample.cameo_root && involves(e, sample.source.id))
  t.same(ids(combined), ids(expected), 'filters combine with AND')
})

t.test('article finds the events mentioned in an article', async (t) => {
  const app = await build(t)
  const got = await all(app, 'article=003-0ceba8022e856230')
  t.ok(got.some((e) => e.date.startsWith('2016')), '2016 events come from article 003')
  for (const e of got) {
    const mentions: Mention[] = (await app.inject(`/v1/events/${e.id}`)).json().mentions
    t.ok(mentions.some((m) => m.article.id === '003-0ceba8022e856230'), `${e.id} is mentioned in 003`)
  }
  const others = (await all(app)).filter((e) => !ids(got).includes(e.id))
  for (const e of others) t.not(e.evidence?.article_id, '003-0ceba8022e856230')
})

t.test('q searches summaries and mention evidence', async (t) => {
  const app = await build(t)
  const got = await all(app, 'q=missile')
  t.ok(got.length > 0, 'q=missile finds events')
  for (const e of got) {
    const d = (await app.inject(`/v1/events/${e.id}`)).json()
    const text = [d.summary, ...d.mentions.map((m: Mention) => m.evidence)].join(' ').toLowerCase()
    t.match(text, /missil/, `${e.id} mentions missiles`)
  }
  const phrase = await all(app, 'q=%22missile%20defense%22')
  t.ok(phrase.every((e) => got.some((g) => g.id === e.id)), 'a phrase narrows the word')
  const negated = await all(app, 'q=missile%20-defense')
  t.ok(negated.length <= got.length)
  t.same(await all(app, 'q=zzyzxqqq'), [], 'no match, no events')
})

t.test('cursor pagination with limit 1 to 3 walks every event exactly once, both sorts', async (t) => {
  const app = await build(t)
  const full = ids(await all(app))
  const dates = (await all(app)).map((e) => e.date)
  t.ok(new Set(dates).size < dates.length, 'the data has events sharing a date')
  for (const sort of ['date', '-date']) {
    const expected = sort === 'date' ? full : [...full].reverse()
    for (const limit of [1, 2, 3]) {
      const seen: string[] = []
      let url: string | null = `/v1/events?limit=${limit}&sort=${sort}`
      while (url) {
        const res = await app.inject(url)
        t.equal(res.statusCode, 200)
        const body: { data: Ev[]; meta: { next_cursor: string | null }; links: { next: string | null } } = res.json()
        t.ok(body.data.length <= limit)
        seen.push(...ids(body.data))
        if (body.links.next) t.match(res.headers.link, /rel="next"/)
        url = body.links.next
      }
      t.same(seen, expected, `limit=${limit} sort=${sort}`)
    }
  }
})

t.test('fields trims events to the named fields (and id)', async (t) => {
  const app = await build(t)
  const body = (await app.inject('/v1/events?fields=id,date&limit=5')).json()
  t.ok(body.data.length > 0)
  for (const e of body.data) t.same(Object.keys(e), ['id', 'date'])
  const some = (await app.inject('/v1/events?fields=summary,source&limit=5')).json()
  for (const e of some.data) t.same(Object.keys(e).sort(), ['id', 'source', 'summary'])
  t.equal(some.meta.limit, 5)
  const bad = await app.inject('/v1/events?fields=id,colour')
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().errors[0].parameter, 'fields')
  t.match(bad.json().detail, /colour/)
})

t.test('bad parameters are 400 problems naming the parameter', async (t) => {
  const app = await build(t)
  const cases: [string, string][] = [
    ['limit=0', 'limit'], ['limit=501', 'limit'], ['sort=summary', 'sort'], ['from=2016-02-30', 'from'],
    ['from=2017-01-01&to=2016-01-01', 'from'], ['root=21', 'root'], ['root=1', 'root'], ['quad=5', 'quad'],
    ['quad=x', 'quad'], ['cameo=12a', 'cameo'], ['country=US', 'country'], ['dyad=russia', 'dyad'],
    ['dyad=a,b,c', 'dyad'], ['colour=red', 'colour'], ['format=xml', 'format'], ['cursor=abc', 'cursor'],
  ]
  for (const [query, parameter] of cases) {
    const res = await app.inject(`/v1/events?${query}`)
    t.equal(res.statusCode, 400, query)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.equal(res.json().errors?.[0]?.parameter, parameter, `${query} names ${parameter}`)
  }
})

t.test('a tampered or foreign cursor is a 400 INVALID_CURSOR', async (t) => {
  const app = await build(t)
  const cursor: string = (await app.inject('/v1/events?limit=2')).json().meta.next_cursor
  t.ok(cursor)
  const [body, mac] = cursor.split('.')
  const forged = Buffer.from(JSON.stringify({ s: 'events:date', k: ['1999-01-01', 'x'] })).toString('base64url')
  for (const bad of [`${forged}.${mac}`, `${body}.${mac!.slice(1)}x`, body!]) {
    const res = await app.inject(`/v1/events?limit=2&cursor=${encodeURIComponent(bad)}`)
    t.equal(res.statusCode, 400)
    t.equal(res.json().code, 'INVALID_CURSOR')
  }
  const resorted = await app.inject(`/v1/events?limit=2&sort=-date&cursor=${encodeURIComponent(cursor)}`)
  t.equal(resorted.statusCode, 400, 'bound to the sort')
  const articles: string | null = (await app.inject('/v1/articles?limit=1')).json().meta.next_cursor
  const foreign = await app.inject(`/v1/events?cursor=${encodeURIComponent(articles!)}`)
  t.equal(foreign.statusCode, 400, 'bound to the listing')
})

t.test('unknown ids in actor filters are 404 UNKNOWN_ACTOR naming the parameter; unknown article 404', async (t) => {
  const app = await build(t)
  const cases = [
    ['actor=nobody-at-all', 'actor'], ['source=nobody-at-all', 'source'], ['target=nobody-at-all', 'target'],
    ['dyad=russia,nobody-at-all', 'dyad'],
  ] as const
  for (const [query, parameter] of cases) {
    const res = await app.inject(`/v1/events?${query}`)
    t.equal(res.statusCode, 404, query)
    t.match(res.json(), { code: 'UNKNOWN_ACTOR', errors: [{ parameter }] })
  }
  const res = await app.inject('/v1/events?article=no-such-article')
  t.equal(res.statusCode, 404)
  t.match(res.json(), { code: 'NOT_FOUND', errors: [{ parameter: 'article' }] })
})

t.test('GET /v1/events/:id expands both actors with their role and lists every mention', async (t) => {
  const app = await build(t)
  const evs = await all(app)
  const raw = new Map<string, string>()
  let withRole = 0
  for (const e of evs) {
    const res = await app.inject(`/v1/events/${e.id}`)
    t.equal(res.statusCode, 200)
    const d = res.json()
    t.equal(d.summary, e.summary)
    t.equal(d.source.id, e.source.id)
    t.equal(d.target?.id ?? null, e.target?.id ?? null)
    t.ok('description' in d.source && 'role' in d.source)
    for (const actor of [d.source, d.target].filter(Boolean)) {
      if (!actor.role) continue
      withRole++
      t.ok(!actor.role.valid_from || actor.role.valid_from <= d.date, `${actor.id}'s role had begun on ${d.date}`)
      t.ok(!actor.role.valid_to || actor.role.valid_to >= d.date, `${actor.id}'s role had not ended on ${d.date}`)
    }
    t.equal(d.mentions.length, e.mention_count)
    t.ok(d.mentions.some((m: Mention) => m.article.id === e.evidence?.article_id && m.evidence === e.evidence?.text),
      'evidence is one of the mentions')
    for (const m of d.mentions as Mention[]) {
      if (!raw.has(m.article.id)) {
        raw.set(m.article.id, (await app.inject(`/v1/articles/${m.article.id}`)).json().raw_text)
      }
      t.equal(raw.get(m.article.id)!.slice(m.char_start, m.char_end), m.evidence, 'offsets point into the raw text')
    }
  }
  t.ok(withRole > 0, 'some actors have a role at the event date')
})

t.test('an unknown event id is a 404 problem', async (t) => {
  const app = await build(t)
  const res = await app.inject('/v1/events/ev-0000000000000000')
  t.equal(res.statusCode, 404)
  t.match(res.json(), { code: 'NOT_FOUND', detail: "No event with id 'ev-0000000000000000'" })
})
