// `npm test [-- tap args]`: runs the suite against a real PostgreSQL — a throwaway embedded server
// when DATABASE_URL is unset, otherwise the server DATABASE_URL points at. Either way the run makes
// its own databases (a migrated template, and a seeded copy the tests read) and drops them after.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { loadConfig, loadDotEnv } from '../src/config.ts'
import { openThrowaway } from '../src/db/throwaway.ts'
import { createLifecycle } from '../src/lifecycle.ts'
import { seed, formatSummary } from '../src/seed/seed.ts'

const log = (msg: string) => console.error(`[test] ${msg}`)

/** Runs tap, echoing its output, and returns its exit code and closing `{ total, pass, … }` counts. */
function runTap(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; counts: Record<string, number> }>((resolve) => {
    const tap = join(import.meta.dirname, '../node_modules/tap/dist/esm/run.mjs')
    const child = spawn(process.execPath, [tap, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] })
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

const run = `parley_test_${process.pid}_${Date.now().toString(36)}`
let code = 1
let counts: Record<string, number> = {}
// Ctrl-C or a kill: the databases are dropped and a throwaway server stopped all the same
const lifecycle = createLifecycle({ log, hardDeadlineMs: 60_000 })
try {
  loadDotEnv()
  const dbs = await openThrowaway(loadConfig().DATABASE_URL, { sweepPrefix: run, log })
  lifecycle.onShutdown(() => dbs.close())
  await dbs.create(`${run}_template`)
  const seeded = await dbs.create(run, { template: `${run}_template` })
  log(formatSummary(await seed({ url: seeded, progress: false })))
  // the coverage floor (package.json "tap") holds for the whole suite; a run of some files only reports it
  const args = process.argv.slice(2)
  const some = args.some((a) => !a.startsWith('-'))
  const tapArgs = some ? ['--allow-incomplete-coverage', ...args] : args
  const env = { ...process.env, DATABASE_URL: seeded, PARLEY_TEST_TEMPLATE: `${run}_template`, PARLEY_TEST_RUN: run }
  ;({ code, counts } = await runTap(tapArgs, env))
} catch (err) {
  log(`failed: ${(err as Error)?.stack ?? err}`)
}
const skipped = (counts.skip ?? 0) + (counts.todo ?? 0)
console.log(`${counts.pass ?? 0} passed, ${counts.fail ?? 0} failed, ${skipped} skipped`)
await lifecycle.exit(code)
