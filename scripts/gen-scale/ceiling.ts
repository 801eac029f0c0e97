// The ceiling the generator is compared with: a raw COPY of the very bytes it loaded (teed to files)
// into empty tables of the same shape (generated columns included, no indexes, FREEZE, all tables at
// once), with no generation cost. The tables are dropped afterwards.
import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import postgres from 'postgres'
import { COLUMNS, copyStatement, TABLES } from './tables.ts'

export async function rawCopySeconds(url: string, teeDir: string): Promise<number> {
  const sessions = TABLES.map(() => postgres(url, { max: 1, onnotice: () => {} }))
  try {
    const t0 = performance.now()
    await Promise.all(
      TABLES.map((table, i) =>
        sessions[i]!.begin(async (tx) => {
          await tx.unsafe(`CREATE TABLE "ceiling_${table}" (LIKE "${table}" INCLUDING DEFAULTS INCLUDING GENERATED)`)
          const stream = await tx.unsafe(copyStatement(`ceiling_${table}`, COLUMNS[table], true)).writable()
          await pipeline(createReadStream(join(teeDir, `${table}.copy`), { highWaterMark: 256 * 1024 }), stream)
        }),
      ),
    )
    return (performance.now() - t0) / 1000
  } finally {
    await sessions[0]!.unsafe(TABLES.map((t) => `DROP TABLE IF EXISTS "ceiling_${t}";`).join('\n')).catch(() => {})
    await Promise.all(sessions.map((s) => s.end()))
  }
}
