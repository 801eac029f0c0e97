// `npm start` as a user runs it, against a database of its own: start, serve, stop; and when the npm
// process itself is killed.
import t from 'tap'
import { eventually, freshDatabase } from './helper.ts'
import { alive, listening, run } from './process.ts'

t.test('start migrates, seeds, serves, says where the dashboard and docs are, and exits 0 on SIGTERM', async (t) => {
  const url = await freshDatabase(t)
  const app = run('start', { DATABASE_URL: url })
  t.teardown(() => app.kill('SIGKILL'))
  const base = await listening(app)
  t.match(app.output(), /seeded 5 articles, \d+ actors, \d+ events .*statements/, 'the seed summary is printed')
  const next = `dashboard at ${base}/ · API docs at ${base}/docs`
  await app.waitFor(new RegExp(next.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))) // where to go next is printed
  t.match((await fetch(`${base}/`)).headers.get('content-type'), /^text\/html/, 'the dashboard is served')
  const res = await fetch(`${base}/v1/articles`)
  t.equal(res.status, 200)
  t.equal(((await res.json()) as { data: unknown[] }).data.length, 5)
  app.kill('SIGTERM')
  t.equal(await app.exited, 0, 'exit code 0')
  t.match(app.output(), /"signal":"SIGTERM","msg":"closing"/)
})

t.test('SEED_ON_START=false serves what the database holds without seeding', async (t) => {
  const url = await freshDatabase(t)
  const app = run('start', { DATABASE_URL: url, SEED_ON_START: 'false' })
  t.teardown(() => app.kill('SIGKILL'))
  const base = await listening(app)
  t.notMatch(app.output(), /seeded/)
  const body = (await (await fetch(`${base}/v1/articles`)).json()) as { data: unknown[] }
  t.equal(body.data.length, 0, 'migrated but empty')
  app.kill('SIGTERM')
  t.equal(await app.exited, 0)
})

t.test('an invalid setting stops the start with a message naming it', async (t) => {
  const app = run('start', { PORT: 'eighty' })
  t.equal(await app.exited, 1)
  t.match(app.output(), /Invalid configuration:[\s\S]*PORT/)
})

t.test('the built-in cursor secret with NODE_ENV=production stops the start, saying what to do', async (t) => {
  const app = run('start', { NODE_ENV: 'production', CURSOR_SECRET: '' })
  t.equal(await app.exited, 1)
  t.match(app.output(), /CURSOR_SECRET: the built-in default must not be used with NODE_ENV=production.*openssl rand/)
})

t.test('killing the npm process leaves no server running', async (t) => {
  const url = await freshDatabase(t)
  const npm = run('start', { DATABASE_URL: url, SEED_ON_START: 'false' }, { viaNpm: true })
  t.teardown(() => npm.kill('SIGKILL'))
  const base = await listening(npm)
  const pid = Number((await npm.waitFor(/"pid":(\d+)/))[1])
  t.not(pid, npm.pid, 'the server is a child process of npm')
  npm.kill('SIGTERM') // npm exits at once without passing the signal on
  await npm.exited
  t.ok(await eventually(async () => !alive(pid)), 'the server exits on its own')
  t.ok(await eventually(() => fetch(`${base}/health`).then(() => false, () => true)), 'nothing listens any more')
})
