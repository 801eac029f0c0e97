// The one way a listing pages and exports: keyset pages of `limit` rows with a signed cursor whose key
// is checked on decoding, and exports streamed in batches of the same queries. Events, statements,
// actors, articles and the change feed all list through here.
import type { z } from 'zod'
import { invalidCursor, type CursorCodec, type CursorValue } from './cursor.ts'
import { toPage, type Page } from './pagination.ts'

/** Rows fetched per query while streaming an export. */
export const EXPORT_BATCH = 500

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

    /**
     * Every row of the listing, fetched in batches so memory stays flat. The first batch is fetched
     * before this returns, so whatever its query checks fails before the first byte is sent.
     */
    async all<Row, Key extends CursorValue[], Item>(
      keyset: Keyset<Row, Key>, map: (row: Row) => Item, batch = EXPORT_BATCH,
    ): Promise<AsyncIterable<Item>> {
      let rows = await keyset.fetch(batch + 1, undefined)
      return (async function * () {
        for (;;) {
          const more = rows.length > batch
          const kept = more ? rows.slice(0, batch) : rows
          for (const row of kept) yield map(row)
          const last = kept.at(-1)
          if (!more || last === undefined) return
          rows = await keyset.fetch(batch + 1, keyset.keyOf(last))
        }
      })()
    },
  }
}

export type Listing = ReturnType<typeof createListing>
