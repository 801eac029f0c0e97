// Writes a Dataset into PostgreSQL in one transaction, as a sync: rows are upserted only where
// something differs (so updated_at moves only on real change), rows no longer produced are deleted
// and recorded in `deletions`, and re-running on the same data changes nothing. Columns and their
// types come from src/db/tables.ts; identifiers there are the only text spliced into the SQL.
// The sync covers the seed's own articles (source 'seed'): articles ingested over HTTP, and the
// events, mentions, statements and actors they support, are left alone.
import type postgres from 'postgres'
import { tables, type Table } from '../db/tables.ts'
import type { Dataset } from './dataset.ts'
import { lockWrites } from '../db/write-lock.ts'

/**
 * A table of records with their own id: upserted by it; a row no longer produced is a deletion
 * when `seedOwns` (SQL over the row `t`) holds: rows that other sources still need stay.
 */
interface Upserted { table: Table & { entity: NonNullable<Table['entity']> }; seedOwns: string }
/** A table of a parent's details (aliases of an actor …): made equal to the staged rows as a set where `scope`. */
interface SetTable { table: Table; parent: string; parentTable: Table; scope: string }

const seedArticles = "(SELECT id FROM articles WHERE source = 'seed')"
const stagedActor = 't.actor_id IN (SELECT id FROM "s_actors")'
const upserted = {
  articles: { table: tables.articles, seedOwns: "t.source = 'seed'" },
  actors: {
    table: tables.actors,
    seedOwns: `NOT EXISTS (SELECT 1 FROM events e WHERE e.source_actor_id = t.id OR e.target_actor_id = t.id)
      AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.speaker_id = t.id)`,
  },
  events: {
    table: tables.events,
    seedOwns: `NOT EXISTS (SELECT 1 FROM event_mentions m
      WHERE m.event_id = t.id AND m.article_id NOT IN ${seedArticles})`,
  },
  statements: { table: tables.statements, seedOwns: `t.article_id IN ${seedArticles}` },
} satisfies Partial<Record<keyof Dataset, Upserted>>

const sets = {
  aliases: { table: tables.actor_aliases, parent: 'actor_id', parentTable: tables.actors, scope: stagedActor },
  roles: { table: tables.actor_roles, parent: 'actor_id', parentTable: tables.actors, scope: stagedActor },
  mentions: {
    table: tables.event_mentions, parent: 'event_id', parentTable: tables.events,
    scope: `t.article_id IN ${seedArticles}`,
  },
} satisfies Record<Exclude<keyof Dataset, keyof typeof upserted>, SetTable>

export interface TableCounts { inserted: number; updated: number; deleted: number }
export type SyncReport = Record<keyof Dataset, TableCounts>

const q = (name: string) => `"${name}"`
const columns = (t: Table) => Object.keys(t.columns)
const staged = (name: string) => q(`s_${name}`)

async function stage(tx: postgres.TransactionSql, name: string, t: Table, rows: object[]) {
  const recordset = Object.entries(t.columns).map(([c, col]) => `${q(c)} ${col.sql}`).join(', ')
  await tx.unsafe(
    `CREATE TEMP TABLE ${staged(name)} ON COMMIT DROP AS
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${recordset})`,
    [tx.json(rows as postgres.JSONValue)],
  )
}

async function deleteStale(tx: postgres.TransactionSql, { table: t, seedOwns }: Upserted): Promise<number> {
  const rows = await tx.unsafe(
    `WITH d AS (
       DELETE FROM ${q(t.name)} t WHERE NOT EXISTS (SELECT 1 FROM ${staged(t.name)} s WHERE s.id = t.id) AND ${seedOwns}
       RETURNING t.id
     )
     INSERT INTO deletions (entity, entity_id) SELECT '${t.entity.type}'::"EntityType", id FROM d RETURNING 1`,
  )
  return rows.length
}

async function upsert(tx: postgres.TransactionSql, { table: t }: Upserted) {
  const cols = columns(t)
  const data = cols.filter((c) => c !== 'id')
  const list = (prefix: string) => data.map((c) => `${prefix}${q(c)}`).join(', ')
  const rows = await tx.unsafe(
    `INSERT INTO ${q(t.name)} (${cols.map(q).join(', ')}) SELECT ${cols.map(q).join(', ')} FROM ${staged(t.name)}
     ON CONFLICT (id) DO UPDATE SET ${data.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(', ')}, updated_at = now()
     WHERE (${list(`${q(t.name)}.`)}) IS DISTINCT FROM (${list('EXCLUDED.')})
     RETURNING (xmax = 0) AS inserted`,
  )
  const inserted = rows.filter((r) => r.inserted).length
  return { inserted, updated: rows.length - inserted }
}

/** Makes a child table equal to its staged rows (matching on every column); touches changed parents. */
async function syncSet(tx: postgres.TransactionSql, name: string, t: SetTable): Promise<TableCounts> {
  const cols = columns(t.table)
  const same = cols.map((c) => `s.${q(c)} IS NOT DISTINCT FROM t.${q(c)}`).join(' AND ')
  const table = q(t.table.name)
  const deleted = await tx.unsafe(
    `DELETE FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM ${staged(name)} s WHERE ${same}) AND ${t.scope}
     RETURNING t.${q(t.parent)} AS parent`,
  )
  const inserted = await tx.unsafe(
    `INSERT INTO ${table} (${cols.map(q).join(', ')})
     SELECT ${cols.map((c) => `s.${q(c)}`).join(', ')} FROM ${staged(name)} s
     WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE ${same}) RETURNING ${q(t.parent)} AS parent`,
  )
  const parents = [...new Set([...deleted, ...inserted].map((r) => r.parent as string))]
  if (parents.length) {
    await tx.unsafe(
      `UPDATE ${q(t.parentTable.name)} SET updated_at = now() WHERE id = ANY($1::text[]) AND updated_at < now()`,
      [parents],
    )
  }
  return { inserted: inserted.length, updated: 0, deleted: deleted.length }
}

/** Syncs the database to the dataset in one transaction and reports what changed per table. */
export async function syncDataset(sql: postgres.Sql, ds: Dataset): Promise<SyncReport> {
  return sql.begin(async (tx) => {
    await tx.unsafe('SET LOCAL client_min_messages = warning')
    await lockWrites(tx)
    for (const [name, t] of Object.entries(upserted)) {
      await stage(tx, t.table.name, t.table, ds[name as keyof typeof upserted])
    }
    for (const [name, t] of Object.entries(sets)) await stage(tx, name, t.table, ds[name as keyof typeof sets])

    const report = {} as SyncReport
    // children first when deleting, parents first when inserting
    const statementsDeleted = await deleteStale(tx, upserted.statements)
    const eventsDeleted = await deleteStale(tx, upserted.events)
    report.articles = { ...(await upsert(tx, upserted.articles)), deleted: 0 }
    report.actors = { ...(await upsert(tx, upserted.actors)), deleted: 0 }
    report.aliases = await syncSet(tx, 'aliases', sets.aliases)
    report.roles = await syncSet(tx, 'roles', sets.roles)
    report.events = { ...(await upsert(tx, upserted.events)), deleted: eventsDeleted }
    report.mentions = await syncSet(tx, 'mentions', sets.mentions)
    report.statements = { ...(await upsert(tx, upserted.statements)), deleted: statementsDeleted }
    report.articles.deleted = await deleteStale(tx, upserted.articles)
    report.actors.deleted = await deleteStale(tx, upserted.actors)
    return report
  }) as Promise<SyncReport>
}
