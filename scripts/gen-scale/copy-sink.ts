// A RowSink that streams each table into PostgreSQL with COPY … FROM STDIN (FREEZE), one connection
// and transaction per table so the tables load concurrently, optionally teeing the same bytes to
// files (for the raw-COPY ceiling). Rows are batched into ~256 KB writes; drain() applies back-pressure.
import { createWriteStream, type WriteStream } from 'node:fs'
import { join } from 'node:path'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import postgres from 'postgres'
import type { RowSink } from './generate.ts'
import { COLUMNS, copyStatement, TABLES, type Table } from './tables.ts'

const BATCH = 256 * 1024

interface Channel {
  table: Table
  sql: postgres.Sql
  stream: Writable
  tee: WriteStream | null
  buffer: string[]
  size: number
  bytes: number
  /** the transaction: resolves after COMMIT */
  done: Promise<unknown>
  finish: () => void
}

export interface CopySink extends RowSink {
  /** flushes, ends every COPY and commits; the byte count per table */
  close(): Promise<Record<Table, number>>
  /** rolls everything back (after a failure) */
  abort(): Promise<void>
}

/** Opens a COPY … FROM STDIN WITH (FREEZE) per table (each table is truncated first, in the same transaction). */
export async function openCopySink(url: string, teeDir?: string): Promise<CopySink> {
  let failure: unknown = null
  const channels = await Promise.all(
    TABLES.map(async (table): Promise<Channel> => {
      const sql = postgres(url, { max: 1, onnotice: () => {} })
      let finish!: () => void
      const finished = new Promise<void>((resolve) => (finish = resolve))
      let ready!: (w: Writable) => void
      const writable = new Promise<Writable>((resolve) => (ready = resolve))
      const done = sql.begin(async (tx) => {
        await tx.unsafe(`TRUNCATE "${table}"`)
        const stream = await tx.unsafe(copyStatement(table, COLUMNS[table], true)).writable()
        ready(stream)
        await finished
        stream.end()
        await once(stream, 'finish')
      })
      done.catch((err) => {
        failure ??= err
        ready(null as unknown as Writable)
      })
      const stream = await writable
      if (!stream) throw failure
      stream.on('error', (err) => (failure ??= err))
      const tee = teeDir ? createWriteStream(join(teeDir, `${table}.copy`)) : null
      return { table, sql, stream, tee, buffer: [], size: 0, bytes: 0, done, finish }
    }),
  )
  const byTable = new Map(channels.map((c) => [c.table, c]))
  const blocked = new Set<Writable>()

  const flush = (c: Channel) => {
    if (!c.size) return
    const chunk = c.buffer.join('')
    c.buffer = []
    c.bytes += Buffer.byteLength(chunk)
    c.size = 0
    if (!c.stream.write(chunk)) blocked.add(c.stream)
    if (c.tee && !c.tee.write(chunk)) blocked.add(c.tee)
  }

  return {
    write(table, line) {
      const c = byTable.get(table)!
      c.buffer.push(line)
      c.size += line.length
      if (c.size >= BATCH) flush(c)
    },
    async drain() {
      if (failure) throw failure
      while (blocked.size) {
        const streams = [...blocked]
        blocked.clear()
        await Promise.all(streams.map((s) => (s.writableNeedDrain ? once(s, 'drain') : undefined)))
        if (failure) throw failure
      }
    },
    async close() {
      for (const c of channels) flush(c)
      for (const c of channels) c.finish()
      await Promise.all(channels.map((c) => c.done))
      await Promise.all(
        channels.map(async (c) => {
          if (c.tee) {
            c.tee.end()
            await once(c.tee, 'finish')
          }
          await c.sql.end()
        }),
      )
      if (failure) throw failure
      return Object.fromEntries(channels.map((c) => [c.table, c.bytes])) as Record<Table, number>
    },
    async abort() {
      for (const c of channels) {
        c.stream.destroy(new Error('aborted'))
        c.tee?.destroy()
      }
      await Promise.allSettled(channels.map((c) => c.done))
      await Promise.allSettled(channels.map((c) => c.sql.end({ timeout: 1 })))
    },
  }
}
