// The generator's database: made (or remade) on the server of DATABASE_URL, migrated with the
// project's migrations, marked as generated (a COMMENT ON DATABASE) so a later run may replace it and
// nothing else is ever dropped; indexes and constraints set aside during the bulk load and rebuilt
// after it, two at a time.
import postgres from 'postgres'
import { createDatabase, databaseName, dropDatabase, maintenanceUrl, migrate } from '../../src/db/admin.ts'
import { SERIAL_TABLES, TABLES } from './tables.ts'

export const MARKER = 'parley gen:scale'

export interface ScaleInfo {
  events: number
  seed: number
  until: string
  complete: boolean
}

const onServer = async <T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> => {
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  try {
    return await fn(sql)
  } finally {
    await sql.end()
  }
}

/** Whether the database of `url` exists, and what its gen:scale marker says (null when it has none). */
export async function readMarker(url: string): Promise<{ exists: boolean; info: ScaleInfo | null }> {
  const name = databaseName(url)
  const [row] = await onServer(
    maintenanceUrl(url),
    (sql) => sql`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = ${name}`,
  )
  if (!row) return { exists: false, info: null }
  const comment = (row.comment as string | null) ?? ''
  if (!comment.startsWith(MARKER)) return { exists: true, info: null }
  return { exists: true, info: JSON.parse(comment.slice(MARKER.length).trim() || 'null') as ScaleInfo | null }
}

export async function writeMarker(url: string, info: ScaleInfo): Promise<void> {
  const name = databaseName(url)
  await onServer(url, (sql) =>
    sql.unsafe(`COMMENT ON DATABASE "${name}" IS '${`${MARKER} ${JSON.stringify(info)}`.replace(/'/g, "''")}'`),
  )
}

/**
 * A migrated database to fill: a generated one is dropped and made again; an existing one that was
 * not generated is used only when it holds no events (it is never dropped).
 */
export async function prepareDatabase(url: string, log: (m: string) => void): Promise<void> {
  const { exists, info } = await readMarker(url)
  if (exists && info !== null) {
    log(`dropping the previously generated ${databaseName(url)}`)
    await dropDatabase(url)
  } else if (exists) {
    const hasEvents = await onServer(url, async (sql) => {
      const [t] = await sql`SELECT to_regclass('public.events') IS NOT NULL AS present`
      return t!.present ? ((await sql`SELECT EXISTS (SELECT 1 FROM events) AS any`)[0]!.any as boolean) : false
    })
    if (hasEvents) {
      throw new Error(`${databaseName(url)} exists, holds events and was not made by gen:scale: refusing to touch it`)
    }
  }
  if (!exists || info !== null) await createDatabase(url)
  await writeMarker(url, { events: 0, seed: 0, until: '', complete: false })
  await migrate(url)
}

/**
 * event_search's triggers (see its migration): off during the load, where they would read tables
 * loaded concurrently and not yet indexed; event_search is filled once after it instead.
 */
const SEARCH_TRIGGERS = ['insert', 'update', 'delete', 'truncate'].flatMap((op) => [
  `ALTER TABLE events %s TRIGGER events_search_${op}`,
  `ALTER TABLE event_mentions %s TRIGGER event_mentions_search_${op}`,
])

interface Structure {
  table: string
  name: string
  sql: string
  kind: 'index' | 'key' | 'foreign'
}

/** Drops the indexes and keys (primary, unique, foreign) of the generated tables; returns how to rebuild them. */
export async function setAsideStructures(url: string): Promise<Structure[]> {
  return onServer(url, async (sql) => {
    const constraints = await sql<{ table: string; name: string; def: string; type: string }[]>`
      SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def,
        c.contype AS type
      FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace AND c.contype IN ('p', 'u', 'f')
        AND c.conrelid::regclass::text = ANY(${TABLES})`
    const indexes = await sql<{ table: string; name: string; def: string }[]>`
      SELECT i.tablename AS table, i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY(${TABLES})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c
          WHERE c.conindid = (quote_ident(i.indexname))::regclass AND c.contype IN ('p', 'u'))`
    const plan: Structure[] = [
      ...indexes.map((i) => ({ table: i.table, name: i.name, sql: i.def, kind: 'index' as const })),
      ...constraints.map((c) => ({
        table: c.table,
        name: c.name,
        kind: c.type === 'f' ? ('foreign' as const) : ('key' as const),
        sql: `ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.def}`,
      })),
    ]
    for (const c of constraints.filter((x) => x.type === 'f')) {
      await sql.unsafe(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`)
    }
    for (const c of constraints.filter((x) => x.type !== 'f')) {
      await sql.unsafe(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`)
    }
    for (const i of indexes) await sql.unsafe(`DROP INDEX "${i.name}"`)
    for (const t of SEARCH_TRIGGERS) await sql.unsafe(t.replace('%s', 'DISABLE'))
    return plan
  })
}

/**
 * Rebuilds what setAsideStructures dropped (keys and indexes, then foreign keys, two sessions at a time),
 * moves the sequences past the ids written and analyses every table (generated, rollups, event_search).
 */
export async function restoreStructures(url: string, plan: Structure[], log: (m: string) => void): Promise<void> {
  const run = async (jobs: Structure[]) => {
    const queue = [...jobs]
    await Promise.all(
      [0, 1].map(() =>
        onServer(url, async (sql) => {
          await sql.unsafe("SET maintenance_work_mem = '1GB'")
          await sql.unsafe('SET max_parallel_maintenance_workers = 0')
          for (let job = queue.shift(); job; job = queue.shift()) {
            const t0 = performance.now()
            await sql.unsafe(job.sql)
            log(`  ${job.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
          }
        }),
      ),
    )
  }
  // the slowest first (full-text GIN indexes, then the big tables), so the two sessions end together
  const weight = (s: Structure) =>
    (s.sql.includes('gin') ? 0 : 1) * 10 + (['statements', 'event_mentions', 'events'].includes(s.table) ? 0 : 1)
  await run(plan.filter((s) => s.kind !== 'foreign').sort((a, b) => weight(a) - weight(b)))
  await run(plan.filter((s) => s.kind === 'foreign'))
  await onServer(url, async (sql) => {
    for (const t of SERIAL_TABLES) {
      await sql.unsafe(
        `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), greatest((SELECT max(id) FROM "${t}"), 1))`,
      )
    }
    for (const t of SEARCH_TRIGGERS) await sql.unsafe(t.replace('%s', 'ENABLE'))
    await sql.unsafe('TRUNCATE event_search')
    await sql.unsafe('SELECT parley_refresh_event_search(ARRAY(SELECT id FROM events))')
    // every table, not only the generated ones: the rollups and event_search that the triggers filled
    // during the load are read by the planner too (and autovacuum may be off)
    await sql.unsafe('ANALYZE')
  })
}

export async function databaseSize(url: string): Promise<number> {
  return onServer(url, async (sql) => Number((await sql`SELECT pg_database_size(current_database()) AS n`)[0]!.n))
}

export { onServer }
