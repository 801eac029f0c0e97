// Turns the measurements of a run into per-endpoint rows (means over the rounds, ratios taken within
// each round), a terminal table, the Markdown of docs/benchmarks.md and the closing JSON line.
import type { Endpoint } from './endpoints.ts'
import type { Measurement } from './measure.ts'

export interface Row {
  endpoint: string
  label: string
  path: string
  requests_per_second: number
  rps_min: number
  rps_max: number
  p50_ms: number
  p99_ms: number
  non_2xx: number
  errors: number
  timeouts: number
  probe_ms: number
  probe_status: number
  rss_peak_mb: number | null
  cancelled: number
  bare_rps: number | null
  /** Parley ÷ the bare route, in the same round (mean over rounds) */
  vs_bare: number | null
  platformatic_rps: number | null
  platformatic_p50_ms: number | null
  platformatic_p99_ms: number | null
  platformatic_non_2xx: number | null
  /** Parley ÷ Platformatic, in the same round (mean over rounds) */
  vs_platformatic: number | null
  note: string
}

export interface ExportResult {
  path: string
  status: number
  rows: number
  seconds: number
  rows_per_second: number
  megabytes: number
  rss_peak_mb: number | null
  complete: boolean
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
const r1 = (x: number) => Math.round(x * 10) / 10
const r4 = (x: number) => Math.round(x * 10_000) / 10_000

/** One row per Parley endpoint: means over rounds; ratios per round to the measurements next to it. */
export function summarise(eps: Endpoint[], ms: Measurement[]): Row[] {
  return eps.flatMap((e) => {
    const mine = ms.filter((m) => m.target === 'parley' && m.endpoint === e.name)
    if (!mine.length) return []
    const sameRound = (target: Measurement['target'], round: number) =>
      ms.find((m) => m.target === target && m.endpoint === e.name && m.round === round)
    const ratios = (target: Measurement['target']) => {
      const xs = mine.flatMap((m) => {
        const other = sameRound(target, m.round)
        return other && other.requests_per_second > 0 ? [m.requests_per_second / other.requests_per_second] : []
      })
      return xs.length ? r4(mean(xs)) : null
    }
    const bare = ms.filter((m) => m.target === 'bare' && m.endpoint === e.name)
    const plt = ms.filter((m) => m.target === 'platformatic' && m.endpoint === e.name)
    const rss = mine.map((m) => m.rss_peak_mb).filter((x): x is number => x !== null)
    const sum = (k: 'non_2xx' | 'errors' | 'timeouts' | 'cancelled', xs = mine) => xs.reduce((a, m) => a + m[k], 0)
    return [
      {
        endpoint: e.name,
        label: e.label,
        path: e.parley,
        requests_per_second: r1(mean(mine.map((m) => m.requests_per_second))),
        rps_min: Math.min(...mine.map((m) => m.requests_per_second)),
        rps_max: Math.max(...mine.map((m) => m.requests_per_second)),
        p50_ms: r1(mean(mine.map((m) => m.p50_ms))),
        p99_ms: r1(mean(mine.map((m) => m.p99_ms))),
        non_2xx: sum('non_2xx'),
        errors: sum('errors'),
        timeouts: sum('timeouts'),
        probe_ms: Math.round(mean(mine.map((m) => m.probe_ms))),
        probe_status: mine[0]!.probe_status,
        rss_peak_mb: rss.length ? Math.max(...rss) : null,
        cancelled: sum('cancelled'),
        bare_rps: bare.length ? r1(mean(bare.map((m) => m.requests_per_second))) : null,
        vs_bare: ratios('bare'),
        platformatic_rps: plt.length ? r1(mean(plt.map((m) => m.requests_per_second))) : null,
        platformatic_p50_ms: plt.length ? r1(mean(plt.map((m) => m.p50_ms))) : null,
        platformatic_p99_ms: plt.length ? r1(mean(plt.map((m) => m.p99_ms))) : null,
        platformatic_non_2xx: plt.length ? sum('non_2xx', plt) + sum('errors', plt) : null,
        vs_platformatic: ratios('platformatic'),
        note: e.note ?? '',
      },
    ]
  })
}

const n = (x: number | null | undefined, digits = 0) =>
  x === null || x === undefined
    ? '—'
    : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const pct = (x: number | null) =>
  x === null ? '—' : x >= 0.1 ? `${(x * 100).toFixed(0)}%` : `${(x * 100).toFixed(2)}%`
const times = (x: number | null) => (x === null ? '—' : `${x.toFixed(2)}×`)

/** Failed requests of a row as "non-2xx/errors (timeouts)", or "0"; autocannon counts timeouts among errors. */
export const failures = (r: Row) =>
  r.non_2xx + r.errors ? `${r.non_2xx}/${r.errors}${r.timeouts ? ` (${r.timeouts})` : ''}` : '0'

export function markdownTable(rows: Row[]): string {
  const head =
    '| endpoint | Parley req/s | p50 ms | p99 ms | failed: non-2xx/errors (timeouts) | ÷ bare | ' +
    'Platformatic req/s (p50/p99 ms) | ÷ Platformatic | first request ms | peak RSS MB | queries cancelled |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
  const body = rows.map((r) => {
    const plt =
      r.platformatic_rps === null
        ? '—'
        : `${n(r.platformatic_rps)} (${n(r.platformatic_p50_ms)}/${n(r.platformatic_p99_ms)})${r.note ? ' ¹' : ''}`
    const digits = r.requests_per_second < 10 ? 1 : 0
    const range =
      n(r.rps_min, digits) === n(r.rps_max, digits) ? '' : ` (${n(r.rps_min, digits)}–${n(r.rps_max, digits)})`
    // no request completed: there is no latency to show
    const latency = (x: number) => (r.rps_max === 0 ? '—' : n(x))
    return (
      `| ${r.label} | ${n(r.requests_per_second, digits)}${range} | ${latency(r.p50_ms)} | ${latency(r.p99_ms)} | ` +
      `${failures(r)} | ${pct(r.vs_bare)} | ${plt} | ${times(r.vs_platformatic)} | ${n(r.probe_ms)} | ` +
      `${n(r.rss_peak_mb)} | ${r.cancelled} |`
    )
  })
  return [head, ...body].join('\n')
}

/** A fixed-width table for the terminal. */
export function terminalTable(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.endpoint,
    n(r.requests_per_second, 1),
    n(r.p50_ms),
    n(r.p99_ms),
    failures(r),
    pct(r.vs_bare),
    n(r.platformatic_rps, 1),
    times(r.vs_platformatic),
    n(r.rss_peak_mb),
  ])
  const header = ['endpoint', 'req/s', 'p50', 'p99', 'failed', '÷bare', 'plt req/s', '÷plt', 'RSS MB']
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  return [header, ...cells]
    .map((c) => c.map((x, i) => (i ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  '))
    .join('\n')
}
