// A filter becomes SQL through a table of conditions with one entry per field of the filter's zod
// schema: a field added to the schema and not here fails to compile, naming the field.
import { and, type Fragment, type Sql } from '../db/sql.ts'

/** For each filter field, the SQL condition of a given value. */
export type Conditions<F> = { [K in keyof F]-?: (sql: Sql, value: Exclude<F[K], undefined>) => Fragment }

/** The conditions of the fields the filter sets, ANDed (TRUE when none is set). */
export function where<F extends object>(sql: Sql, conditions: Conditions<F>, filter: F, extra: Fragment[] = []) {
  type Condition = (sql: Sql, value: unknown) => Fragment
  const parts: Fragment[] = []
  for (const [field, condition] of Object.entries(conditions) as [keyof F, Condition][]) {
    const value = filter[field]
    if (value !== undefined) parts.push(condition(sql, value))
  }
  return and(sql, [...parts, ...extra])
}
