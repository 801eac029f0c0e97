// The one way the app talks to PostgreSQL at run time: postgres.js, one pool per process, SQL as
// tagged templates (values are always bound parameters). Prisma only owns the schema and migrations.
import postgres from 'postgres'

export type Sql = postgres.Sql
export type Fragment = postgres.Fragment

export interface PoolOptions {
  /** most connections the pool opens (default 10) */
  max?: number
  /** seconds to wait for a connection before failing (default 10) */
  connectTimeout?: number
  /** seconds an idle connection is kept (default 60) */
  idleTimeout?: number
  /** milliseconds a statement may run before PostgreSQL cancels it (default: the server's setting) */
  statementTimeout?: number
}

/** A connection pool on `url`. Notices are not logged; end it with `sql.end()`. */
export function createSql(url: string, opts: PoolOptions = {}): Sql {
  return postgres(url, {
    max: opts.max ?? 10,
    connect_timeout: opts.connectTimeout ?? 10,
    idle_timeout: opts.idleTimeout ?? 60,
    ...(opts.statementTimeout === undefined ? {} : { connection: { statement_timeout: opts.statementTimeout } }),
    onnotice: () => {},
  })
}

/** `a AND b AND …`, or TRUE when there are no conditions. */
export const and = (sql: Sql, conditions: Fragment[]): Fragment =>
  conditions.length ? conditions.reduce((all, c) => sql`${all} AND ${c}`) : sql`TRUE`

/** A date as YYYY-MM-DD text (what the API and the cursors carry). */
export const isoDay = (sql: Sql, expr: Fragment): Fragment => sql`to_char(${expr}, 'YYYY-MM-DD')`

/** A timestamptz as JavaScript's toISOString() writes it (UTC, milliseconds, `Z`). */
export const isoInstant = (sql: Sql, expr: Fragment): Fragment =>
  sql`to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
