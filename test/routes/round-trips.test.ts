// Every list and detail request is one SQL round trip (checks of the ids it names included); a
// timeline is two (its size is checked before it is computed). Counted by a proxy between the app
// and PostgreSQL, as the client's Sync and Query messages: each ends one round trip.
import t from 'tap'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { build } from '../helper.ts'

/** A TCP proxy to the database of `url`, counting round trips; and the URL to reach it. */
async function countingProxy(url: string) {
  const target = new URL(url)
  const counter = { trips: 0 }
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname)
    let pending = Buffer.alloc(0)
    let started = false
    client.on('data', (data) => {
      server.write(data)
      pending = Buffer.concat([pending, data])
      for (;;) {
        // the startup message has no type byte; every later one is type, int32 length, body
        const header = started ? 5 : 4
        if (pending.length < header) break
        const length = pending.readInt32BE(started ? 1 : 0) + (started ? 1 : 0)
        if (pending.length < length) break
        if (started && (pending[0] === 0x53 || pending[0] === 0x51)) counter.trips++ // 'S'ync, 'Q'uery
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
  const app = await build(t, { DATABASE_URL: proxy.url })
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
    const before = proxy.counter.trips
    for (let i = 0; i < 3; i++) await app.inject(url)
    t.equal((proxy.counter.trips - before) / 3, expected, `${url}: ${expected} round trip${expected > 1 ? 's' : ''}`)
  }
  const before = proxy.counter.trips
  t.equal((await app.inject('/v1/events?actor=nobody-at-all')).statusCode, 404)
  t.equal(proxy.counter.trips - before, 1, 'an unknown id is found in the same round trip')
})
