import { Prisma } from '../generated/prisma/client.ts'
import type { Tx } from '../db/prisma.ts'
import type { ChangeEntity } from '../schemas/changes.ts'

export type ChangeKind = 'created' | 'updated' | 'deleted'

export interface ChangeRow {
  entity: ChangeEntity
  id: string
  change: ChangeKind
  at: Date
}

/** Keyset position in (at, entity, id, change) order; timestamps as ISO strings. */
export interface ChangeKeyset {
  at: string
  entity: string
  id: string
  change: string
}

/** Each live table, the entity it holds, and the column telling when a row was first stored. */
const tables: { entity: ChangeEntity; table: string; createdAt: string }[] = [
  { entity: 'article', table: 'articles', createdAt: 'ingested_at' },
  { entity: 'actor', table: 'actors', createdAt: 'created_at' },
  { entity: 'event', table: 'events', createdAt: 'created_at' },
  { entity: 'statement', table: 'statements', createdAt: 'created_at' },
]

const C = Prisma.raw('COLLATE "C"')

export function createChangesRepository(db: Tx) {
  return {
    /**
     * The latest instant up to which the feed is complete. Writers stamp rows with now(), the start
     * of their transaction, but the rows only become visible at commit: a transaction still open has
     * stamped (or will stamp) rows at or after its start. So the bound is one millisecond (the
     * precision of the stored timestamps) before the earliest open transaction on this database, or
     * before now: every row stamped at or before it is committed and visible, and no row that appears
     * later can carry an earlier stamp. Only client sessions count (not autovacuum); other roles'
     * sessions are only visible to a role with pg_read_all_stats (the seeder and the API share one).
     */
    async until(tx: Tx = db): Promise<Date> {
      const [row] = await tx.$queryRaw<{ until: Date }[]>`
        SELECT date_trunc('milliseconds', least(now(), (
                 SELECT min(xact_start) FROM pg_stat_activity
                 WHERE datname = current_database() AND backend_type = 'client backend'
                   AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
               ))) - interval '1 millisecond' AS until`
      return row!.until
    },

    /** Changes with since < at <= until, in (at, entity, id, change) order. */
    async list(since: string, until: string, entity: ChangeEntity | undefined, take: number, after?: ChangeKeyset, tx: Tx = db): Promise<ChangeRow[]> {
      const window = (col: string) => Prisma.sql`${Prisma.raw(col)} > ${since}::timestamptz AND ${Prisma.raw(col)} <= ${until}::timestamptz`
      const branches = tables
        .filter((t) => !entity || t.entity === entity)
        .map(
          (t) => Prisma.sql`
            SELECT ${t.entity}::text AS entity, id,
                   CASE WHEN ${Prisma.raw(t.createdAt)} > ${since}::timestamptz THEN 'created' ELSE 'updated' END AS change,
                   updated_at AS at
            FROM ${Prisma.raw(t.table)} WHERE ${window('updated_at')}`,
        )
      branches.push(Prisma.sql`
        SELECT entity::text AS entity, entity_id AS id, 'deleted' AS change, deleted_at AS at
        FROM deletions WHERE ${window('deleted_at')} ${entity ? Prisma.sql`AND entity = ${entity}::"EntityType"` : Prisma.empty}`)
      const keyset = after
        ? Prisma.sql`WHERE (c.at, c.entity ${C}, c.id ${C}, c.change ${C}) > (${after.at}::timestamptz, ${after.entity}::text ${C}, ${after.id}::text ${C}, ${after.change}::text ${C})`
        : Prisma.empty
      return tx.$queryRaw<ChangeRow[]>`
        SELECT c.entity, c.id, c.change, c.at FROM (${Prisma.join(branches, ' UNION ALL ')}) c
        ${keyset}
        ORDER BY c.at, c.entity ${C}, c.id ${C}, c.change ${C}
        LIMIT ${take}`
    },
  }
}

export type ChangesRepository = ReturnType<typeof createChangesRepository>
