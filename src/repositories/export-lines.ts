// Export lines written by PostgreSQL: each row of an export query becomes its NDJSON or CSV line in
// SQL, so the API only joins lines into chunks (no row objects, no JSON.stringify per row). The shape
// of the line is declared once, as data: `JsonShape` says where each field of the API object comes
// from in the row (typed against the API type, so a field cannot be forgotten), CSV columns are paths
// into that shape. The text is exactly what JSON.stringify and csv-stringify write for the same row.
import type { Fragment, Sql } from '../db/sql.ts'
import type { Selection } from './columns.ts'

/** How a column's value is written: a JSON/CSV number, a boolean, or text (dates are text already). */
export type Kind = 'number' | 'boolean' | 'text'
export type Kinds = Readonly<Record<string, Kind>>

type Column<Row> = keyof Row & string
type Scalar = string | number | boolean

/** Where a field of type V comes from: a column of the row, or an object of its own fields. */
export type FieldSource<Row, V> = [NonNullable<V>] extends [Scalar]
  ? Column<Row>
  : null extends V
    // a nullable object is null when any of `nullWhenNull` is
    ? { fields: JsonShape<Row, NonNullable<V>>; nullWhenNull: readonly Column<Row>[] }
    : { fields: JsonShape<Row, NonNullable<V>> }

/** Where every field of the API object T comes from in a row, in output order. */
export type JsonShape<Row, T> = { [K in keyof T]-?: FieldSource<Row, T[K]> }

type Node = string | { fields: Record<string, Node>; nullWhenNull?: readonly string[] }

/** The kind of each column of the selections, from its declared SQL type (plus `extra`). */
export function kindsOf(selections: Selection<unknown>[], extra: Kinds = {}): Kinds {
  const kind = (sqlType: string): Kind => {
    if (/^(smallint|integer|bigint|real|double precision|numeric)/.test(sqlType)) return 'number'
    return sqlType === 'boolean' ? 'boolean' : 'text'
  }
  return { ...Object.fromEntries(selections.flatMap((s) => s.items).map((i) => [i.as, kind(i.sqlType)])), ...extra }
}

const ref = (sql: Sql, column: string) => sql(`r.${column}`)
const concat = (sql: Sql, parts: Fragment[]) => parts.reduce((all, p) => sql`${all} || ${p}`)
const anyNull = (sql: Sql, columns: readonly string[]) =>
  columns.map((c) => sql`${ref(sql, c)} IS NULL`).reduce((all, c) => sql`${all} OR ${c}`)

function jsonValue(sql: Sql, node: Node, keys?: readonly string[]): Fragment {
  if (typeof node === 'string') return sql`coalesce(to_json(${ref(sql, node)})::text, 'null')`
  const names = keys ?? Object.keys(node.fields)
  const parts = names.flatMap((name, i) => [
    sql`${`${i ? ',' : '{'}${JSON.stringify(name)}:`}::text`, jsonValue(sql, node.fields[name]!),
  ])
  const object = concat(sql, [...parts, sql`'}'`])
  if (!node.nullWhenNull?.length) return object
  return sql`(CASE WHEN ${anyNull(sql, node.nullWhenNull)} THEN 'null' ELSE ${object} END)`
}

/**
 * The NDJSON line (without its newline) of a row `r`: the object of `shape`, its fields in shape
 * order, or only `keys` in that order. What JSON.stringify writes for the same object.
 */
export function jsonLine<Row, T>(sql: Sql, shape: JsonShape<Row, T>, keys?: readonly (keyof T & string)[]): Fragment {
  return jsonValue(sql, { fields: shape as unknown as Record<string, Node> }, keys)
}

/** The column a dotted path of the shape reads, and the nullable objects on the way. */
function resolve(shape: Record<string, Node>, path: string): { column: string; nullWhenNull: string[] } {
  let fields = shape
  const nullWhenNull: string[] = []
  const names = path.split('.')
  for (const [i, name] of names.entries()) {
    const node = fields[name]
    if (node === undefined) throw new Error(`export column path ${path}: no field ${name}`)
    if (typeof node === 'string') {
      if (i !== names.length - 1) throw new Error(`export column path ${path}: ${name} is not an object`)
      return { column: node, nullWhenNull }
    }
    nullWhenNull.push(...(node.nullWhenNull ?? []))
    fields = node.fields
  }
  throw new Error(`export column path ${path} names an object, not a value`)
}

/**
 * A CSV cell as csv-stringify writes it: quoted (quotes doubled) when it holds a quote, comma, CR or
 * LF; null as empty. `excel`: text digits with a leading zero as `="0312"`, text starting with
 * = + - @ tab or CR behind a `'` (what excelCell in lib/export.ts does); numbers are left alone.
 */
function csvCell(sql: Sql, value: Fragment, kind: Kind, excel: boolean): Fragment {
  if (kind !== 'text') return sql`coalesce((${value})::text, '')`
  const v = sql`coalesce(${value}, '')`
  const quoted = (prefix: Fragment) => sql`(CASE WHEN ${v} ~ ${'[",\r\n]'}::text
    THEN '"' || ${prefix} || replace(${v}, '"', '""') || '"' ELSE ${prefix} || ${v} END)`
  if (!excel) return quoted(sql`''`)
  const formula = sql`(CASE WHEN left(${v}, 1) IN ('=', '+', '-', '@', ${'\t'}::text, ${'\r'}::text)
    THEN '''' ELSE '' END)`
  return sql`(CASE WHEN ${v} ~ '^0[0-9]+$' THEN '"=""' || ${v} || '"""' ELSE ${quoted(formula)} END)`
}

/** The CSV line (without its line end) of a row `r`: one cell per path into the shape, comma-separated. */
export function csvLine<Row, T>(
  sql: Sql, shape: JsonShape<Row, T>, kinds: Kinds, paths: readonly string[], excel: boolean,
): Fragment {
  const cells = paths.map((path) => {
    const { column, nullWhenNull } = resolve(shape as unknown as Record<string, Node>, path)
    const kind = kinds[column]
    if (kind === undefined) throw new Error(`export column ${column}: its kind is not known`)
    const value = nullWhenNull.length
      ? sql`(CASE WHEN ${anyNull(sql, nullWhenNull)} THEN NULL ELSE ${ref(sql, column)} END)`
      : sql`${ref(sql, column)}`
    return csvCell(sql, value, kind, excel)
  })
  return cells.reduce((all, cell) => sql`${all} || ',' || ${cell}`)
}

/** What an export writes per row: an NDJSON object (all fields or `keys`), or CSV cells along paths. */
export type LineSpec<Row, T> =
  | { format: 'ndjson'; shape: JsonShape<Row, T>; keys?: readonly (keyof T & string)[] }
  | { format: 'csv' | 'excel'; shape: JsonShape<Row, T>; paths: readonly string[] }

/** The SQL of a line spec over a row `r` whose columns have `kinds`. */
export const lineSql = <Row, T>(sql: Sql, spec: LineSpec<Row, T>, kinds: Kinds): Fragment =>
  spec.format === 'ndjson'
    ? jsonLine(sql, spec.shape, spec.keys)
    : csvLine(sql, spec.shape, kinds, spec.paths, spec.format === 'excel')

/** A row of an export batch, as the bytes PostgreSQL sent (no decoding): its keyset position and its line. */
export type LineRow = [date: Buffer, id: Buffer, line: Buffer]
