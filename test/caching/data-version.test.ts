// The data version and what hangs on it: bumped once per committed transaction that changed a data
// table (by any writer: triggers, not the app), never by a no-op; ETags and the response cache follow
// it exactly (a write, then the next GET is fresh); reads shared between concurrent requests.
import t, { type Test } from 'tap'
import postgres from 'postgres'
import { gunzipSync } from 'node:zlib'
import { build, editedArticlesDir, freshDatabase } from '../helper.ts'
import { seed } from '../../src/seed/seed.ts'
import { createDataVersion } from '../../src/caching/data-version.ts'
import { createResponseCache } from '../../src/caching/response-cache.ts'

async function seeded(t: Test) {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  const version = async () => (await sql`SELECT version::text AS v FROM data_version`)[0]!.v as string
  return { url, sql, version }
}

t.test('bumped once per committed transaction that changed data, by any writer', async (t) => {
  const { url, sql, version } = await seeded(t)
  const v0 = await version()
  t.not(v0, '1', 'the seed bumped it')

  await seed({ url, progress: false })
  t.equal(await version(), v0, 'a seed that changes nothing does not bump it')

  await sql`UPDATE events SET summary = summary WHERE id = 'no-such-event'`
  t.equal(await version(), v0, 'a statement that changes no row does not bump it')

  await sql.begin(async (tx) => {
    await tx`UPDATE events SET summary = summary || '.' WHERE id = (SELECT min(id) FROM events)`
    await tx`UPDATE statements SET text = text || '.' WHERE id = (SELECT min(id) FROM statements)`
    const [row] = await tx`SELECT version::text AS v FROM data_version`
    t.equal(row!.v, v0, 'not before the commit (the bump is deferred to it)')
  })
  t.equal(await version(), String(BigInt(v0) + 1n), 'one transaction, one bump')

  await sql.begin(async (tx) => {
    await tx`DELETE FROM event_mentions WHERE id = (SELECT min(id) FROM event_mentions)`
    throw new Error('rolled back')
  }).catch(() => {})
  t.equal(await version(), String(BigInt(v0) + 1n), 'a rolled-back transaction does not bump it')

  await seed({ url, articlesDir: editedArticlesDir(t), progress: false })
  t.equal(await version(), String(BigInt(v0) + 2n), 'a seed with changes (a deletion, a new title): one bump')
  const [pending] = await sql`SELECT count(*)::int AS n FROM data_version_pending`
  t.equal(pending!.n, 0, 'nothing left pending')
})

t.test('ETag by data version, 304, and the response cache exact after a write', async (t) => {
  const { url, sql } = await seeded(t)
  const app = await build(t, { DATABASE_URL: url })
  const first = await app.inject('/v1/events?limit=2')
  const etag = first.headers.etag as string
  t.match(etag, /^W\/"\d+-[\w-]{16}"$/, 'a weak ETag of the data version and the request')
  t.match(first.headers['cache-control'], /public/)
  t.match(first.headers.vary, /Accept/)

  const again = await app.inject('/v1/events?limit=2')
  t.equal(again.body, first.body, 'the cached answer is the same')
  t.equal(again.headers.etag, etag)
  t.equal(again.headers.link, first.headers.link, 'with its Link header')
  // a write that bypasses the triggers (replication role) does not bump the version: a cached answer shows
  // it was served from the cache
  const firstId = first.json().data[0].id as string
  await sql.begin(async (tx) => {
    await tx`SET LOCAL session_replication_role = replica`
    await tx`UPDATE events SET summary = 'Unseen' WHERE id = ${firstId}`
  })
  t.equal((await app.inject('/v1/events?limit=2')).body, first.body, 'served from the cache')

  const notModified = await app.inject({ url: '/v1/events?limit=2', headers: { 'if-none-match': `"x", ${etag}` } })
  t.equal(notModified.statusCode, 304)
  t.equal(notModified.headers.etag, etag)
  t.match(notModified.headers['cache-control'], /public/, 'a 304 carries the caching headers of the 200')
  t.equal(notModified.body, '')

  const other = await app.inject({ url: '/v1/events?limit=2', headers: { accept: 'text/csv' } })
  t.not(other.headers.etag, etag, 'another representation, another ETag')
  t.equal((await app.inject('/v1/events?limit=3')).statusCode, 200)
  t.not((await app.inject('/v1/events?limit=3')).headers.etag, etag, 'another query, another ETag')

  const bad = await app.inject({ url: '/v1/events?limit=abc', headers: { 'if-none-match': etag } })
  t.equal(bad.statusCode, 400, 'an invalid request is a 400, whatever it names')

  await sql`UPDATE events SET summary = 'Rewritten by the test' WHERE id = ${firstId}`
  const fresh = await app.inject({ url: '/v1/events?limit=2', headers: { 'if-none-match': etag } })
  t.equal(fresh.statusCode, 200, 'after a write the old ETag no longer matches')
  t.not(fresh.headers.etag, etag)
  t.equal(fresh.json().data[0].summary, 'Rewritten by the test', 'the next GET sees the write')
  t.equal((await app.inject(`/v1/events/${firstId}`)).json().summary, 'Rewritten by the test')

  t.not((await app.inject('/v1/statements?limit=2')).json().data.length, 0)
  await sql`DELETE FROM articles`
  const gone = await app.inject('/v1/statements?limit=2')
  t.same(gone.json().data, [], 'a cascade from articles (to statements) counts as a write too')
  t.equal((await app.inject(`/v1/events/${firstId}`)).json().mention_count, 0, 'and to mentions')
})

t.test('a cached answer is gzipped once for the clients that accept gzip', async (t) => {
  const { url } = await seeded(t)
  const app = await build(t, { DATABASE_URL: url })
  const plain = await app.inject('/v1/events?limit=10')
  for (let i = 0; i < 2; i++) {
    const zipped = await app.inject({ url: '/v1/events?limit=10', headers: { 'accept-encoding': 'gzip, deflate' } })
    t.equal(zipped.headers['content-encoding'], 'gzip')
    t.equal(zipped.headers.etag, plain.headers.etag)
    t.match(zipped.headers.vary, /Accept-Encoding/)
    t.equal(gunzipSync(zipped.rawPayload).toString(), plain.body, 'the same bytes once unzipped')
  }
  const refused = await app.inject({ url: '/v1/events?limit=10', headers: { 'accept-encoding': 'gzip;q=0' } })
  t.not(refused.headers['content-encoding'], 'gzip', 'gzip;q=0 is a refusal')
  t.equal(refused.body, plain.body)
  const br = await app.inject({ url: '/v1/events?limit=10', headers: { 'accept-encoding': 'br' } })
  t.equal(br.headers['content-encoding'], 'br', 'other encodings: the compression plugin')
})

t.test('the change feed first page is not cached', async (t) => {
  const { url } = await seeded(t)
  const app = await build(t, { DATABASE_URL: url })
  const feed = await app.inject('/v1/changes?since=2020-01-01T00:00:00Z')
  t.equal(feed.statusCode, 200)
  t.notOk(feed.headers.etag?.toString().match(/^W\/"\d+-/), 'its until moves with the clock: no version ETag')
  const small = await app.inject('/v1/changes?since=2020-01-01T00:00:00Z&limit=2')
  const next = await app.inject(small.json().links.next)
  t.match(next.headers.etag, /^W\/"\d+-/, 'a later page carries its until in the cursor: fixed by the data version')
})

t.test('the cache stays within its bytes, least recently used out first', async (t) => {
  const cache = createResponseCache(5000)
  cache.onVersion('1')
  const entry = (n: number) =>
    ({ version: '1', body: Buffer.alloc(n, 'x'), etag: 'W/"1-x"', headers: { 'content-type': 'application/json' } })
  cache.set('a', entry(1000))
  cache.set('b', entry(1000))
  cache.get('a', '1')
  cache.set('c', entry(1000))
  cache.set('d', entry(1000))
  t.equal(cache.size, 4)
  cache.set('e', entry(1000))
  t.ok(cache.bytes <= 5000)
  t.ok(cache.get('a', '1'), 'a was used recently')
  t.notOk(cache.get('b', '1'), 'b was the least recently used')
  cache.set('huge', entry(5000))
  t.notOk(cache.get('huge', '1'), 'an entry over a quarter of the cache is not kept')
  t.notOk(cache.get('a', '2'), 'an entry of another version is not served')
  cache.onVersion('2')
  t.equal(cache.size, 0, 'a new version empties it')
  cache.set('old', { ...entry(10), version: '1' })
  t.equal(cache.size, 0, 'an answer computed at an older version is not kept')
})

t.test('concurrent readers share version reads, each read starting after the request', async (t) => {
  let reads = 0
  let value = 1
  const pending: (() => void)[] = []
  const version = createDataVersion(() => {
    reads++
    const v = String(value)
    return new Promise<string>((resolve) => pending.push(() => resolve(v)))
  })
  const a = version.fresh()
  const b = version.fresh()
  const c = version.fresh()
  t.equal(reads, 1, 'one read running')
  value = 2 // a write commits while the first read runs: b and c must not get its answer
  pending.shift()!()
  t.equal(await a, '1')
  await new Promise((resolve) => setImmediate(resolve))
  t.equal(reads, 2, 'b and c share one new read')
  pending.shift()!()
  t.same(await Promise.all([b, c]), ['2', '2'])
  t.equal(version.last, '2')
})

t.test('CACHE_CONSISTENCY=notify: the version from NOTIFY at commit, no read per request', async (t) => {
  const { url, sql } = await seeded(t)
  const app = await build(t, { DATABASE_URL: url, CACHE_CONSISTENCY: 'notify' })
  const first = await app.inject('/v1/events?limit=2')
  t.equal((await app.inject('/v1/events?limit=2')).headers.etag, first.headers.etag)
  await sql`UPDATE events SET summary = 'Heard about' WHERE id = ${first.json().data[0].id}`
  let fresh = await app.inject('/v1/events?limit=2')
  for (let i = 0; i < 50 && fresh.headers.etag === first.headers.etag; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    fresh = await app.inject('/v1/events?limit=2')
  }
  t.not(fresh.headers.etag, first.headers.etag, 'the notification arrives')
  t.equal(fresh.json().data[0].summary, 'Heard about')
})
