// The HTTP part of `npm run bench`: starts Parley (as users run it), the bare Fastify route and
// Platformatic DB on the scaled database, measures every endpoint interleaved (bare, Platformatic,
// Parley; then the next endpoint; the whole sequence once per round), then a full NDJSON export.
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import type { BenchArgs } from './bench/args.ts'
import { endpoints, pickParameters, type Endpoint, type Picks } from './bench/endpoints.ts'
import { measure, probe, quiesce, type Measurement } from './bench/measure.ts'
import { startPlatformatic } from './bench/platformatic.ts'
import { installCleanup, startServer, watchRss, type Server } from './bench/processes.ts'
import type { ExportResult } from './bench/report.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

export interface HttpRun {
  picks: Picks
  endpoints: Endpoint[]
  measurements: Measurement[]
  export: ExportResult | null
}

/** Parley as `npm start` runs it, minus the seed (which would sync the scaled database back to data/articles). */
export function startParley(
  databaseUrl: string,
  port: number,
  log: (m: string) => void,
  profileDir: string | null,
): Promise<Server> {
  return startServer({
    name: 'Parley',
    args: [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      '--import',
      'tsx',
      'scripts/start.ts',
    ],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      SEED_ON_START: 'false',
      // production refuses the built-in cursor secret; a run's own is enough for a benchmark
      CURSOR_SECRET: process.env.CURSOR_SECRET ?? randomBytes(32).toString('hex'),
      // one client address sends every request: the per-IP limit (600/min by default) would answer 429s
      RATE_LIMIT_MAX: '0',
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    cwd: root,
    readyUrl: `http://127.0.0.1:${port}/health`,
    log,
  })
}

export function startBare(port: number, log: (m: string) => void): Promise<Server> {
  return startServer({
    name: 'bare route',
    args: ['--import', 'tsx', 'scripts/bench/bare-server.ts'],
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port) },
    cwd: root,
    readyUrl: `http://127.0.0.1:${port}/hello`,
    log,
  })
}

/** Follows links.next `pages` times from `path`; the path of the page reached. */
async function deepPath(origin: string, path: string, pages: number, timeoutMs: number): Promise<string> {
  let next = path
  for (let i = 0; i < pages; i++) {
    const res = await fetch(origin + next, { signal: AbortSignal.timeout(timeoutMs) })
    if (!res.ok) throw new Error(`walking to the deep page: ${next} answered ${res.status}`)
    const body = (await res.json()) as { links: { next: string | null } }
    if (!body.links.next) throw new Error(`walking to the deep page: no next link after ${i + 1} pages`)
    next = body.links.next
  }
  return next
}

/** Streams the export, counting lines, while sampling the API's RSS. */
async function measureExport(server: Server, path: string, timeoutSeconds: number): Promise<ExportResult> {
  const rss = watchRss(server.pid)
  const t0 = performance.now()
  let rows = 0
  let bytes = 0
  let status = 0
  let complete = false
  try {
    const res = await fetch(server.url + path, { signal: AbortSignal.timeout(timeoutSeconds * 1000) })
    status = res.status
    for await (const chunk of res.body!) {
      bytes += chunk.length
      for (const b of chunk as Uint8Array) if (b === 10) rows++
    }
    complete = res.ok
  } catch {
    complete = false
  }
  const seconds = (performance.now() - t0) / 1000
  return {
    path,
    status,
    rows,
    seconds: Math.round(seconds * 10) / 10,
    rows_per_second: Math.round(rows / seconds),
    megabytes: Math.round(bytes / 104857.6) / 10,
    rss_peak_mb: rss.stop(),
    complete,
  }
}

export async function benchHttp(databaseUrl: string, args: BenchArgs, log: (m: string) => void): Promise<HttpRun> {
  installCleanup(log)
  const servers: Server[] = []
  try {
    const picks = await pickParameters(databaseUrl)
    log(`parameters: ${JSON.stringify(picks)}`)
    const parley = await startParley(databaseUrl, args.port, log, args.profile)
    servers.push(parley)
    const bare = await startBare(args.port + 10, log)
    servers.push(bare)
    const plt = args.platformatic ? await startPlatformatic(databaseUrl, args.port + 20, log) : null
    if (plt) servers.push(plt)
    log(`servers up: Parley pid ${parley.pid}, bare pid ${bare.pid}${plt ? `, Platformatic pid ${plt.pid}` : ''}`)

    const names = endpoints(picks, '').map((e) => e.name)
    const wanted = args.only.length ? names.filter((n) => args.only.includes(n)) : names
    if (!wanted.length) {
      throw new Error(`--only ${args.only.join(',')} names no endpoint; there are ${names.join(', ')}`)
    }
    let deep = ''
    if (wanted.includes('deep')) {
      log('walking 200 pages to find the deep page …')
      deep = await deepPath(parley.url, '/v1/events', 200, 120_000)
    }
    const chosen = endpoints(picks, deep).filter((e) => wanted.includes(e.name))
    for (const e of chosen) {
      const p = await probe(parley.url + e.parley, args.timeout * 1000)
      const empty = /"data":\[\]/.test(p.body) || /"series":\[\]/.test(p.body)
      if (p.status !== 200 || empty) {
        log(
          `WARNING ${e.name}: ${e.parley} answered ${p.status}${empty ? ' with no data' : ''}: ${p.body.slice(0, 200)}`,
        )
      }
      if (plt && e.platformatic) {
        const q = await probe(plt.url + e.platformatic, args.timeout * 1000)
        if (q.status !== 200 || q.body === '[]') {
          log(`WARNING ${e.name} (Platformatic): ${e.platformatic} answered ${q.status}: ${q.body.slice(0, 200)}`,
          )
        }
      }
      await quiesce(databaseUrl, args.drainTimeout)
    }

    const load = { duration: args.duration, connections: args.connections, timeout: args.timeout }
    const measurements: Measurement[] = []
    for (let round = 1; round <= args.rounds; round++) {
      for (const e of chosen) {
        const targets: [Measurement['target'], Server, string][] = [['bare', bare, '/hello']]
        if (plt && e.platformatic) targets.push(['platformatic', plt, e.platformatic])
        targets.push(['parley', parley, e.parley])
        for (const [target, server, path] of targets) {
          const m = await measure({ target, endpoint: e.name, origin: server.url, path, round, pid: server.pid, load })
          const cancelled = await quiesce(databaseUrl, args.drainTimeout)
          measurements.push({ ...m, cancelled })
          const failed = m.non_2xx + m.errors
          log(
            `round ${round} ${e.name} ${target}: ${m.requests_per_second} req/s, ` +
              `p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms` +
              `${failed ? `, FAILED ${m.non_2xx} non-2xx, ${m.errors} errors (${m.timeouts} timeouts)` : ''}` +
              `${cancelled ? `, cancelled ${cancelled} leftover queries` : ''}`,
          )
        }
      }
    }

    let exported: ExportResult | null = null
    if (args.export) {
      log('full NDJSON export …')
      exported = await measureExport(parley, '/v1/events?format=ndjson', 1800)
      await quiesce(databaseUrl, args.drainTimeout)
      log(`export: ${JSON.stringify(exported)}`)
    }
    return { picks, endpoints: chosen, measurements, export: exported }
  } finally {
    for (const s of servers.reverse()) await s.stop().catch((err) => log(`could not stop ${s.name}: ${err}`))
  }
}
