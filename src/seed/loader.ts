// Writes a Dataset into PostgreSQL in one transaction, as a sync: rows are upserted only where
// something differs (so updated_at moves only on real change), rows no longer produced are deleted
// and recorded in `deletions`, and re-running on the same data changes nothing.
import type postgres from 'postgres'
import type { Dataset } from './dataset.ts'

type Cols = Record<string, string> // column → PostgreSQL type

interface Upserted { table: string; entity: string; key: string; cols: Cols }
interface SetTable { table: string; parent: string; parentTable: string; cols: Cols }

const articleCols: Cols = { id: 'text', file_name: 'text', title: 'text', outlet: 'text', url: 'text', published_date: 'date', language: 'text', text: 'text', raw_text: 'text', content_hash: 'text' }
const actorCols: Cols = { id: 'text', name: 'text', kind: '"ActorKind"', country: 'char(3)', wikidata_id: 'text', description: 'text' }
const datedCols: Cols = { date: 'date', date_end: 'date', date_precision: '"DatePrecision"', date_text: 'text' }
const eventCols: Cols = { id: 'text', ...datedCols, source_actor_id: 'text', target_actor_id: 'text', event_type: 'text', cameo_code: 'varchar(4)', cameo_root: 'varchar(2)', quad_class: 'smallint', goldstein: 'real', summary: 'text', confidence: 'real', coder_version: 'text' }
const statementCols: Cols = { id: 'text', speaker_id: 'text', text: 'text', direct: 'boolean', ...datedCols, article_id: 'text', sentence_index: 'int', char_start: 'int', char_end: 'int', evidence: 'text', coder_version: 'text' }

const tables = {
  articles: { table: 'articles', entity: 'article', key: 'id', cols: articleCols },
  actors: { table: 'actors', entity: 'actor', key: 'id', cols: actorCols },
  events: { table: 'events', entity: 'event', key: 'id', cols: eventCols },
  statements: { table: 'statements', entity: 'statement', key: 'id', cols: statementCols },
} satisfies Record<string, Upserted>

const sets = {
  aliases: { table: 'actor_aliases', parent: 'actor_id', parentTable: 'actors', cols: { actor_id: 'text', alias: 'text', normalized: 'text' } },
  roles: { table: 'actor_roles', parent: 'actor_id', parentTable: 'actors', cols: { actor_id: 'text', title: 'text', affiliation: 'text', country: 'char(3)', valid_from: 'date', valid_to: 'date' } },
  mentions: { table: 'event_mentions', parent: 'event_id', parentTable: 'events', cols: { event_id: 'text', article_id: 'text', sentence_index: 'int', char_start: 'int', char_end: 'int', evidence: 'text' } },
} satisfies Record<string, SetTable>

export interface TableCounts { inserted: number; updated: number; deleted: number }
export type SyncReport = Record<keyof Dataset, TableCounts>

const q = (c: string) => `"${c}"`
const recordset = (cols: Cols) => Object.entries(cols).map(([c, t]) => `${q(c)} ${t}`).join(', ')

async function stage(tx: postgres.TransactionSql, name: string, cols: Cols, rows: object[]) {
  await tx.unsafe(`CREATE TEMP TABLE ${q(`s_${name}`)} ON COMMIT DROP AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${recordset(cols)})`, [tx.json(rows as postgres.JSONValue)])
}

async function deleteStale(tx: postgres.TransactionSql, t: Upserted): Promise<number> {
  const rows = await tx.unsafe(
    `WITH d AS (DELETE FROM ${q(t.table)} t WHERE NOT EXISTS (SELECT 1 FROM ${q(`s_${t.table}`)} s WHERE s.${q(t.key)} = t.${q(t.key)}) RETURNING t.${q(t.key)} AS id)
     INSERT INTO deletions (entity, entity_id) SELECT '${t.entity}'::"EntityType", id FROM d RETURNING 1`,
  )
  return rows.length
}

async function upsert(tx: postgres.TransactionSql, t: Upserted): Promise<Pick<TableCounts, 'inserted' | 'updated'>> {
  const cols = Object.keys(t.cols)
  const data = cols.filter((c) => c !== t.key)
  const rows = await tx.unsafe(
    `INSERT INTO ${q(t.table)} (${cols.map(q).join(', ')}) SELECT ${cols.map(q).join(', ')} FROM ${q(`s_${t.table}`)}
     ON CONFLICT (${q(t.key)}) DO UPDATE SET ${data.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(', ')}, updated_at = now()
     WHERE (${data.map((c) => `${q(t.table)}.${q(c)}`).join(', ')}) IS DISTINCT FROM (${data.map((c) => `EXCLUDED.${q(c)}`).join(', ')})
     RETURNING (xmax = 0) AS inserted`,
  )
  const inserted = rows.filter((r) => r.inserted).length
  return { inserted, updated: rows.length - inserted }
}

/** Makes a child table equal to its staged rows (matching on every column); touches changed parents. */
async function syncSet(tx: postgres.TransactionSql, name: string, t: SetTable): Promise<TableCounts> {
  const cols = Object.keys(t.cols)
  const same = cols.map((c) => `s.${q(c)} IS NOT DISTINCT FROM t.${q(c)}`).join(' AND ')
  const staged = q(`s_${name}`)
  const deleted = await tx.unsafe(`DELETE FROM ${q(t.table)} t WHERE NOT EXISTS (SELECT 1 FROM ${staged} s WHERE ${same}) RETURNING t.${q(t.parent)} AS parent`)
  const inserted = await tx.unsafe(
    `INSERT INTO ${q(t.table)} (${cols.map(q).join(', ')}) SELECT ${cols.map((c) => `s.${q(c)}`).join(', ')} FROM ${staged} s
     WHERE NOT EXISTS (SELECT 1 FROM ${q(t.table)} t WHERE ${same}) RETURNING ${q(t.parent)} AS parent`,
  )
  const parents = [...new Set([...deleted, ...inserted].map((r) => r.parent as string))]
  if (parents.length) await tx.unsafe(`UPDATE ${q(t.parentTable)} SET updated_at = now() WHERE id = ANY($1::text[]) AND updated_at < now()`, [parents])
  return { inserted: inserted.length, updated: 0, deleted: deleted.length }
}

/** Syncs the database to the dataset in one transaction and reports what changed per table. */
export async function syncDataset(sql: postgres.Sql, ds: Dataset): Promise<SyncReport> {
  return sql.begin(async (tx) => {
    await tx.unsafe('SET LOCAL client_min_messages = warning')
    for (const [name, t] of Object.entries(tables)) await stage(tx, t.table, t.cols, ds[name as keyof typeof tables])
    for (const [name, t] of Object.entries(sets)) await stage(tx, name, t.cols, ds[name as keyof typeof sets])

    const report = {} as SyncReport
    // children first when deleting, parents first when inserting
    const statementsDeleted = await deleteStale(tx, tables.statements)
    const eventsDeleted = await deleteStale(tx, tables.events)
    report.articles = { ...(await upsert(tx, tables.articles)), deleted: 0 }
    report.actors = { ...(await upsert(tx, tables.actors)), deleted: 0 }
    report.aliases = await syncSet(tx, 'aliases', sets.aliases)
    report.roles = await syncSet(tx, 'roles', sets.roles)
    report.events = { ...(await upsert(tx, tables.events)), deleted: eventsDeleted }
    report.mentions = await syncSet(tx, 'mentions', sets.mentions)
    report.statements = { ...(await upsert(tx, tables.statements)), deleted: statementsDeleted }
    report.articles.deleted = await deleteStale(tx, tables.articles)
    report.actors.deleted = await deleteStale(tx, tables.actors)
    return report
  }) as Promise<SyncReport>
}
