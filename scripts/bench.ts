// `npm run bench`: extraction speed and memory, and HTTP throughput, each against a baseline
// measured in the same run; results go to docs/benchmarks.md (and stdout as JSON).
import { writeFileSync, mkdirSync } from 'node:fs'
import { cpus } from 'node:os'
import { loadConfig } from '../src/config.ts'
import { openThrowaway } from '../src/db/throwaway.ts'
import { seed } from '../src/seed/seed.ts'
import { benchExtract } from './bench-extract.ts'
import { benchHttp } from './bench-http.ts'

const log = (m: string) => console.error(`[bench] ${m}`)

log('extraction …')
const extraction = await benchExtract()
log(JSON.stringify(extraction))

const dbs = await openThrowaway(loadConfig().DATABASE_URL, { sweepPrefix: 'parley_bench_', log })
let http
try {
  const url = await dbs.create(`parley_bench_${process.pid}`)
  await seed({ url, progress: false })
  log('HTTP …')
  http = await benchHttp(url)
} finally {
  await dbs.close()
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`
const md = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}). Numbers are from one
run on one machine: compare the ratios, which are taken against a baseline measured in the same run.

## Extraction (one core, no database)

${Object.entries(extraction)
  .map(([k, v]) => `- ${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : String(v)}`)
  .join('\n')}

## HTTP (autocannon, 10 connections, 4 s per endpoint, seeded database)

Baseline: \`GET /health\` (Fastify and the network path alone). ratio = requests/s ÷ baseline requests/s.

| endpoint | req/s | p50 ms | p99 ms | ratio | errors |
|---|---:|---:|---:|---:|---:|
${http.map((r) => `| \`${r.path}\` | ${r.requestsPerSecond} | ${r.p50ms} | ${r.p99ms} | ${r.ratio} | ${r.errors} |`).join('\n')}
`
mkdirSync('docs', { recursive: true })
writeFileSync('docs/benchmarks.md', md)
console.log(JSON.stringify({ extraction, http }, null, 2))
log('written to docs/benchmarks.md')
