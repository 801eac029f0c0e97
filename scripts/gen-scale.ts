// `npm run gen:scale -- --events 1000000 [--seed N] [--db NAME] [--until YYYY-MM-DD] [--no-ceiling]`:
// a realistic synthetic dataset bulk-loaded with COPY into a database of its own on the server of
// DATABASE_URL (see scripts/gen-scale/README.md). Prints rows/s against a raw COPY of the same rows.
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { loadConfig } from '../src/config.ts'
import { runGenScale, scaleDatabaseName, formatReport } from './gen-scale/run.ts'

export function parseGenArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      db: { type: 'string' },
      until: { type: 'string' },
      'no-ceiling': { type: 'boolean', default: false },
    },
    strict: true,
  })
  const events = Number(values.events)
  const seed = Number(values.seed)
  if (!Number.isInteger(events) || events < 1) {
    throw new Error(`--events must be a positive integer, not ${values.events}`)
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`--seed must be an integer 0…4294967295, not ${values.seed}`)
  }
  const until = values.until ?? new Date().toISOString().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < '1992-01-01') {
    throw new Error(`--until must be a date YYYY-MM-DD after 1992, not ${until}`)
  }
  const db = values.db ?? scaleDatabaseName(events)
  if (!/^[a-z_][a-z0-9_]*$/.test(db)) throw new Error(`--db must be a lower-case identifier, not ${db}`)
  return { events, seed, db, until, ceiling: !values['no-ceiling'] }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const log = (m: string) => console.error(`[gen:scale] ${m}`)
  try {
    const args = parseGenArgs(process.argv.slice(2))
    const server = loadConfig().DATABASE_URL
    if (!server) throw new Error('DATABASE_URL must name the PostgreSQL server to generate on')
    const report = await runGenScale({ server, ...args, log })
    console.error(formatReport(report))
    console.log(JSON.stringify(report))
  } catch (err) {
    log(`failed: ${(err as Error).stack ?? err}`)
    process.exitCode = 1
  }
}
