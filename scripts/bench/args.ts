// `npm run bench` options, parsed and checked once.
import { parseArgs } from 'node:util'
import { scaleDatabaseName } from '../gen-scale/run.ts'

export interface BenchArgs {
  events: number
  seed: number
  db: string
  /** seconds per measurement */
  duration: number
  connections: number
  /** times every measurement is repeated, interleaved */
  rounds: number
  /** autocannon's per-request timeout, seconds */
  timeout: number
  /** how long to wait for the database to go quiet after a measurement before cancelling leftovers, seconds */
  drainTimeout: number
  /** only the Parley endpoints whose name contains one of these */
  only: string[]
  platformatic: boolean
  export: boolean
  extract: boolean
  docs: boolean
  /** a folder: run the API with --cpu-prof writing there */
  profile: string | null
  port: number
}

const int = (name: string, v: string | undefined, min: number): number => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, not ${v}`)
  return n
}

export function parseBenchArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      events: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      db: { type: 'string' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '2' },
      timeout: { type: 'string', default: '10' },
      'drain-timeout': { type: 'string', default: '60' },
      only: { type: 'string', multiple: true, default: [] },
      'no-platformatic': { type: 'boolean', default: false },
      'no-export': { type: 'boolean', default: false },
      'no-extract': { type: 'boolean', default: false },
      'no-docs': { type: 'boolean', default: false },
      profile: { type: 'string' },
      port: { type: 'string', default: env.PORT ?? '3106' },
    },
  })
  const events = int('events', values.events, 1)
  const db = values.db ?? scaleDatabaseName(events)
  if (!/^[a-z_][a-z0-9_]*$/.test(db)) throw new Error(`--db must be a lower-case identifier, not ${db}`)
  const port = int('port', values.port, 1)
  if (port > 65535 - 20) {
    throw new Error(`--port must leave room for the bare route (+10) and Platformatic (+20), not ${port}`)
  }
  return {
    events,
    seed: int('seed', values.seed, 0),
    db,
    duration: int('duration', values.duration, 1),
    connections: int('connections', values.connections, 1),
    rounds: int('rounds', values.rounds, 1),
    timeout: int('timeout', values.timeout, 1),
    drainTimeout: int('drain-timeout', values['drain-timeout'], 0),
    only: values.only
      .flatMap((o) => o.split(','))
      .map((o) => o.trim())
      .filter(Boolean),
    platformatic: !values['no-platformatic'],
    export: !values['no-export'],
    extract: !values['no-extract'],
    docs: !values['no-docs'] && values.profile === undefined,
    profile: values.profile ?? null,
    port,
  }
}
