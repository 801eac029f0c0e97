// One measurement: a probe request (status, size, time), then autocannon for the set duration while
// the server's RSS is sampled, then waiting until the database is quiet again (a request the client
// gave up on keeps its query running; leftovers past the drain timeout are cancelled and counted).
import autocannon from 'autocannon'
import postgres from 'postgres'
import { setTimeout as sleep } from 'node:timers/promises'
import { watchRss } from './processes.ts'

export interface Load {
  duration: number
  connections: number
  timeout: number
}

export interface Measurement {
  target: 'bare' | 'platformatic' | 'parley'
  endpoint: string
  path: string
  round: number
  requests_per_second: number
  p50_ms: number
  p99_ms: number
  requests: number
  non_2xx: number
  /** connection errors, timeouts included */
  errors: number
  timeouts: number
  probe_status: number
  probe_ms: number
  probe_bytes: number
  rss_peak_mb: number | null
  /** queries still running when the measurement ended that had to be cancelled */
  cancelled: number
}

export interface Probe {
  status: number
  ms: number
  bytes: number
  body: string
}

export async function probe(url: string, timeoutMs: number): Promise<Probe> {
  const t0 = performance.now()
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    const body = await res.text()
    return { status: res.status, ms: Math.round(performance.now() - t0), bytes: Buffer.byteLength(body), body }
  } catch (err) {
    return { status: 0, ms: Math.round(performance.now() - t0), bytes: 0, body: String(err) }
  }
}

export async function measure(o: {
  target: Measurement['target']
  endpoint: string
  origin: string
  path: string
  round: number
  pid: number
  load: Load
}): Promise<Omit<Measurement, 'cancelled'>> {
  const p = await probe(o.origin + o.path, o.load.timeout * 1000)
  const rss = watchRss(o.pid)
  const r = await autocannon({
    url: o.origin + o.path,
    connections: o.load.connections,
    duration: o.load.duration,
    timeout: o.load.timeout,
  })
  return {
    target: o.target,
    endpoint: o.endpoint,
    path: o.path,
    round: o.round,
    requests_per_second: Math.round(r.requests.average * 10) / 10,
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    requests: r.requests.total,
    non_2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    probe_status: p.status,
    probe_ms: p.ms,
    probe_bytes: p.bytes,
    rss_peak_mb: rss.stop(),
  }
}

/**
 * Waits until no other session runs a query on the database (three quiet samples in a row), for at
 * most `timeoutSeconds`; then cancels what still runs, until quiet. Returns how many were cancelled.
 */
export async function quiesce(databaseUrl: string, timeoutSeconds: number): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
  try {
    const deadline = Date.now() + timeoutSeconds * 1000
    let quiet = 0
    let cancelled = 0
    for (let guard = 0; quiet < 3 && guard < 10_000; guard++) {
      const busy = await sql<{ pid: number }[]>`
        SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND backend_type = 'client backend' AND state = 'active'`
      if (!busy.length) {
        quiet++
      } else {
        quiet = 0
        if (Date.now() > deadline) {
          for (const b of busy) if ((await sql`SELECT pg_cancel_backend(${b.pid}) AS ok`)[0]!.ok) cancelled++
        }
      }
      await sleep(200)
    }
    return cancelled
  } finally {
    await sql.end()
  }
}
