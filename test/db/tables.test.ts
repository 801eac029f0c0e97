// src/db/tables.ts against the migrated database: every table, column, type, nullability and enum
// value declared there is what the migrations made, and nothing is missing from it.
import t from 'tap'
import postgres from 'postgres'
import { tables, type Column, type Table } from '../../src/db/tables.ts'

const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} })
t.teardown(() => sql.end())

const declared = (table: Table) =>
  Object.fromEntries(
    Object.entries<Column>({ ...table.columns, ...table.stamps, ...table.internal })
      .map(([name, c]) => [name, { type: c.sql, nullable: c.nullable }])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  )

t.test('every table of the schema is declared, and only those', async (t) => {
  const rows = await sql`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`
  t.same(rows.map((r) => r.table_name).sort(), Object.values(tables).map((x) => x.name).sort())
})

for (const table of Object.values(tables) as Table[]) {
  t.test(`${table.name}: columns, types and nullability match information_schema`, async (t) => {
    const rows = await sql`
      SELECT c.column_name AS name, format_type(a.atttypid, a.atttypmod) AS type, c.is_nullable = 'YES' AS nullable
      FROM information_schema.columns c
      JOIN pg_attribute a
        ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
      WHERE c.table_schema = 'public' AND c.table_name = ${table.name}
      ORDER BY c.column_name`
    const actual = Object.fromEntries(rows.map((r) => [r.name, { type: r.type, nullable: r.nullable }]))
    t.same(actual, declared(table))
  })
}

t.test('enum columns list the values of the database enum', async (t) => {
  const enums = (Object.values(tables) as Table[]).flatMap((table) =>
    Object.entries<Column>(table.columns)
      .filter(([, c]) => c.values)
      .map(([name, c]) => ({ table: table.name, name, c })))
  t.ok(enums.length >= 4, 'kind, date_precision (twice) and entity')
  for (const { table, name, c } of enums) {
    const labels = await sql`
      SELECT e.enumlabel FROM pg_enum e JOIN pg_type ty ON ty.oid = e.enumtypid
      WHERE format_type(ty.oid, NULL) = ${c.sql} ORDER BY e.enumlabel`
    t.same(labels.map((l) => l.enumlabel), [...c.values!].sort(), `${table}.${name}`)
  }
})
