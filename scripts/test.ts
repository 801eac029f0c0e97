// `npm test [-- tap args]`: runs the suite against a real PostgreSQL — an embedded throwaway server
// when DATABASE_URL is unset, otherwise the server DATABASE_URL points at. Either way the run makes
// its own databases (a migrated template, and a seeded copy) and drops them afterwards.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../src/config.ts'
import { createDatabase, dropDatabase, migrate, withDatabase } from '../src/db/admin.ts'
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded.ts'
import { seed, formatSummary } from '../src/seed/seed.ts'

const log = (msg: string) => console.error(`[test] ${msg}`)

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

/** Runs tap, echoing its output, and returns its exit code and closing `{ total, pass, … }` counts. */
function runTap(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; counts: Record<string, number> }>((resolve) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '../node_modules/tap/dist/esm/run/index.js'), ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      process.stdout.write(d)
      out += d.toString()
    })
    child.on('exit', (code) => {
      const last = [...out.matchAll(/^# \{ (total: .*) \}$/gm)].pop()?.[1] ?? ''
      const counts = Object.fromEntries([...last.matchAll(/(\w+): (\d+)/g)].map((m) => [m[1], Number(m[2])]))
      resolve({ code: code ?? 1, counts })
    })
  })
}

const config = loadConfig()
let embedded: EmbeddedServer | null = null
let dir: string | null = null
const run = `parley_test_${process.pid}_${Date.now().toString(36)}`
let base = config.DATABASE_URL
let code = 1
let counts: Record<string, number> = {}
const created: string[] = []
try {
  if (!base) {
    dir = mkdtempSync(join(tmpdir(), 'parley-pg-'))
    const port = await freePort()
    log(`starting a throwaway embedded PostgreSQL on port ${port}`)
    embedded = await startEmbeddedPostgres({ dir: join(dir, 'data'), port, persistent: false })
    base = embedded.url('postgres')
  }
  const template = withDatabase(base, `${run}_template`)
  const seeded = withDatabase(base, run)
  await createDatabase(template)
  created.push(template)
  await migrate(template)
  await createDatabase(seeded, `${run}_template`)
  created.push(seeded)
  log(formatSummary(await seed({ url: seeded, progress: false })))
  ;({ code, counts } = await runTap(process.argv.slice(2), {
    ...process.env,
    DATABASE_URL: seeded,
    PARLEY_TEST_TEMPLATE: `${run}_template`,
    PARLEY_TEST_RUN: run,
  }))
} catch (err) {
  log(`failed: ${(err as Error).stack ?? err}`)
} finally {
  for (const url of created.reverse()) await dropDatabase(url).catch((err) => log(`could not drop ${url}: ${err}`))
  await embedded?.stop().catch(() => {})
  if (dir) rmSync(dir, { recursive: true, force: true })
}
console.log(`${counts.pass ?? 0} passed, ${counts.fail ?? 0} failed, ${(counts.skip ?? 0) + (counts.todo ?? 0)} skipped`)
process.exit(code)
