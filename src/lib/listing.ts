// The one way a listing pages and exports: keyset pages of `limit` rows with a signed cursor whose key
// is checked on decoding, and exports as batches of lines PostgreSQL wrote (`lineBatches`). Events,
// statements, actors, articles and the change feed all list through here.
import type { z } from 'zod'
import { invalidCursor, type CursorCodec, type CursorValue } from './cursor.ts'
import { toPage, type Page } from './pagination.ts'

/** A keyset-paginated listing for one request. */
export interface Keyset<Row, Key extends CursorValue[]> {
  /** what a cursor is bound to: the listing, its sort order and anything else it is only valid for */
  scope: string
  /** the shape of the key: checked on decoding, so a signed but impossible key is a 400, never a 500 */
  key: z.ZodType<Key>
  /** the key of a row: the next page starts after it */
  keyOf(row: Row): Key
  /** up to `take` rows after `after`, in one round trip */
  fetch(take: number, after: Key | undefined): Promise<Row[]>
}

/** A key of (date, id): YYYY-MM-DD and an id. */
export type DatedKey = [date: string, id: string]

/**
 * The listing of dated records in (date, id) order, `sort` ascending or descending: its cursor is
 * bound to the scope and the sort, and its key checked by `key`.
 */
export function byDate<Row extends { date: string; id: string }>(
  scope: string, sort: string, key: z.ZodType<DatedKey>, fetch: Keyset<Row, DatedKey>['fetch'],
): Keyset<Row, DatedKey> {
  return { scope: `${scope}:${sort}`, key, keyOf: (r) => [r.date, r.id], fetch }
}

export interface PageQuery {
  limit: number
  cursor?: string | undefined
}

export function createListing(cursors: CursorCodec) {
  /** The key a cursor carries, checked against the listing's key shape. */
  function after<Row, Key extends CursorValue[]>(keyset: Keyset<Row, Key>, cursor?: string): Key | undefined {
    if (cursor === undefined) return undefined
    const parsed = keyset.key.safeParse(cursors.decode(keyset.scope, cursor))
    if (!parsed.success) throw invalidCursor('is malformed')
    return parsed.data
  }

  /** A page from `limit + 1` fetched rows: the extra row only tells that there is a next page. */
  function pageOf<Row, Key extends CursorValue[], Item>(
    keyset: Keyset<Row, Key>, rows: Row[], q: PageQuery, url: string, map: (row: Row) => Item,
  ): Page<Item> {
    return toPage(rows, q.limit, url, (r) => cursors.encode(keyset.scope, keyset.keyOf(r)), map)
  }

  return {
    /** One page of the listing, in one round trip. */
    async page<Row, Key extends CursorValue[], Item>(
      keyset: Keyset<Row, Key>, q: PageQuery, url: string, map: (row: Row) => Item,
    ): Promise<Page<Item>> {
      return pageOf(keyset, await keyset.fetch(q.limit + 1, after(keyset, q.cursor)), q, url, map)
    },
  }
}

export type Listing = ReturnType<typeof createListing>

/** Rows per query of an export whose lines PostgreSQL writes (a chunk of ~2 MB of text). */
export const LINE_BATCH = 2000

/** Queries of an export run at once, each on its own connection: PostgreSQL writing lines is the bottleneck. */
export const LINE_PARALLEL = 2

/** An export's text, one chunk of lines at a time. */
export interface TextBatches {
  /** the next chunk (every line ended by the line end), or null after the last */
  next(): Promise<Buffer | null>
  /** stops: the queries still running are cancelled */
  cancel(): void
}

/** A listing whose rows carry their export line, fetched by key and an offset after it. */
export interface LineKeyset<Row, Key extends CursorValue[]> {
  keyOf(row: Row): Key
  /** the row's line, as bytes, without its line end */
  lineOf(row: Row): Uint8Array
  /** up to `take` rows after `after`, skipping the first `skip` (the rows of the batches fetched alongside) */
  fetch(take: number, after: Key | undefined, skip: number): Promise<Row[]>
}

interface InFlight<Row> { rows: Promise<Row[]>; settled: boolean; cancel(): void }

/**
 * Every row of a listing whose rows carry their export line, as chunks of `batch` lines, in order.
 * Batches are fetched in rounds of `parallel` queries at once (after the same key, at offsets 0,
 * batch, …); the next round starts when the last batch of a round is in and the consumer has taken
 * the first, so at most two rounds are held. The first batch is fetched before this returns, so
 * whatever its query checks fails before the first byte is sent. `cancel` cancels the queries running.
 */
export async function lineBatches<Row, Key extends CursorValue[]>(
  keyset: LineKeyset<Row, Key>, eol: string, batch = LINE_BATCH, parallel = LINE_PARALLEL,
): Promise<TextBatches> {
  const fetch = (after: Key | undefined, skip: number): InFlight<Row> => {
    const query = keyset.fetch(batch, after, skip) as Promise<Row[]> & { cancel?: () => unknown }
    const inFlight = { rows: query, settled: false, cancel: () => query.cancel?.() }
    // runs the (lazy) query now; its error is thrown where it is awaited
    query.then(() => { inFlight.settled = true }, () => { inFlight.settled = true })
    return inFlight
  }
  const queue: InFlight<Row>[] = []
  const end = Buffer.from(eol)
  let stopped = false
  const round = (after: Key | undefined) => {
    for (let i = 0; i < parallel; i++) queue.push(fetch(after, i * batch))
  }
  round(undefined)
  await queue[0]!.rows
  return {
    async next() {
      const head = queue.shift()
      if (stopped || head === undefined) return null
      const last = queue.at(-1)
      if (last && queue.length === parallel - 1) {
        // the round's last batch: the next round starts after it (before its text is handed out)
        last.rows.then((rows) => {
          if (!stopped && rows.length === batch) round(keyset.keyOf(rows[rows.length - 1]!))
        }, () => {})
      } else if (parallel === 1) {
        head.rows.then((rows) => {
          if (!stopped && rows.length === batch) round(keyset.keyOf(rows[rows.length - 1]!))
        }, () => {})
      }
      const rows = await head.rows
      return rows.length ? Buffer.concat(rows.flatMap((r) => [keyset.lineOf(r), end])) : null
    },
    cancel() {
      stopped = true
      // a finished query is never cancelled: its connection may be running another one by now
      for (const inFlight of queue.splice(0)) {
        if (inFlight.settled) continue
        const sent = inFlight.cancel() as Promise<unknown> | undefined
        sent?.catch?.(() => {})
      }
    },
  }
}
