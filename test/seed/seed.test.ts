import t, { type Test } from 'tap'
import postgres from 'postgres'
import { seed } from '../../src/seed/seed.ts'
import { editedArticlesDir, freshDatabase } from '../helper.ts'

const connect = (t: Test, url: string) => {
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  return sql
}

async function snapshot(sql: postgres.Sql) {
  const rows = async (table: string) => sql.unsafe(`SELECT * FROM ${table} ORDER BY 1, 2`)
  return {
    articles: await rows('articles'),
    actors: await rows('actors'),
    aliases: await rows('actor_aliases'),
    roles: await rows('actor_roles'),
    events: await rows('events'),
    mentions: await rows('event_mentions'),
    statements: await rows('statements'),
    deletions: await rows('deletions'),
  }
}

const noChanges = (changes: Record<string, { inserted: number; updated: number; deleted: number }>) =>
  Object.values(changes).every((c) => c.inserted + c.updated + c.deleted === 0)

t.test('seeding loads everything, and re-seeding changes nothing', async (t) => {
  const url = await freshDatabase(t)
  const first = await seed({ url, progress: false })
  t.equal(first.articles, 5)
  t.ok(first.actors > 50, 'the gazetteer is loaded')
  t.ok(first.events > 0 && first.statements > 0)
  t.ok(first.changes.articles.inserted === 5)
  const sql = connect(t, url)
  const before = await snapshot(sql)
  const second = await seed({ url, progress: false })
  t.ok(noChanges(second.changes), 'the second run reports no change')
  t.same(await snapshot(sql), before, 'every row, id and timestamp is as it was')
  t.equal(before.deletions.length, 0)
})

t.test('a changed article is updated; a removed one is deleted with its records and recorded', async (t) => {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const sql = connect(t, url)
  const [{ count: statementsOf003 }] = (
    await sql`SELECT count(*)::int AS count FROM statements WHERE article_id = '003-0ceba8022e856230'`
  ) as unknown as [{ count: number }]
  const dir = editedArticlesDir(t)

  const [{ now }] = (await sql`SELECT now() AS now`) as unknown as [{ now: Date }]
  const result = await seed({ url, articlesDir: dir, progress: false })
  t.equal(result.changes.articles.updated, 1)
  t.equal(result.changes.articles.deleted, 1)
  t.equal(result.changes.statements.deleted, statementsOf003)
  const [changed] = await sql`SELECT title, updated_at FROM articles WHERE id = ${'004-c6aa0806ec42fcf8'}`
  t.equal(changed!.title, 'A corrected headline')
  t.ok(changed!.updated_at >= now, 'updated_at moved')
  t.equal((await sql`SELECT 1 FROM articles WHERE id = '003-0ceba8022e856230'`).length, 0)
  const deletions = await sql`SELECT entity, entity_id FROM deletions`
  t.ok(deletions.some((d) => d.entity === 'article' && d.entity_id === '003-0ceba8022e856230'),
    'the article deletion is recorded')
  t.equal(deletions.filter((d) => d.entity === 'statement').length, statementsOf003,
    'each deleted statement is recorded')
  t.equal((await sql`SELECT 1 FROM statements WHERE article_id = '003-0ceba8022e856230'`).length, 0)
})

t.test('every stored evidence is the article text at its recorded offsets', async (t) => {
  const sql = connect(t, process.env.DATABASE_URL!)
  const articles = new Map((await sql`SELECT id, raw_text FROM articles`)
    .map((a) => [a.id as string, a.raw_text as string]))
  const records = [
    ...(await sql`SELECT 'mention' AS kind, article_id, char_start, char_end, evidence FROM event_mentions`),
    ...(await sql`SELECT 'statement' AS kind, article_id, char_start, char_end, evidence FROM statements`),
  ]
  t.ok(records.length > 20)
  let bad = 0
  for (const r of records) {
    const raw = articles.get(r.article_id)!
    if (raw.slice(r.char_start, r.char_end) !== r.evidence || r.char_end <= r.char_start) bad++
  }
  t.equal(bad, 0, `all ${records.length} evidences match their offsets`)
})
