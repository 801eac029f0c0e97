// `npx tsx scripts/bench/check-rollups.ts [--db parley_scale_20k]`: applies docs/scaling-rollups.sql in
// a transaction on a gen:scale database, changes records the way the seed sync does (one article's
// records deleted, events re-coded, new events and statements), compares every rollup with a
// recomputation from the base tables, and rolls everything back. Prints timings and the verdict.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import postgres from 'postgres'
import { withDatabase } from '../../src/db/admin.ts'
import { loadConfig } from '../../src/config.ts'

const RECOMPUTE: Record<string, string> = {
  event_month_code: `SELECT date_trunc('month', date)::date AS month, cameo_code, min(cameo_root) AS cameo_root,
    min(quad_class) AS quad_class,
    count(*)::int AS n, sum(round(goldstein * 10))::bigint AS g FROM events GROUP BY 1, 2`,
  dyad_counts: `SELECT source_actor_id, target_actor_id, count(*)::int AS n, sum(round(goldstein * 10))::bigint AS g,
    min(date) AS first_date,
    max(date) AS last_date FROM events WHERE target_actor_id IS NOT NULL GROUP BY 1, 2`,
  actor_activity: `SELECT actor_id, sum(s)::int AS as_source, sum(t)::int AS as_target, sum(st)::int AS statements
    FROM (
    SELECT source_actor_id AS actor_id, 1 AS s, 0 AS t, 0 AS st FROM events UNION ALL SELECT target_actor_id, 0, 1, 0
      FROM events
    WHERE target_actor_id IS NOT NULL UNION ALL SELECT speaker_id, 0, 0, 1 FROM statements) x GROUP BY 1`,
}
const STORED: Record<string, string> = {
  event_month_code:
    'SELECT month, cameo_code, cameo_root, quad_class, n, goldstein_x10 AS g FROM event_month_code',
  dyad_counts:
    'SELECT source_actor_id, target_actor_id, n, goldstein_x10 AS g, first_date, last_date FROM dyad_counts',
  actor_activity: 'SELECT actor_id, as_source, as_target, statements FROM actor_activity',
}

async function mismatches(tx: postgres.TransactionSql): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const t of Object.keys(RECOMPUTE)) {
    const [r] = await tx.unsafe(`SELECT (SELECT count(*) FROM ((${RECOMPUTE[t]}) EXCEPT (${STORED[t]})) a)::int
      + (SELECT count(*) FROM ((${STORED[t]}) EXCEPT (${RECOMPUTE[t]})) b)::int AS n`)
    out[t] = r!.n as number
  }
  return out
}

const ms = (t0: number) => `${Math.round(performance.now() - t0)} ms`

async function main() {
  const { values } = parseArgs({ options: { db: { type: 'string', default: 'parley_scale_20k' } } })
  const sql = postgres(withDatabase(loadConfig().DATABASE_URL!, values.db), { max: 1, onnotice: () => {} })
  const ddl = readFileSync(new URL('../../docs/scaling-rollups.sql', import.meta.url), 'utf8')
  let verdict = true
  try {
    await sql.begin(async (tx) => {
      let t0 = performance.now()
      await tx.unsafe(ddl)
      console.log(`rollups created and filled: ${ms(t0)}`)
      const check = async (what: string) => {
        const m = await mismatches(tx)
        const ok = Object.values(m).every((n) => n === 0)
        verdict &&= ok
        console.log(`${ok ? 'exact' : 'MISMATCH'} after ${what}: ${JSON.stringify(m)}`)
      }
      await check('the initial fill')
      const [article] = await tx`SELECT article_id AS id FROM event_mentions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`
      t0 = performance.now()
      // the seed sync's order: stale statements and events (reported only by this article), then the article (cascade)
      await tx`DELETE FROM statements WHERE article_id = ${article!.id}`
      await tx`DELETE FROM events e WHERE EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND
        m.article_id = ${article!.id})
        AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.article_id <> ${article!.id})`
      await tx`DELETE FROM articles WHERE id = ${article!.id}`
      console.log(`deleted article ${article!.id} and its records: ${ms(t0)}`)
      await check('deleting an article')
      t0 = performance.now()
      await tx`UPDATE events SET cameo_code = '190', cameo_root = '19', quad_class = 4, goldstein = -10,
        target_actor_id = NULL
        WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 200)`
      await tx`UPDATE statements SET speaker_id = (SELECT id FROM actors ORDER BY id LIMIT 1) WHERE id IN (SELECT id
        FROM statements ORDER BY id LIMIT 200)`
      console.log(`re-coded 200 events and re-attributed 200 statements: ${ms(t0)}`)
      await check('updates')
      t0 = performance.now()
      await tx`INSERT INTO events (id, date, date_end, date_precision, source_actor_id, target_actor_id, event_type,
        cameo_code, cameo_root, quad_class,
          goldstein, summary, confidence, coder_version)
        SELECT 'ev-new-' || id, date - 400, date_end - 400, date_precision, target_actor_id, source_actor_id,
          event_type, cameo_code, cameo_root,
          quad_class, goldstein, summary, confidence, coder_version FROM events WHERE target_actor_id IS NOT NULL
            ORDER BY id LIMIT 500`
      await tx`INSERT INTO statements (id, speaker_id, text, direct, date, date_end, date_precision, article_id,
        sentence_index, char_start, char_end,
          evidence, coder_version) SELECT 'st-new-' || id, speaker_id, text, direct, date, date_end, date_precision,
            article_id, sentence_index,
          char_start, char_end, evidence, coder_version FROM statements ORDER BY id LIMIT 500`
      console.log(`inserted 500 events and 500 statements: ${ms(t0)}`)
      await check('inserts')
      throw new Error('rollback')
    })
  } catch (err) {
    if ((err as Error).message !== 'rollback') throw err
  } finally {
    await sql.end()
  }
  console.log(verdict ? 'rollups stayed exact (everything rolled back)' : 'ROLLUPS DRIFTED (everything rolled back)')
  process.exitCode = verdict ? 0 : 1
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
