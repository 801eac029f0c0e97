// What SQL a piece of code sends: a pool that records every query as postgres.js sends it (text and
// bound parameters), and the plan of a recorded query. For what must EXPLAIN the SQL the services
// really send, never a copy of it: test/db/plans.test.ts and scripts/bench/explain-hot.ts.
import type postgres from 'postgres'
import { createSql, type Sql } from './sql.ts'

export interface CapturedQuery {
  query: string
  /** the bound values, as serialised for the server ($1, $2 …) */
  parameters: unknown[]
}

export interface CapturingSql {
  sql: Sql
  /** every query sent on `sql`, in order; empty it with `captured.length = 0` */
  captured: CapturedQuery[]
  /** runs `fn` and returns the queries it sent (and only those) */
  during(fn: () => Promise<unknown>): Promise<CapturedQuery[]>
}

/** A pool on `url` (options as for createSql) that records the queries sent on it. */
export function capturingSql(url: string, options: postgres.Options<Record<string, never>> = {}): CapturingSql {
  const captured: CapturedQuery[] = []
  const sql = createSql(url, {
    ...options,
    debug: (_connection, query, parameters) => captured.push({ query, parameters: parameters as unknown[] }),
  })
  return {
    sql,
    captured,
    async during(fn) {
      captured.length = 0
      await fn()
      return captured.splice(0)
    },
  }
}

/** The plan of a captured query with its own parameters, `EXPLAIN (options)` (e.g. 'ANALYZE, BUFFERS'), as text. */
export async function explain(
  sql: Sql | postgres.TransactionSql, q: CapturedQuery, options?: string,
): Promise<string> {
  const rows = await sql.unsafe(
    `EXPLAIN ${options ? `(${options}) ` : ''}${q.query}`, q.parameters as postgres.ParameterOrJSON<never>[],
  )
  return rows.map((r) => r['QUERY PLAN'] as string).join('\n')
}
