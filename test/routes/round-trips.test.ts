// Every list and detail request is one SQL round trip (checks of the ids it names included); a
// timeline is two (its size is checked before it is computed). Counted by a proxy between the app
// and PostgreSQL, as the client's Sync and Query messages: each ends one round trip. The data
// version (for the ETag and the response cache) is read on a connection of its own, once per
// request at most (concurrent requests share reads): counted apart. A cached answer makes no data
// round trip.
import t from 'tap'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { build } from '../helper.ts'
import { VERSION_READER } from '../../src/plugins/app/caching.ts'

/** A TCP proxy to the database of `url`, counting round trips; and the URL to reach it. */
async function countingProxy(url: string) {
  const target = new URL(url)
  const counter = { trips: 0, versionReads: 0 }
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname)
    let pending = Buffer.alloc(0)
    let started = false
    let reader = false
    client.on('data', (data) => {
      server.write(data)
      pending = Buffer.concat([pending, data])
      for (;;) {
        // the startup message has no type byte; every later one is type, int32 length, body
        const header = started ? 5 : 4
        if (pending.length < header) break
        const length = pending.readInt32BE(started ? 1 : 0) + (started ? 1 : 0)
        if (pending.length < length) break
        if (!started) reader ||= pending.subarray(0, length).includes(VERSION_READER)
        if (started && (pending[0] === 0x53 || pending[0] === 0x51)) { // 'S'ync, 'Q'uery
          if (reader) counter.versionReads++
          else counter.trips++
        }
        pending = pending.subarray(length)
        started = true
      }
    })
    server.pipe(client)
    client.on('error', () => server.destroy())
    server.on('error', () => client.destroy())
    client.on('close', () => server.end())
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const proxied = new URL(url)
  proxied.hostname = '127.0.0.1'
  proxied.port = String((proxy.address() as AddressInfo).port)
  return { counter, url: proxied.toString(), close: () => new Promise((resolve) => proxy.close(resolve)) }
}

t.test('each list and detail request is one round trip; a timeline two', async (t) => {
  const proxy = await countingProxy(process.env.DATABASE_URL!)
  t.teardown(proxy.close)
  const app = await build(t, { DATABASE_URL: proxy.url, RESPONSE_CACHE_BYTES: 0 })
  const ids: Record<string, string> = {
    events: (await app.inject('/v1/events?limit=1')).json().data[0].id,
    statements: (await app.inject('/v1/statements?limit=1')).json().data[0].id,
    articles: '004-c6aa0806ec42fcf8',
    actors: 'russia',
  }
  const doc = (await app.inject('/openapi.json')).json() as { paths: Record<string, { get?: unknown }> }
  // a job exists only after a batch (test/routes/jobs.test.ts); GET /v1/jobs/{id} is one statement too
  const paths = Object.keys(doc.paths).filter((p) => p.startsWith('/v1/') && doc.paths[p]!.get && p !== '/v1/jobs/{id}')
  t.ok(paths.length >= 12)
  const query: Record<string, string> = {
    '/v1/changes': '?since=2020-01-01T00:00:00Z',
    '/v1/events': '?actor=russia&article=003-0ceba8022e856230&q=missile',
    '/v1/statements': '?speaker=vladimir-putin&article=002-f1da1cc87da76c54',
    '/v1/stats/dyads': '?dyad=united-states,russia',
  }
  for (const path of paths) {
    const url = path.replace('{id}', ids[path.split('/')[2]!]!) + (query[path] ?? '')
    const expected = path === '/v1/stats/timeline' ? 2 : 1
    const warm = await app.inject(url)
    t.equal(warm.statusCode, 200, url)
    const before = { ...proxy.counter }
    for (let i = 0; i < 3; i++) await app.inject(url)
    t.equal((proxy.counter.trips - before.trips) / 3, expected,
      `${url}: ${expected} round trip${expected > 1 ? 's' : ''}`)
    t.ok(proxy.counter.versionReads - before.versionReads <= 3, `${url}: at most one version read per request`)
  }
  const before = proxy.counter.trips
  t.equal((await app.inject('/v1/events?actor=nobody-at-all')).statusCode, 404)
  t.equal(proxy.counter.trips - before, 1, 'an unknown id is found in the same round trip')
})

t.test('a cached answer makes no data round trip, and one shared version read', async (t) => {
  const proxy = await countingProxy(process.env.DATABASE_URL!)
  t.teardown(proxy.close)
  const app = await build(t, { DATABASE_URL: proxy.url })
  await app.inject('/v1/events?limit=5')
  const before = { ...proxy.counter }
  const answers = await Promise.all(Array.from({ length: 20 }, () => app.inject('/v1/events?limit=5')))
  t.ok(answers.every((a) => a.statusCode === 200))
  t.equal(proxy.counter.trips - before.trips, 0, 'no data round trip')
  t.ok(proxy.counter.versionReads - before.versionReads <= 2, '20 concurrent requests share one or two version reads')

  const missed = { ...proxy.counter }
  const together = await Promise.all(Array.from({ length: 20 }, () => app.inject('/v1/stats/dyads?limit=7')))
  t.ok(together.every((a) => a.statusCode === 200 && a.body === together[0]!.body))
  t.equal(proxy.counter.trips - missed.trips, 1, '20 identical requests that miss together are computed once')
})

t.test('heavy requests over HEAVY_CONCURRENCY are a 503 problem with Retry-After', async (t) => {
  const app = await build(t, { HEAVY_CONCURRENCY: 1, RESPONSE_CACHE_BYTES: 0 })
  const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => app.inject(`/v1/stats/dyads?limit=${i + 1}`)))
  const refused = answers.filter((a) => a.statusCode === 503)
  t.ok(answers.some((a) => a.statusCode === 200), 'one runs')
  t.ok(refused.length > 0, 'the others wait for no one')
  for (const r of refused) {
    t.match(r.headers['content-type'], /application\/problem\+json/)
    t.ok(r.headers['retry-after'])
    t.match(r.json().detail, /heavy requests/)
  }
  t.equal((await app.inject('/v1/events?limit=1')).statusCode, 200, 'lists are not heavy')
})
