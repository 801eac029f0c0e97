// The one way the app talks to PostgreSQL at run time: postgres.js, one pool per process, SQL as
// tagged templates (values are always bound parameters). Prisma only owns the schema and migrations.
import postgres from 'postgres'

export type Sql = postgres.Sql
export type Fragment = postgres.Fragment

/**
 * A connection pool on `url`; notices are not logged. The API passes the timeouts of its settings
 * (`postgresJsOptions` in connection.ts); end it with `sql.end()`.
 */
export function createSql(url: string, options: postgres.Options<Record<string, never>> = {}): Sql {
  return postgres(url, { onnotice: () => {}, ...options })
}

/** `a AND b AND …`, or TRUE when there are no conditions. */
export const and = (sql: Sql, conditions: Fragment[]): Fragment =>
  conditions.length ? conditions.reduce((all, c) => sql`${all} AND ${c}`) : sql`TRUE`

/** A date as YYYY-MM-DD text (what the API and the cursors carry). */
export const isoDay = (sql: Sql, expr: Fragment): Fragment => sql`to_char(${expr}, 'YYYY-MM-DD')`

/** A timestamptz as JavaScript's toISOString() writes it (UTC, milliseconds, `Z`). */
export const isoInstant = (sql: Sql, expr: Fragment): Fragment =>
  sql`to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
