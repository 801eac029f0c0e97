// `npx tsx scripts/bench/explain-hot.ts [--db parley_scale_1m] [--out docs/scaling-plans.md]`:
// EXPLAIN (ANALYZE, BUFFERS) of every hot query as sent today, then of its rewrite (after creating,
// in a `lab` schema, the rollups and indexes the rewrites need), checking both return the same rows.
// Best of three runs (warm cache). Everything it creates is dropped at the end.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import postgres from 'postgres'
import { withDatabase } from '../../src/db/admin.ts'
import { loadConfig } from '../../src/config.ts'
import { pickParameters } from './endpoints.ts'
import { hotQueries, type HotQuery } from './hot-queries.ts'

interface Timed {
  ms: number
  plan: string
  digest: string
  rows: number
}

async function explain(sql: postgres.Sql, query: string): Promise<Timed> {
  let best: { ms: number; plan: string } | null = null
  for (let i = 0; i < 3; i++) {
    const rows = await sql.unsafe(`EXPLAIN (ANALYZE, BUFFERS) ${query}`)
    const plan = rows.map((r) => r['QUERY PLAN'] as string).join('\n')
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN)
    if (!best || ms < best.ms) best = { ms, plan }
  }
  const [d] = await sql.unsafe(
    `SELECT md5(coalesce(string_agg(x::text, '|'), '')) AS digest, count(*)::int AS n FROM (${query}) x`,
  )
  return { ...best!, digest: d!.digest as string, rows: d!.n as number }
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'parley_scale_1m' },
      out: { type: 'string', default: 'docs/scaling-plans.md' },
    },
  })
  const url = withDatabase(loadConfig().DATABASE_URL!, values.db)
  const picks = await pickParameters(url)
  const until = new Date().toISOString()
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  const key = async (offset: number): Promise<[string, string]> => {
    const [r] = await sql`
      SELECT to_char(date, 'YYYY-MM-DD') AS d, id FROM events ORDER BY date, id OFFSET ${offset} LIMIT 1`
    return [r!.d as string, r!.id as string]
  }
  const queries = hotQueries(picks, until, { deep: await key(10_049), mid: await key(499_999) })
  const results: { q: HotQuery; today: Timed; rewrite: Timed | null; setup: number }[] = []
  try {
    await sql.unsafe('SET statement_timeout = \'300s\'')
    const today = new Map<string, Timed>()
    for (const q of queries) {
      today.set(q.name, await explain(sql, q.today))
      console.error(`${q.name}: today ${today.get(q.name)!.ms} ms`)
    }
    await sql.unsafe('DROP SCHEMA IF EXISTS lab CASCADE; CREATE SCHEMA lab')
    for (const q of queries) {
      const t0 = performance.now()
      for (const ddl of q.needs ?? []) await sql.unsafe(ddl)
      const setup = Math.round(performance.now() - t0)
      const rewrite = q.rewrite ? await explain(sql, q.rewrite) : null
      if (rewrite) {
        console.error(
          `${q.name}: rewrite ${rewrite.ms} ms` +
            (q.compare !== false && rewrite.digest !== today.get(q.name)!.digest ? ' (DIFFERENT ROWS)' : ''),
        )
      }
      results.push({ q, today: today.get(q.name)!, rewrite, setup })
    }
  } finally {
    await sql.unsafe('DROP SCHEMA IF EXISTS lab CASCADE').catch(() => {})
    for (const i of ['articles', 'actors', 'events', 'statements']) {
      await sql.unsafe(`DROP INDEX IF EXISTS lab_${i}_updated_id`).catch(() => {})
    }
    await sql.unsafe('DROP INDEX IF EXISTS lab_deletions_deleted_id').catch(() => {})
    await sql.end()
  }
  const md = [
    '# Query plans of the hot endpoints (generated)',
    '',
    `Written by \`npx tsx scripts/bench/explain-hot.ts --db ${values.db}\` on ` +
      `${until.slice(0, 16).replace('T', ' ')} UTC; best of three runs,`,
    'warm cache. See docs/scaling.md for what they mean. Parameters: `' + JSON.stringify(picks) + '`.',
    '',
    '| query | endpoint | today ms | rewrite ms | same rows | rows | setup ms |',
    '|---|---|---:|---:|---|---:|---:|',
    ...results.map(({ q, today, rewrite, setup }) => {
      let same = '—'
      if (rewrite) same = q.compare === false ? 'n/a (other columns)' : rewrite.digest === today.digest ? 'yes' : 'NO'
      const cells = [q.name, `\`${q.endpoint}\``, today.ms, rewrite?.ms ?? '—', same, today.rows, q.needs ? setup : '']
      return `| ${cells.join(' | ')} |`
    }),
    '',
    ...results.flatMap(({ q, today, rewrite }) => [
      `## ${q.name}: \`${q.endpoint}\``,
      '',
      'Today:',
      '',
      '```sql',
      q.today.replace(/\n\s+/g, '\n  '),
      '```',
      '',
      '```',
      today.plan,
      '```',
      '',
      ...(rewrite
        ? [
            'Rewrite:',
            '',
            ...(q.needs ? ['```sql', ...q.needs.map((d) => `${d};`), '```', ''] : []),
            '```sql',
            q.rewrite!.replace(/\n\s+/g, '\n  '),
            '```',
            '',
            '```',
            rewrite.plan,
            '```',
            '',
          ]
        : []),
    ]),
  ].join('\n')
  writeFileSync(values.out, md)
  console.error(`written to ${values.out}`)
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
