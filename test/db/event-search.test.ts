// The list queries rewritten for scale answer exactly what the plain predicates answered: full-text
// `q` (event_search's index, then the summary-or-one-mention check) and a dyad (a page per direction,
// merged), compared with the old SQL on the founding data, also after mentions are added, re-extracted
// and removed, summaries re-coded and events deleted; and event_search stays equal to a recomputation.
import t from 'tap'
import postgres from 'postgres'
import { freshDatabase } from '../helper.ts'
import { seed } from '../../src/seed/seed.ts'
import { createEventsRepository, type EventKey } from '../../src/repositories/events-repository.ts'
import { EventFilter } from '../../src/schemas/events.ts'
import type { Sort } from '../../src/schemas/common.ts'

const recomputed = `SELECT e.id AS event_id, array_to_tsvector(ARRAY(
    SELECT unnest(tsvector_to_array(e.search))
    UNION SELECT unnest(tsvector_to_array(m.search)) FROM event_mentions m WHERE m.event_id = e.id)) AS doc
  FROM events e`

t.test('full text and dyad pages answer what the plain predicates answered', async (t) => {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  const events = createEventsRepository(sql)

  /** Every page of a listing, `take` rows at a time through the keyset. */
  const walk = async (filter: EventFilter, sort: Sort, take = 3) => {
    const ids: string[] = []
    let after: EventKey | undefined
    for (;;) {
      const rows = await events.list(filter, sort, take + 1, after)
      ids.push(...rows.slice(0, take).map((r) => r.id))
      if (rows.length <= take) return ids
      const last = rows[take - 1]!
      after = [last.date, last.id]
    }
  }
  const oldText = async (q: string, sort: Sort) => (await sql`SELECT e.id FROM events e
    WHERE e.search @@ websearch_to_tsquery('english', ${q}) OR EXISTS (
      SELECT 1 FROM event_mentions qm WHERE qm.event_id = e.id AND qm.search @@ websearch_to_tsquery('english', ${q}))
    ORDER BY e.date ${sort === 'date' ? sql`ASC` : sql`DESC`}, e.id ${sort === 'date' ? sql`ASC` : sql`DESC`}`)
    .map((r) => r.id as string)
  const oldDyad = async ([a, b]: string[], sort: Sort) => (await sql`SELECT e.id FROM events e
    WHERE (e.source_actor_id = ${a!} AND e.target_actor_id = ${b!})
       OR (e.source_actor_id = ${b!} AND e.target_actor_id = ${a!})
    ORDER BY e.date ${sort === 'date' ? sql`ASC` : sql`DESC`}, e.id ${sort === 'date' ? sql`ASC` : sql`DESC`}`)
    .map((r) => r.id as string)

  // words of a summary and of a mention of the same event, for queries across the two
  const [pair] = await sql`SELECT (tsvector_to_array(e.search))[1] AS s, (tsvector_to_array(m.search))[1] AS m
    FROM events e JOIN event_mentions m ON m.event_id = e.id
    WHERE NOT ((tsvector_to_array(m.search))[1] = ANY(tsvector_to_array(e.search))) ORDER BY e.id LIMIT 1`
  const [common] = await sql`SELECT word FROM ts_stat('SELECT search FROM event_mentions') ORDER BY ndoc DESC LIMIT 1`
  const queries = ['missile defense', '"missile defense"', 'talks', 'sanctions -iran', '-talks', 'china or russia',
    'the', 'zzznothing', `${pair!.s} ${pair!.m}`, `"${pair!.s} ${pair!.m}"`, `${common!.word} -${pair!.m}`,
    'ceasefire agreement', '"foreign minister"']
  const dyads = (await sql`SELECT DISTINCT least(source_actor_id, target_actor_id) AS a,
      greatest(source_actor_id, target_actor_id) AS b FROM events WHERE target_actor_id IS NOT NULL
    ORDER BY 1, 2 LIMIT 12`).map((r) => [r.a as string, r.b as string])
  const [self] = await sql`SELECT id FROM actors ORDER BY id LIMIT 1`
  dyads.push([self!.id, self!.id])

  const compare = async (step: string) => {
    const [drift] = await sql.unsafe(`SELECT
      (SELECT count(*) FROM (SELECT event_id, doc FROM event_search EXCEPT ${recomputed}) a)::int AS extra,
      (SELECT count(*) FROM (${recomputed} EXCEPT SELECT event_id, doc FROM event_search) b)::int AS missing`)
    t.same(drift, { extra: 0, missing: 0 }, `${step}: event_search equals a recomputation`)
    for (const sort of ['date', '-date'] as Sort[]) {
      for (const q of queries) {
        t.same(await walk(EventFilter.parse({ q }), sort, 50), await oldText(q, sort), `${step}: q=${q} ${sort}`)
      }
      for (const d of dyads) {
        t.same(await walk(EventFilter.parse({ dyad: d.join(',') }), sort), await oldDyad(d, sort),
          `${step}: dyad=${d.join(',')} ${sort}`)
      }
    }
  }
  await compare('seeded')

  // mentions added: the evidence of one event on another, and a new sentence
  await sql`INSERT INTO event_mentions (event_id, article_id, sentence_index, char_start, char_end, evidence)
    SELECT e.id, m.article_id, m.sentence_index, m.char_start + 100000, m.char_end + 100000, m.evidence
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM events) e
    JOIN (SELECT *, row_number() OVER (ORDER BY id DESC) AS n FROM event_mentions) m USING (n) WHERE e.n <= 20`
  await compare('mentions added')
  // re-extracted: evidence rewritten, mentions replaced
  await sql`UPDATE event_mentions SET evidence = 'Missile defense talks collapsed amid sanctions on Iran.'
    WHERE id IN (SELECT id FROM event_mentions ORDER BY id LIMIT 15)`
  await compare('evidence rewritten')
  // removed: some mentions, an article with its mentions, some events; summaries re-coded
  await sql`DELETE FROM event_mentions WHERE id IN (SELECT id FROM event_mentions ORDER BY id DESC LIMIT 25)`
  await sql`DELETE FROM articles WHERE id = (SELECT article_id FROM event_mentions ORDER BY id LIMIT 1)`
  await sql`UPDATE events SET summary = 'Foreign minister announced a ceasefire agreement.'
    WHERE id IN (SELECT id FROM events ORDER BY id DESC LIMIT 10)`
  await sql`DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY date LIMIT 5)`
  await compare('removed and re-coded')
  await sql`DELETE FROM event_mentions`
  await compare('no mentions')
})
