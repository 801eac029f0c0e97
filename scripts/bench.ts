// `npm run bench [-- --events N --duration S --rounds R --only a,b …]`: the extraction benchmark, then
// the API on a gen:scale database (made first if missing) against a bare Fastify route and Platformatic
// DB in the same run. Prints a table and one JSON line; writes the latest-run section of
// docs/benchmarks.md. See scripts/bench/README.md.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { withDatabase } from '../src/db/admin.ts'
import { loadConfig } from '../src/config.ts'
import { parseBenchArgs } from './bench/args.ts'
import { latestSection, writeLatest, type RunRecord } from './bench/docs.ts'
import { describeMachine } from './bench/machine.ts'
import { summarise, terminalTable } from './bench/report.ts'
import { benchExtract } from './bench-extract.ts'
import { benchHttp } from './bench-http.ts'
import { readMarker } from './gen-scale/database.ts'
import { runGenScale, type GenScaleReport } from './gen-scale/run.ts'

const log = (m: string) => console.error(`[bench] ${m}`)
const root = fileURLToPath(new URL('..', import.meta.url))

async function main() {
  const args = parseBenchArgs(process.argv.slice(2))
  const server = loadConfig().DATABASE_URL
  if (!server) throw new Error('DATABASE_URL must name the PostgreSQL server holding (or to hold) the scaled database')
  const url = withDatabase(server, args.db)

  let generation: GenScaleReport | null = null
  const { info } = await readMarker(url)
  if (!info?.complete || info.events !== args.events || info.seed !== args.seed) {
    log(`${args.db} is missing or not a complete ${args.events}-event dataset of seed ${args.seed}: generating it`)
    generation = await runGenScale({
      server,
      db: args.db,
      events: args.events,
      seed: args.seed,
      until: new Date().toISOString().slice(0, 10),
      ceiling: false,
      log,
    })
  }

  const machine = await describeMachine(url)
  const extraction = args.extract ? (log('extraction …'), await benchExtract()) : null
  if (extraction) log(JSON.stringify(extraction))

  log(`HTTP on ${args.db} …`)
  const http = await benchHttp(url, args, log)
  const rows = summarise(http.endpoints, http.measurements)
  const bare = http.measurements.filter((m) => m.target === 'bare')
  const record: RunRecord = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    args,
    machine,
    machine_after: (await describeMachine(url)).load_average,
    bare_rps: bare.length ? Math.round(bare.reduce((a, m) => a + m.requests_per_second, 0) / bare.length) : null,
    rows,
    export: http.export,
    extraction,
    generation,
    picks: http.picks,
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
  }
  console.error(terminalTable(rows))
  if (args.docs) {
    writeLatest(`${root}/docs/benchmarks.md`, latestSection(record))
    log('written to docs/benchmarks.md')
  }
  console.log(JSON.stringify({ ...record, measurements: http.measurements }))
}

main().catch((err) => {
  log(`failed: ${(err as Error).stack ?? err}`)
  process.exitCode = 1
})
