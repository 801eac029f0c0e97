// `npx tsx scripts/bench/explain-hot.ts [--db parley_scale_1m] [--out docs/scaling-plans.md]`:
// EXPLAIN (ANALYZE, BUFFERS) of the SQL the API sends for each endpoint of `npm run bench`
// (endpoints.ts, same parameters picked from the data): the services and repositories run each
// request on a pool that records its queries (src/db/query-capture.ts), then each recorded SELECT
// is EXPLAINed with its own parameters, best of three (warm cache). Read-only: every session is
// `default_transaction_read_only`, and anything but a SELECT is listed, not run again.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { withDatabase } from '../../src/db/admin.ts'
import { capturingSql, explain, type CapturedQuery } from '../../src/db/query-capture.ts'
import type { Sql } from '../../src/db/sql.ts'
import { loadConfig } from '../../src/config.ts'
import { endpoints, pickParameters, type Endpoint } from './endpoints.ts'
import { serviceCalls } from './service-calls.ts'

/** Page 201, as the benchmark reaches it: 200 × links.next from the first page of events. */
const DEEP_PAGES = 200

interface Explained {
  query: CapturedQuery
  /** null for a query that is not a SELECT (not EXPLAINed) */
  plan: string | null
  ms: number
}

const isSelect = (query: string) => /^\s*(SELECT|WITH|\()/i.test(query) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(query)

async function bestOfThree(sql: Sql, query: CapturedQuery): Promise<Explained> {
  if (!isSelect(query.query)) return { query, plan: null, ms: NaN }
  let best: Explained | null = null
  for (let i = 0; i < 3; i++) {
    const plan = await explain(sql, query, 'ANALYZE, BUFFERS')
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN)
    if (!best || ms < best.ms) best = { query, plan, ms }
  }
  return best!
}

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(', ')
const fence = (lang: string, text: string) => ['```' + lang, text, '```', '']

function section(e: Endpoint, runs: Explained[]): string[] {
  return [
    `## ${e.name}: ${e.label}`,
    '',
    `\`${e.parley}\`: ${runs.length} ${runs.length === 1 ? 'query' : 'queries'}`,
    '',
    ...runs.flatMap(({ query, plan }, i) => [
      ...(runs.length > 1 ? [`Query ${i + 1}:`, ''] : []),
      ...fence('sql', query.query.trim()),
      ...(query.parameters.length
        ? [query.parameters.map((p, n) => `$${n + 1} = \`${JSON.stringify(p)}\``).join(', '), '']
        : []),
      ...(plan === null ? ['Not a SELECT: not run again (the database is used read-only).', ''] : fence('', plan)),
    ]),
  ]
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'parley_scale_1m' },
      out: { type: 'string', default: 'docs/scaling-plans.md' },
    },
  })
  const url = withDatabase(loadConfig().DATABASE_URL!, values.db)
  const loadBefore = load()
  const picks = await pickParameters(url)
  const { sql, during } = capturingSql(url, {
    max: 1,
    connection: { default_transaction_read_only: true, statement_timeout: 300_000, application_name: 'explain-hot' },
  })
  const results: { e: Endpoint; runs: Explained[] }[] = []
  const started = new Date().toISOString()
  try {
    const services = serviceCalls(sql)
    const first = endpoints(picks, '').find((e) => e.name === 'events')!.parley
    console.error(`walking ${DEEP_PAGES} pages to find the deep page …`)
    const deep = await services.walk(first, DEEP_PAGES)
    for (const e of endpoints(picks, deep)) {
      const queries = await during(() => services.call(e.parley))
      const runs: Explained[] = []
      for (const q of queries) runs.push(await bestOfThree(sql, q))
      results.push({ e, runs })
      console.error(`${e.name}: ${runs.map((r) => `${r.ms} ms`).join(' + ')}`)
    }
  } finally {
    await sql.end()
  }
  const cell = (runs: Explained[]) => runs.map((r) => (r.plan === null ? 'not run' : r.ms)).join(' + ')
  const md = [
    '# Query plans of the hot endpoints (generated)',
    '',
    `Written by \`npx tsx scripts/bench/explain-hot.ts --db ${values.db}\` on ` +
      `${started.slice(0, 16).replace('T', ' ')} UTC.`,
    'The SQL is what the services and repositories send for each endpoint of `npm run bench` (captured',
    'from the pool, not copied), EXPLAINed (ANALYZE, BUFFERS) with its own parameters (a custom plan, as',
    'for the first executions of a prepared statement); best of three runs, warm cache.',
    `Load average (1, 5, 15 min): ${loadBefore} before, ${load()} after, on ${os.cpus().length} cores ` +
      'shared with other work: treat times as ±50%.',
    'See docs/scaling.md for what they mean. Parameters (picked from the data as the benchmark picks them):',
    '`' + JSON.stringify(picks) + '`.',
    '',
    '| endpoint | request | queries | execution ms (each query) |',
    '|---|---|---:|---:|',
    ...results.map(({ e, runs }) => `| ${e.name} | ${e.label} | ${runs.length} | ${cell(runs)} |`),
    '',
    ...results.flatMap(({ e, runs }) => section(e, runs)),
  ].join('\n')
  writeFileSync(values.out, md)
  console.error(`written to ${values.out}`)
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
