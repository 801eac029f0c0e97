// POST /v1/articles and DELETE /v1/articles/{id} against a real PostgreSQL: the write in one
// transaction, duplicates (also concurrent), bad input writing nothing, and acceptance 3 of issue 9:
// an ingested article's statements are in their speakers' histories at once, and its deletion removes
// them and shows in /v1/changes.
import t, { type Test } from 'tap'
import postgres from 'postgres'
import { seed } from '../../src/seed/seed.ts'
import { isGazetteerActor } from '../../src/ingest/extraction.ts'
import { build, freshDatabase } from '../helper.ts'

import { API_KEYS, article, articleText, auth } from '../fixtures/ingest-fixture.ts'

async function setup(t: Test, opts: { seeded?: boolean } = {}) {
  const url = await freshDatabase(t)
  if (opts.seeded) await seed({ url, progress: false })
  const app = await build(t, { DATABASE_URL: url, API_KEYS })
  const sql = postgres(url, { max: 2, onnotice: () => {} })
  t.teardown(() => sql.end())
  return { app, sql }
}

const counts = async (sql: postgres.Sql) => {
  const [row] = await sql`SELECT (SELECT count(*)::int FROM articles) AS articles,
    (SELECT count(*)::int FROM statements) AS statements, (SELECT count(*)::int FROM events) AS events,
    (SELECT count(*)::int FROM event_mentions) AS mentions, (SELECT count(*)::int FROM actors) AS actors`
  return row!
}

t.test('POST /v1/articles stores the article and its records; the same URL or text is a 200', async (t) => {
  const { app, sql } = await setup(t)
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: auth(), payload: article() })
  t.equal(res.statusCode, 201, res.body)
  const body = res.json()
  t.match(body, { created: true, matched_by: null })
  t.match(body.article, { source: 'api', file_name: null, title: 'Talks in Moscow' })
  t.match(res.headers.location, `/v1/articles/${body.article.id}`)
  t.ok(body.statements.length > 0 && body.events.length > 0 && body.actors.length > 0, 'records extracted')
  const [stored] = await sql`SELECT source, coder_version, content_hash FROM articles WHERE id = ${body.article.id}`
  t.match(stored, { source: 'api', coder_version: /parley-coder/ })

  const detail = await app.inject(`/v1/articles/${body.article.id}`)
  t.equal(detail.json().counts.statements, body.statements.length)

  const before = await counts(sql)
  const again = await app.inject({ method: 'POST', url: '/v1/articles', headers: auth(), payload: article() })
  t.equal(again.statusCode, 200)
  t.match(again.json(), { created: false, matched_by: 'content_hash', article: { id: body.article.id } })
  t.same(again.json().statements, body.statements)
  const sameUrl = await app.inject({
    method: 'POST', url: '/v1/articles', headers: auth(), payload: article({ text: 'Another text entirely.' }),
  })
  t.equal(sameUrl.statusCode, 200)
  t.match(sameUrl.json(), { created: false, matched_by: 'url', article: { id: body.article.id } })
  t.same(await counts(sql), before, 'nothing written by a duplicate')
})

t.test('concurrent posts of one article store it once', async (t) => {
  const { app, sql } = await setup(t)
  const payload = article({ url: 'https://example.org/concurrent' })
  const results = await Promise.all(
    Array.from({ length: 6 }, () => app.inject({ method: 'POST', url: '/v1/articles', headers: auth(), payload })),
  )
  const codes = results.map((r) => r.statusCode).sort()
  t.same(codes, [200, 200, 200, 200, 200, 201])
  t.equal(new Set(results.map((r) => r.json().article.id)).size, 1)
  t.equal((await counts(sql)).articles, 1)
  // and different texts under one URL, at once: one stored
  const post = (text: string) => app.inject({
    method: 'POST', url: '/v1/articles', headers: auth(), payload: article({ url: 'https://x.org/u', text }),
  })
  const urls = await Promise.all(['One text.', 'Two text.', 'Three text.'].map(post))
  t.same(urls.map((r) => r.statusCode).sort(), [200, 200, 201])
  t.equal((await counts(sql)).articles, 2)
})

t.test('bad input is a 4xx problem and writes nothing', async (t) => {
  const { app, sql } = await setup(t)
  const cases: [string, Record<string, unknown> | string, number, Record<string, string>?][] = [
    ['missing text', { ...article(), text: undefined }, 400],
    ['blank text', article({ text: '   \n ' }), 400],
    ['NUL in text', article({ text: 'Putin said\u0000 no.' }), 400],
    ['control character', article({ text: 'a\u0007b' }), 400],
    ['javascript: URL', article({ url: 'javascript:alert(1)' }), 400],
    ['year 0000', article({ published: '0000-01-01' }), 400],
    ['not a date', article({ published: '2007-02-30' }), 400],
    ['unknown field', article({ author: 'x' }), 400],
    ['bad language', article({ language: 'English!' }), 400],
    ['malformed JSON', '{"title": ', 400, { 'content-type': 'application/json' }],
    ['text over MAX_ARTICLE_CHARS', article({ text: 'Putin said no. '.repeat(150_000) }), 413],
    ['not JSON', 'title=x', 415, { 'content-type': 'application/x-www-form-urlencoded' }],
  ]
  for (const [name, payload, status, headers] of cases) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...auth(), ...headers }, payload })
    t.equal(res.statusCode, status, `${name}: ${res.body.slice(0, 200)}`)
    t.match(res.headers['content-type'], /application\/problem\+json/, name)
  }
  t.same(await counts(sql), { articles: 0, statements: 0, events: 0, mentions: 0, actors: 0 })
})

t.test('the body limit is a 413', async (t) => {
  const url = await freshDatabase(t)
  const app = await build(t, { DATABASE_URL: url, API_KEYS, INGEST_BODY_LIMIT: 1000 })
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: auth(), payload: article() })
  t.equal(res.statusCode, 413)
  t.match(res.json(), { code: 'PAYLOAD_TOO_LARGE' })
})

const acceptance3 =
  'acceptance 3: statements in the speakers\' histories at once; deletion removes them and is in /v1/changes'
t.test(acceptance3, async (t) => {
  const { app, sql } = await setup(t, { seeded: true })
  const before = await counts(sql)
  const [{ since }] = await sql<[{ since: string }]>`
    SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS since`
  // a text of the seed under another wording: its events are those of the seed article (shared)
  const text = articleText('003_0ceba8022e856230.txt').replace(/\n/, '\n\n')
  const res = await app.inject({
    method: 'POST', url: '/v1/articles', headers: auth(), payload: article({ text, url: 'https://example.org/a3' }),
  })
  t.equal(res.statusCode, 201, res.body)
  const ingested = res.json()
  t.ok(ingested.statements.length > 0, 'the article has statements')
  const [{ count: sharedEvents }] = await sql<[{ count: number }]>`
    SELECT count(*)::int FROM events e WHERE e.id = ANY(${ingested.events})
    AND EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.article_id <> ${ingested.article.id})`

  const statements = await sql<{ id: string; speaker_id: string }[]>`
    SELECT id, speaker_id FROM statements WHERE article_id = ${ingested.article.id}`
  for (const s of statements) {
    const history = await app.inject(`/v1/actors/${s.speaker_id}/statements?limit=500`)
    t.equal(history.statusCode, 200)
    t.ok(history.json().data.some((x: { id: string }) => x.id === s.id), `${s.id} in ${s.speaker_id}'s history`)
  }

  const del = await app.inject({ method: 'DELETE', url: `/v1/articles/${ingested.article.id}`, headers: auth() })
  t.equal(del.statusCode, 204, del.body)
  for (const s of statements) {
    const history = await app.inject(`/v1/actors/${s.speaker_id}/statements?limit=500`)
    const ids = history.statusCode === 200 ? history.json().data.map((x: { id: string }) => x.id) : []
    t.notOk(ids.includes(s.id), `${s.id} gone from ${s.speaker_id}'s history`)
    t.equal((await app.inject(`/v1/statements/${s.id}`)).statusCode, 404)
  }
  t.equal((await app.inject(`/v1/articles/${ingested.article.id}`)).statusCode, 404)

  const feed = await app.inject(`/v1/changes?since=${encodeURIComponent(since)}&limit=500`)
  const deleted = feed.json().data.filter((c: { change: string }) => c.change === 'deleted')
    .map((c: { entity: string; id: string }) => `${c.entity}:${c.id}`)
  t.ok(deleted.includes(`article:${ingested.article.id}`), 'the article is a tombstone')
  for (const s of statements) t.ok(deleted.includes(`statement:${s.id}`), `statement ${s.id} is a tombstone`)
  const eventTombstones = deleted.filter((d: string) => d.startsWith('event:')).length
  t.equal(eventTombstones, ingested.events.length - sharedEvents, 'events it alone reported are tombstones')
  t.same(await counts(sql), before, 'back to the seeded database')

  const again = await app.inject({ method: 'DELETE', url: `/v1/articles/${ingested.article.id}`, headers: auth() })
  t.equal(again.statusCode, 404)
  t.match(again.headers['content-type'], /problem\+json/)
})

t.test('an event reported by two articles stays while one of them does', async (t) => {
  const { app, sql } = await setup(t)
  const one = (await app.inject({ method: 'POST', url: '/v1/articles', headers: auth(), payload: article() })).json()
  const copy = article({ text: `${articleText()}\n`, url: 'https://example.org/copy' })
  const two = (await app.inject({ method: 'POST', url: '/v1/articles', headers: auth(), payload: copy })).json()
  t.ok(two.created)
  t.same(two.events, one.events, 'the same events (deduplicated across articles)')
  const del = await app.inject({ method: 'DELETE', url: `/v1/articles/${one.article.id}`, headers: auth() })
  t.equal(del.statusCode, 204)
  const [{ count }] = await sql<[{ count: number }]>`SELECT count(*)::int FROM events WHERE id = ANY(${two.events})`
  t.equal(count, two.events.length, 'the events stay with the other article')
  await app.inject({ method: 'DELETE', url: `/v1/articles/${two.article.id}`, headers: auth() })
  t.match(await counts(sql), { articles: 0, statements: 0, events: 0, mentions: 0 }, 'all gone with the last')
  const actors = await sql<{ id: string }[]>`SELECT id FROM actors`
  t.ok(actors.every((a) => isGazetteerActor(a.id)), 'only gazetteer actors stay (discovered ones go)')
})

t.test('the seed leaves ingested articles alone', async (t) => {
  const { app, sql } = await setup(t, { seeded: true })
  const res = await app.inject({
    method: 'POST', url: '/v1/articles', headers: auth(), payload: article({ text: `Moscow.\n\n${articleText()}` }),
  })
  t.equal(res.statusCode, 201)
  const after = await counts(sql)
  const [dbUrl] = [(await sql`SELECT current_database() AS db`)[0]!.db as string]
  const url = process.env.DATABASE_URL!.replace(/\/[^/?]+(\?|$)/, `/${dbUrl}$1`)
  await seed({ url, progress: false })
  t.same(await counts(sql), after, 'a re-seed keeps the ingested article and its records')
})

t.test('the seed quarantines a file whose text was ingested over HTTP first', async (t) => {
  const url = await freshDatabase(t)
  const app = await build(t, { DATABASE_URL: url, API_KEYS })
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: auth(), payload: article() })
  t.equal(res.statusCode, 201)
  const summary = await seed({ url, progress: false })
  t.equal(summary.quarantined.length, 1)
  t.match(summary.quarantined[0], { file: '001_63673dc353eabc9a.txt', reason: /ingested over HTTP/ })
  t.equal(summary.articles, 4, 'the others are seeded')
})
