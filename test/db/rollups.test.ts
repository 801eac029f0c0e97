// The rollups (event_month_root, event_month_code, dyad_counts, actor_activity) stay equal to a recomputation from the
// base tables after every kind of write: a seed, inserts, re-coding, a re-extraction (the seed sync's
// deletions and upserts), an article deleted with its records (ON DELETE CASCADE), events deleted.
// And the stats read from them answer what the base tables answer.
import t from 'tap'
import postgres from 'postgres'
import { editedArticlesDir, freshDatabase } from '../helper.ts'
import { seed } from '../../src/seed/seed.ts'
import { createStatsRepository } from '../../src/repositories/stats-repository.ts'

const recomputed = {
  event_month_root: `SELECT date_trunc('month', date)::date AS month, cameo_root, quad_class,
      count(*)::int AS n, sum(round(goldstein * 10))::bigint AS goldstein_x10 FROM events GROUP BY 1, 2, 3`,
  event_month_code: `SELECT date_trunc('month', date)::date AS month, cameo_code, event_type, cameo_root, quad_class,
      count(*)::int AS n, sum(round(goldstein * 10))::bigint AS goldstein_x10 FROM events GROUP BY 1, 2, 3, 4, 5`,
  dyad_counts: `SELECT source_actor_id, target_actor_id, count(*)::int AS n, sum(round(goldstein * 10))::bigint AS
      goldstein_x10, min(date) AS first_date, max(date) AS last_date
    FROM events WHERE target_actor_id IS NOT NULL GROUP BY 1, 2`,
  actor_activity: `SELECT actor_id, sum(s)::int AS as_source, sum(t)::int AS as_target, sum(st)::int AS statements,
      sum(s + t + st)::int AS total FROM (
      SELECT source_actor_id AS actor_id, 1 AS s, 0 AS t, 0 AS st FROM events
      UNION ALL SELECT target_actor_id, 0, 1, 0 FROM events WHERE target_actor_id IS NOT NULL
      UNION ALL SELECT speaker_id, 0, 0, 1 FROM statements) x GROUP BY 1`,
}

t.test('rollups equal a recomputation after every kind of write', async (t) => {
  const url = await freshDatabase(t)
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())

  const check = async (step: string) => {
    for (const [table, query] of Object.entries(recomputed)) {
      const [row] = await sql.unsafe(`SELECT
        (SELECT count(*) FROM (SELECT * FROM ${table} EXCEPT ${query}) a)::int AS extra,
        (SELECT count(*) FROM (${query} EXCEPT SELECT * FROM ${table}) b)::int AS missing,
        (SELECT count(*) FROM ${table})::int AS rows`)
      t.same({ extra: row!.extra, missing: row!.missing }, { extra: 0, missing: 0 }, `${step}: ${table}`)
      t.ok(row!.rows > 0 || step === 'empty', `${step}: ${table} has rows`)
    }
  }

  await check('empty')
  await seed({ url, progress: false })
  await check('after the seed')

  await sql`INSERT INTO events (id, date, date_end, date_precision, source_actor_id, target_actor_id, event_type,
      cameo_code, cameo_root, quad_class, goldstein, summary, confidence, coder_version)
    SELECT 'copy-' || id, date + 40, date_end + 40, date_precision, target_actor_id, source_actor_id, event_type,
      cameo_code, cameo_root, quad_class, goldstein, summary, confidence, coder_version
    FROM events WHERE target_actor_id IS NOT NULL`
  await sql`INSERT INTO statements (id, speaker_id, text, direct, date, date_end, date_precision, article_id,
      sentence_index, char_start, char_end, evidence, coder_version)
    SELECT 'copy-' || id, speaker_id, text, direct, date, date_end, date_precision, article_id, sentence_index,
      char_start, char_end, evidence, coder_version FROM statements`
  await check('after inserts')

  await sql`UPDATE events SET cameo_code = '190', cameo_root = '19', quad_class = 4, goldstein = -10,
    event_type = 'Use conventional military force', date = date - 400, date_end = date_end - 400
    WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 7)`
  await sql`UPDATE statements SET speaker_id = (SELECT min(id) FROM actors)
    WHERE id IN (SELECT id FROM statements ORDER BY id LIMIT 5)`
  // a target dropped (its pair loses events), and source and target swapped
  await sql`UPDATE events SET target_actor_id = NULL
    WHERE id IN (SELECT id FROM events WHERE target_actor_id IS NOT NULL ORDER BY id DESC LIMIT 5)`
  await sql`UPDATE events SET source_actor_id = target_actor_id, target_actor_id = source_actor_id
    WHERE id IN (SELECT id FROM events WHERE target_actor_id IS NOT NULL ORDER BY id DESC LIMIT 5)`
  await check('after re-coding and re-attribution')

  await seed({ url, articlesDir: editedArticlesDir(t), progress: false })
  await check('after a re-extraction (the sync deletes and upserts)')

  // as the seed sync removes an article: the events only it reports, then the article (its statements cascade)
  const article = (await sql<{ id: string }[]>`SELECT min(id) AS id FROM articles`)[0]!.id
  const only = await sql`DELETE FROM events e
    WHERE EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.article_id = ${article})
      AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.article_id <> ${article})`
  t.ok(only.count > 0, 'events reported only by that article deleted')
  await sql`DELETE FROM articles WHERE id = ${article}`
  await check('after an article deleted with its records')

  await sql`DELETE FROM events WHERE id LIKE 'copy-%' AND id < 'copy-ev-8'`
  await sql`DELETE FROM statements WHERE id LIKE 'copy-%'`
  await check('after deletions')

  await sql`TRUNCATE statements`
  await check('after a truncate of statements')

  await sql`TRUNCATE events CASCADE`
  await check('empty')
})

t.test('stats from the rollups answer what the base tables answer', async (t) => {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const sql = postgres(url, { max: 2, onnotice: () => {} })
  t.teardown(() => sql.end())
  const repo = createStatsRepository(sql)
  // a filter that changes no answer but rules the rollups out
  const noOp = { to: '9999-12-30' }

  for (const g of [undefined, 'root', 'quad', 'type'] as const) {
    for (const interval of ['month', 'year'] as const) {
      const plan = await repo.timelinePlan({}, g, interval)
      const base = await repo.timelinePlan(noOp, g, interval)
      t.same(plan, base, `plan ${interval} by ${g ?? 'nothing'}`)
      const fromRollup = await repo.timeline({}, interval, g, 5, plan.first!, plan.last!)
      const fromBase = await repo.timeline(noOp, interval, g, 5, plan.first!, plan.last!)
      t.same(fromRollup, fromBase, `timeline ${interval} by ${g ?? 'nothing'}`)
    }
  }
  const range = { from: '2012-03-01', to: '2012-10-31' }
  t.same(
    await repo.timeline({ ...range, root: ['04'] }, 'month', 'quad', 5, range.from, range.to),
    await repo.timeline({ ...range, to: '2012-10-30', root: ['04'] }, 'month', 'quad', 5, range.from, range.to)
      .then((rows) => rows),
    'a month-aligned range with the events that began before it',
  )
  t.same(await repo.dyads({}, 20), await repo.dyads(noOp, 20), 'dyads')
  t.same(await repo.actors({}, 20), await repo.actors({ to: '9999-12-31' }, 20), 'top actors')
  t.same(await repo.actors({ kind: 'person' }, 5), await repo.actors({ kind: 'person', to: '9999-12-31' }, 5))
})
