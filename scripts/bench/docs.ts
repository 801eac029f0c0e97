// docs/benchmarks.md: `npm run bench` rewrites only the part between the bench markers, so sections
// written by hand around it (e.g. a recorded baseline) survive later runs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { ExtractBench } from '../bench-extract.ts'
import type { GenScaleReport } from '../gen-scale/run.ts'
import { describeLine, type Machine } from './machine.ts'
import { markdownTable, type ExportResult, type Row } from './report.ts'
import type { BenchArgs } from './args.ts'
import type { Picks } from './endpoints.ts'

export const START = '<!-- bench:latest:start -->'
export const END = '<!-- bench:latest:end -->'

export interface RunRecord {
  date: string
  args: BenchArgs
  machine: Machine
  machine_after: Machine['load_average']
  bare_rps: number | null
  rows: Row[]
  export: ExportResult | null
  extraction: ExtractBench | null
  generation: GenScaleReport | null
  picks: Picks
  commit: string
}

export function latestSection(r: RunRecord): string {
  const a = r.args
  const ex = r.export
  const lines = [
    START,
    '## Latest run (written by `npm run bench`)',
    '',
    `${r.date}, commit \`${r.commit}\`, database \`${a.db}\` ` +
      `(${a.events.toLocaleString('en-US')} events, seed ${a.seed}).`,
    `Machine: ${describeLine(r.machine)}. Load average ${r.machine.load_average.join(' / ')} at the start, ` +
      `${r.machine_after.join(' / ')} at the end: the machine is shared, so absolute numbers are noisy; ` +
      'the ratios are ' +
      'taken within each round against measurements made seconds apart.',
    '',
    `autocannon, ${a.connections} connections, ${a.duration} s per measurement, ${a.rounds} round(s), interleaved ` +
      '(bare route, Platformatic, Parley for each endpoint, then the next; every round repeats the sequence). ' +
      'The bare route (Fastify, one route, own process) ran at ' +
      `${r.bare_rps?.toLocaleString('en-US') ?? '—'} req/s on average. ` +
      'Parley ran as users run it (`NODE_ENV=production`, `LOG_LEVEL=warn`, `SEED_ON_START=false`). ' +
      'Failed requests are counted (a request that timed out after ' +
      `${a.timeout} s counts as a timeout); ` +
      '"first request" is one request before the load, alone; "queries cancelled" counts queries still running ' +
      `${a.drainTimeout} s after the load stopped, which the benchmark cancelled before the next measurement.`,
    '',
    markdownTable(r.rows),
    '',
    r.rows.some((x) => x.note)
      ? '¹ Platformatic has no equivalent of: ' +
        r.rows
          .filter((x) => x.note)
          .map((x) => `${x.endpoint} (${x.note})`)
          .join('; ') +
        '.'
      : '',
    '',
    ex
      ? `Full NDJSON export (\`${ex.path}\`): ${ex.complete ? '' : 'INCOMPLETE, '}status ${ex.status}, ` +
        `${ex.rows.toLocaleString('en-US')} rows in ${ex.seconds} s = ` +
        `${ex.rows_per_second.toLocaleString('en-US')} rows/s, ` +
        `${ex.megabytes} MB, peak API RSS ${ex.rss_peak_mb ?? '—'} MB.`
      : 'Export: not measured.',
    '',
    r.extraction
      ? '### Extraction (one core, no database)\n\n' +
        Object.entries(r.extraction)
          .map(([k, v]) => `- ${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : String(v)}`)
          .join('\n')
      : 'Extraction: not measured.',
    '',
    r.generation
      ? '### Data generation\n\nThis run generated its database: ' +
        `${r.generation.total_rows.toLocaleString('en-US')} rows, load ` +
        `${r.generation.load_rows_per_second.toLocaleString('en-US')} rows/s (no ceiling measured), ` +
        `indexes ${r.generation.index_seconds} s, total ${r.generation.total_seconds} s.`
      : '',
    END,
  ]
  return lines.join('\n')
}

const PREAMBLE = `# Benchmarks

Measured by \`npm run bench\` (see \`scripts/bench.ts\`) on a database made by \`npm run gen:scale\`. The section
between the bench markers is rewritten by every run; everything else in this file is kept.

`

/** Writes the latest-run section into `file`, keeping the rest (the old single-table format is replaced). */
export function writeLatest(file: string, section: string) {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const i = old.indexOf(START)
  const j = old.indexOf(END)
  const next = i >= 0 && j > i ? old.slice(0, i) + section + old.slice(j + END.length) : PREAMBLE + section + '\n'
  writeFileSync(file, next)
}
