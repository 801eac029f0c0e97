// `npm start` as a user runs it: the start script against a database of its own, then SIGTERM.
import t, { type Test } from 'tap'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freshDatabase } from './helper.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line in time:\n${out}`)), 60_000)
    const check = () => {
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    child.stdout.on('data', check)
    child.stderr.on('data', check)
    child.on('exit', () => reject(new Error(`exited before listening:\n${out}`)))
  })
  return { child, exited, listening, output: () => out }
}

// tsx's CLI relays the signal to the app and then exits 128 + signal number (143), whatever the
// app's own exit code: the app's "closing" log line is what shows the close was graceful.
async function expectGracefulExit(t: Test, app: ReturnType<typeof start>) {
  const code = await app.exited
  t.ok(code === 0 || code === 143, `exit code ${code}`)
  t.match(app.output(), /"signal":"SIGTERM","msg":"closing"/, 'closed through close-with-grace')
}

t.test('start migrates, seeds, serves, and closes gracefully on SIGTERM', async (t) => {
  const url = await freshDatabase(t)
  const app = start({ DATABASE_URL: url })
  t.teardown(() => app.child.kill('SIGKILL'))
  const base = await app.listening
  t.match(app.output(), /seeded 5 articles, \d+ actors, \d+ events .*statements/, 'the seed summary is printed')
  // printed on stderr right after listening: wait for it rather than race the log line on stdout
  const next = `dashboard at ${base}/ · API docs at ${base}/docs`
  await new Promise<void>((resolve) => {
    const check = () => app.output().includes(next) && resolve()
    app.child.stderr.on('data', check)
    check()
  })
  t.match(app.output(), next, 'where to go next is printed')
  t.match((await fetch(`${base}/`)).headers.get('content-type'), /^text\/html/, 'the dashboard is served')
  const res = await fetch(`${base}/v1/articles`)
  t.equal(res.status, 200)
  t.equal(((await res.json()) as { data: unknown[] }).data.length, 5)
  app.child.kill('SIGTERM')
  await expectGracefulExit(t, app)
})

t.test('SEED_ON_START=false serves what the database holds without seeding', async (t) => {
  const url = await freshDatabase(t)
  const app = start({ DATABASE_URL: url, SEED_ON_START: 'false' })
  t.teardown(() => app.child.kill('SIGKILL'))
  const base = await app.listening
  t.notMatch(app.output(), /seeded/)
  t.equal(((await (await fetch(`${base}/v1/articles`)).json()) as { data: unknown[] }).data.length, 0, 'migrated but empty')
  app.child.kill('SIGTERM')
  await expectGracefulExit(t, app)
})

t.test('an invalid setting stops the start with a message naming it', async (t) => {
  const app = start({ PORT: 'eighty' })
  t.equal(await app.exited, 1)
  t.match(app.output(), /Invalid configuration:[\s\S]*PORT/)
  await app.listening.catch(() => {})
})
