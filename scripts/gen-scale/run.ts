// gen:scale from start to end: database → indexes set aside → generate + COPY (teed) → raw-COPY
// ceiling → indexes and keys rebuilt → marker. Returns the timings and rates it reports.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withDatabase } from '../../src/db/admin.ts'
import { openCopySink } from './copy-sink.ts'
import { rawCopySeconds } from './ceiling.ts'
import { databaseSize, prepareDatabase, restoreStructures, setAsideStructures, writeMarker } from './database.ts'
import { generate, type RowCounts } from './generate.ts'

export interface GenScaleOptions {
  server: string
  db: string
  events: number
  seed: number
  until: string
  ceiling: boolean
  log?: (m: string) => void
}

export interface GenScaleReport {
  database: string
  events: number
  seed: number
  until: string
  rows: RowCounts
  total_rows: number
  copy_megabytes: number
  load_seconds: number
  load_rows_per_second: number
  ceiling_seconds: number | null
  ceiling_rows_per_second: number | null
  load_vs_ceiling: number | null
  index_seconds: number
  total_seconds: number
  database_megabytes: number
}

/** `parley_scale_1m` for a million events, `parley_scale_20k`, `parley_scale_500`. */
export function scaleDatabaseName(events: number): string {
  const label =
    events % 1_000_000 === 0 ? `${events / 1_000_000}m` : events % 1000 === 0 ? `${events / 1000}k` : String(events)
  return `parley_scale_${label}`
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

export async function runGenScale(o: GenScaleOptions): Promise<GenScaleReport> {
  const log = o.log ?? (() => {})
  const url = withDatabase(o.server, o.db)
  const started = performance.now()
  await prepareDatabase(url, log)
  const plan = await setAsideStructures(url)
  const teeDir = o.ceiling ? mkdtempSync(join(tmpdir(), 'parley-gen-')) : undefined
  try {
    log(`generating ${o.events.toLocaleString('en-US')} events (seed ${o.seed}, 1990-01-01 … ${o.until}) into ${o.db}`)
    const t0 = performance.now()
    const sink = await openCopySink(url, teeDir)
    let rows: RowCounts
    try {
      rows = await generate({ events: o.events, seed: o.seed, until: o.until }, sink)
    } catch (err) {
      await sink.abort()
      throw err
    }
    const bytes = await sink.close()
    const loadSeconds = (performance.now() - t0) / 1000
    const totalRows = Object.values(rows).reduce((a, b) => a + b, 0)
    log(
      `loaded ${totalRows.toLocaleString('en-US')} rows in ${loadSeconds.toFixed(1)} s ` +
        `(${Math.round(totalRows / loadSeconds).toLocaleString('en-US')} rows/s)`,
    )
    let ceiling: number | null = null
    if (teeDir) {
      log('ceiling: raw COPY of the same rows …')
      ceiling = await rawCopySeconds(url, teeDir)
      log(`raw COPY: ${ceiling.toFixed(1)} s (${Math.round(totalRows / ceiling).toLocaleString('en-US')} rows/s)`)
    }
    log('rebuilding indexes and constraints …')
    const t1 = performance.now()
    await restoreStructures(url, plan, log)
    const indexSeconds = (performance.now() - t1) / 1000
    await writeMarker(url, { events: o.events, seed: o.seed, until: o.until, complete: true })
    return {
      database: o.db,
      events: o.events,
      seed: o.seed,
      until: o.until,
      rows,
      total_rows: totalRows,
      copy_megabytes: round(Object.values(bytes).reduce((a, b) => a + b, 0) / 1048576),
      load_seconds: round(loadSeconds),
      load_rows_per_second: Math.round(totalRows / loadSeconds),
      ceiling_seconds: ceiling === null ? null : round(ceiling),
      ceiling_rows_per_second: ceiling === null ? null : Math.round(totalRows / ceiling),
      load_vs_ceiling: ceiling === null ? null : round(ceiling / loadSeconds, 2),
      index_seconds: round(indexSeconds),
      total_seconds: round((performance.now() - started) / 1000),
      database_megabytes: Math.round((await databaseSize(url)) / 1048576),
    }
  } finally {
    if (teeDir) rmSync(teeDir, { recursive: true, force: true })
  }
}

export function formatReport(r: GenScaleReport): string {
  const n = (x: number) => x.toLocaleString('en-US')
  return [
    `${r.database}: ${Object.entries(r.rows)
      .map(([t, c]) => `${t} ${n(c)}`)
      .join(', ')}`,
    `load (generate + COPY): ${r.load_seconds} s, ${n(r.load_rows_per_second)} rows/s, ${n(r.copy_megabytes)} MB`,
    r.ceiling_seconds === null
      ? 'ceiling: not measured (--no-ceiling)'
      : `raw COPY of the same rows (ceiling): ${r.ceiling_seconds} s, ${n(r.ceiling_rows_per_second!)} rows/s → ` +
        `load at ${Math.round(r.load_vs_ceiling! * 100)}% of the ceiling`,
    `indexes and constraints: ${r.index_seconds} s; total ${r.total_seconds} s; database ${n(r.database_megabytes)} MB`,
  ].join('\n')
}
