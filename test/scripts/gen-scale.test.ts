// gen:scale on a tiny size, into throwaway databases of the test run: referential integrity,
// evidence offsets, determinism for a seed, the shape of the distributions, and that it never takes
// over a database it did not make.
import t, { type Test } from 'tap'
import postgres from 'postgres'
import { dropDatabase, withDatabase } from '../../src/db/admin.ts'
import { prepareDatabase, readMarker } from '../../scripts/gen-scale/database.ts'
import { runGenScale, scaleDatabaseName } from '../../scripts/gen-scale/run.ts'
import { parseGenArgs } from '../../scripts/gen-scale.ts'
import { freshDatabase, testConfig } from '../helper.ts'
import { TABLES } from '../../scripts/gen-scale/tables.ts'

const seeded = testConfig().DATABASE_URL!
const run = process.env.PARLEY_TEST_RUN!
const UNTIL = '2024-06-30'

async function generated(t: Test, suffix: string, seed: number) {
  const db = `${run}_gen_${process.pid}_${suffix}`
  t.teardown(() => dropDatabase(withDatabase(seeded, db)))
  const report = await runGenScale({ server: seeded, db, events: 500, seed, until: UNTIL, ceiling: true })
  const sql = postgres(withDatabase(seeded, db), { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  return { report, sql, url: withDatabase(seeded, db) }
}

/** An md5 of every row of every table, in a fixed order: equal digests, equal data. */
async function digest(sql: postgres.Sql) {
  const out: Record<string, string> = {}
  for (const table of TABLES) {
    const [row] = await sql.unsafe(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${table}" t`,
    )
    out[table] = row!.d as string
  }
  return out
}

t.test('a tiny dataset: counts, integrity, offsets, distributions, determinism', async (t) => {
  const a = await generated(t, 'a', 7)
  const { sql, report } = a
  t.equal(report.rows.events, 500)
  t.equal(report.rows.statements, 1000, 'two statements per event')
  t.equal(report.rows.articles, 25, 'one article per 20 events')
  t.ok(report.rows.event_mentions >= 500, 'every event has at least one mention')
  t.ok(report.ceiling_rows_per_second! > 0 && report.load_rows_per_second > 0, 'rates are reported')
  t.same((await readMarker(a.url)).info, { events: 500, seed: 7, until: UNTIL, complete: true })

  // the constraints and indexes set aside for the load are all back, as the migrations made them
  const structure = (db: postgres.Sql) => db`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace
    UNION ALL SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`
  const migrated = postgres(await freshDatabase(t), { max: 1 })
  const expected = await structure(migrated)
  await migrated.end()
  t.ok(
    expected.some((r) => /FOREIGN KEY/.test(r.def as string)),
    'a migrated database has foreign keys',
  )
  t.same(await structure(sql), expected, 'every constraint and index is back (so every row satisfies the foreign keys)')
  const [orphans] = await sql`SELECT
      (SELECT count(*) FROM events e
        WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id))::int AS unmentioned,
      (SELECT count(*) FROM event_mentions m JOIN articles a ON a.id = m.article_id
        WHERE substr(a.raw_text, m.char_start + 1, m.char_end - m.char_start) <> m.evidence)::int AS bad_mentions,
      (SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE substr(a.raw_text, s.char_start + 1, s.char_end - s.char_start) <> s.evidence)::int AS bad_statements,
      (SELECT count(*) FROM deletions d WHERE d.entity_id IN (SELECT id FROM events UNION ALL SELECT id FROM statements
        UNION ALL SELECT id FROM articles UNION ALL SELECT id FROM actors))::int AS deleted_but_live,
      (SELECT count(*) FROM events
        WHERE date < '1990-01-01' OR date_end > ${UNTIL}::date + 366 OR date > date_end)::int AS bad_dates`
  t.same(orphans, { unmentioned: 0, bad_mentions: 0, bad_statements: 0, deleted_but_live: 0, bad_dates: 0 })
  const [seq] =
    await sql`SELECT nextval('event_mentions_id_seq')::int AS next, (SELECT max(id) FROM event_mentions)::int AS max`
  t.ok(seq!.next > seq!.max, 'sequences are moved past the ids written')

  // long tail: the busiest actor has a large share, most actors few events
  const shares = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT source_actor_id AS id FROM events UNION ALL
      SELECT target_actor_id FROM events WHERE target_actor_id IS NOT NULL) x GROUP BY id ORDER BY n DESC`
  const total = shares.reduce((s, r) => s + r.n, 0)
  t.ok(shares[0]!.n / total > 0.04, `the busiest actor takes a large share (${shares[0]!.n}/${total})`)
  const head = shares.slice(0, Math.ceil(shares.length / 10)).reduce((s, r) => s + r.n, 0)
  t.ok(head / total > 0.4, `the top 10% of actors are in most events (${head}/${total})`)
  const roots = await sql<
    { root: string; n: number }[]
  >`SELECT cameo_root AS root, count(*)::int AS n FROM events GROUP BY 1 ORDER BY n DESC`
  t.ok(
    ['01', '04'].includes(roots[0]!.root) && ['01', '04', '05'].includes(roots[1]!.root),
    'statements and consultations lead the CAMEO roots',
  )
  t.ok((roots.find((r) => r.root === '20')?.n ?? 0) < 25, 'mass violence is rare')
  const [kinds] =
    await sql`SELECT count(*) FILTER (WHERE kind = 'person')::int AS persons,
    count(*) FILTER (WHERE kind = 'state')::int AS states,
    (SELECT count(*) FROM actor_roles)::int AS roles, (SELECT count(*) FROM actor_aliases)::int AS aliases FROM actors`
  t.ok(
    kinds!.persons > 100 && kinds!.states > 20 && kinds!.roles > 100 && kinds!.aliases > kinds!.persons,
    'people with roles, states, aliases',
  )
  const [dyads] = await sql`SELECT max(n)::int AS top, count(*)::int AS pairs FROM (SELECT count(*) AS n FROM events
    WHERE target_actor_id IS NOT NULL GROUP BY source_actor_id, target_actor_id) d`
  t.ok(dyads!.top >= 5, `dyads are skewed (the top pair has ${dyads!.top} events)`)

  const again = await generated(t, 'b', 7)
  t.same(await digest(again.sql), await digest(sql), 'the same seed gives the same rows')
  const other = await generated(t, 'c', 8)
  t.not((await digest(other.sql)).events, (await digest(sql)).events, 'another seed gives other rows')
})

t.test('a database holding events that gen:scale did not make is refused, not dropped', async (t) => {
  await t.rejects(
    prepareDatabase(seeded, () => {}),
    /was not made by gen:scale: refusing/,
  )
  const sql = postgres(seeded, { max: 1 })
  t.teardown(() => sql.end())
  const [row] = await sql`SELECT count(*)::int AS n FROM events`
  t.ok(row!.n > 0, 'its events are still there')
})

t.test('arguments and database names', async (t) => {
  t.equal(scaleDatabaseName(1_000_000), 'parley_scale_1m')
  t.equal(scaleDatabaseName(20_000), 'parley_scale_20k')
  t.equal(scaleDatabaseName(500), 'parley_scale_500')
  t.match(parseGenArgs(['--events', '20000', '--seed', '3', '--until', '2020-01-01']), {
    events: 20000,
    seed: 3,
    db: 'parley_scale_20k',
    until: '2020-01-01',
    ceiling: true,
  })
  t.match(parseGenArgs(['--events', '500', '--db', 'mine', '--no-ceiling']), { db: 'mine', ceiling: false })
  t.throws(() => parseGenArgs(['--events', '0']), /--events must be a positive integer/)
  t.throws(() => parseGenArgs(['--events', '10', '--db', 'Robert; DROP']), /--db must be a lower-case identifier/)
  t.throws(() => parseGenArgs(['--until', '1980-01-01']), /--until/)
  t.throws(() => parseGenArgs(['--evnts', '10']), /Unknown option/)
})
