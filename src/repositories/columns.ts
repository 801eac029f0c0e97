// Column lists of SELECTs, made from the declarations in src/db/tables.ts: the SQL and the row type
// come from the same place, so a column added there is selected and typed everywhere it is read.
// Dates come out as YYYY-MM-DD, timestamps as ISO strings and enums as text, so rows need no
// conversion in JavaScript.
import { isoDay, isoInstant, type Fragment, type Sql } from '../db/sql.ts'
import type { StoredOf, Table } from '../db/tables.ts'

interface Item {
  expr: string
  as: string
  sqlType: string
}

/** Columns to select, and (at the type level only) the row they make. */
export interface Selection<Row> {
  readonly items: readonly Item[]
  readonly row?: Row
}

export type SelectedRow<S> = S extends Selection<infer Row> ? Row : never

type Prefixed<R, P extends string> = { [K in keyof R as `${P}${K & string}`]: R[K] }

/**
 * The stored columns of `table` under `alias` (written columns and timestamps), or only those in
 * `pick`; each named `prefix` + its name.
 */
type Name<T extends Table> = keyof StoredOf<T> & string

export function columnsOf<T extends Table, K extends Name<T> = Name<T>, P extends string = ''>(
  table: T, alias: string, opts: { pick?: readonly K[]; prefix?: P } = {},
): Selection<Prefixed<Pick<StoredOf<T>, K>, P>> {
  const all = { ...table.columns, ...table.stamps }
  const names = opts.pick ?? (Object.keys(all) as K[])
  const prefix = opts.prefix ?? ''
  return { items: names.map((name) => ({ expr: `${alias}.${name}`, as: `${prefix}${name}`, sqlType: all[name]!.sql })) }
}

function expression(sql: Sql, item: Item): Fragment {
  const ref = sql`${sql(item.expr)}`
  if (item.sqlType === 'date') return isoDay(sql, ref)
  if (item.sqlType.startsWith('timestamp')) return isoInstant(sql, ref)
  if (item.sqlType.startsWith('"') || item.sqlType.startsWith('character(')) return sql`${ref}::text`
  return ref
}

/** The SELECT list of the selections, comma-separated. Build it once: it holds no values. */
export function selectList(sql: Sql, ...selections: Selection<unknown>[]): Fragment {
  const parts = selections.flatMap((s) => s.items).map((item) => sql`${expression(sql, item)} AS ${sql(item.as)}`)
  return parts.reduce((list, part) => sql`${list}, ${part}`)
}

/** The same columns from an outer-joined table: every value may be null. */
export const outer = <Row>(s: Selection<Row>): Selection<{ [K in keyof Row]: Row[K] | null }> => ({ items: s.items })

/** `'name', value, …` for the selection's columns: the arguments of json_build_object. */
export function jsonPairs(sql: Sql, selection: Selection<unknown>): Fragment {
  const pairs = selection.items.map((item) => sql`${item.as}::text, ${expression(sql, item)}`)
  return pairs.reduce((list, pair) => sql`${list}, ${pair}`)
}

/** A JSON object of the selection's columns (keys: their names), for rows aggregated with json_agg. */
export const jsonObject = (sql: Sql, selection: Selection<unknown>): Fragment =>
  sql`json_build_object(${jsonPairs(sql, selection)})`
