// The data version: the latest change to any record (store, update or deletion). Exports carry an ETag
// derived from it, so a client re-downloading an unchanged export gets a 304.
import type { Sql } from '../db/sql.ts'

export function createVersionRepository(sql: Sql) {
  return {
    /** The instant of the latest change, as PostgreSQL prints it ('' for an empty database); five index lookups. */
    async current(): Promise<string> {
      const [row] = await sql<{ at: string | null }[]>`
        SELECT greatest(
          (SELECT max(updated_at) FROM articles), (SELECT max(updated_at) FROM actors),
          (SELECT max(updated_at) FROM events), (SELECT max(updated_at) FROM statements),
          (SELECT max(deleted_at) FROM deletions))::text AS at`
      return row?.at ?? ''
    },
  }
}

export type VersionRepository = ReturnType<typeof createVersionRepository>
