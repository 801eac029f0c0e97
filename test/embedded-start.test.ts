// `npm start` and `npm run seed` on the embedded PostgreSQL (DATABASE_URL unset): a taken PG_PORT,
// a seed while the API runs, and a server left behind by a killed start. One data folder serves the
// whole file (initialising a cluster is the slow part).
import t from 'tap'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../src/db/throwaway.ts'
import { eventually } from './helper.ts'
import { alive, listening, run } from './process.ts'

t.setTimeout(600_000)

const home = mkdtempSync(join(tmpdir(), 'parley-embedded-start-'))
chmodSync(home, 0o711) // as root the server runs as `postgres`, which must reach its data folder in here
const dataDir = join(home, 'pg')
const postmaster = () => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
let env: Record<string, string>

t.before(async () => {
  env = { DATABASE_URL: '', PG_DATA_DIR: dataDir, PG_PORT: String(await freePort()), SEED_ON_START: 'false' }
})
t.teardown(async () => {
  if (existsSync(join(dataDir, 'postmaster.pid')) && alive(postmaster())) process.kill(postmaster(), 'SIGINT')
  await eventually(async () => !existsSync(join(dataDir, 'postmaster.pid')), 30_000)
  rmSync(home, { recursive: true, force: true })
})

t.test('a taken PG_PORT: a message naming it and the fix, and no data folder left behind', async (t) => {
  const blocker = createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => blocker.once('listening', resolve))
  t.teardown(() => blocker.close())
  const port = String((blocker.address() as { port: number }).port)
  const app = run('start', { ...env, PG_DATA_DIR: join(home, 'never'), PG_PORT: port })
  t.equal(await app.exited, 1)
  t.match(app.output(), new RegExp(`PG_PORT ${port} is already in use by another program.*Set PG_PORT to a free port`))
  t.notMatch(app.output(), /Cannot read properties|undefined/)
  t.notOk(existsSync(join(home, 'never')), 'no half-initialised data folder')
})

t.test('npm run seed while npm start runs: the running server is used, and left running', async (t) => {
  const app = run('start', env)
  t.teardown(() => app.kill('SIGKILL'))
  const base = await listening(app)
  const pid = postmaster()
  const seed = run('seed', env)
  t.equal(await seed.exited, 0, 'the seed succeeds')
  t.match(seed.output(), /using the PostgreSQL that process \d+ runs/)
  t.ok(alive(pid), 'the API keeps its database')
  const body = (await (await fetch(`${base}/v1/articles`)).json()) as { data: unknown[] }
  t.equal(body.data.length, 5, 'and serves the seeded data')
  app.kill('SIGTERM')
  t.equal(await app.exited, 0)
  t.ok(await eventually(async () => !alive(pid)), 'the embedded PostgreSQL is stopped after the API')
})

t.test('a server left running by a killed start is adopted by the next run and stopped at its exit', async (t) => {
  const app = run('start', env)
  await listening(app)
  const pid = postmaster()
  app.kill('SIGKILL') // no chance to stop its database
  await app.exited
  t.ok(alive(pid), 'left running')
  const seed = run('seed', env)
  t.equal(await seed.exited, 0)
  t.match(seed.output(), new RegExp(`adopting a PostgreSQL left running .*pid ${pid}`))
  t.ok(await eventually(async () => !alive(pid)), 'stopped when the seed exits')
})
