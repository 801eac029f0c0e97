import { z } from 'zod'
import type { ChangeKey, ChangeRow, ChangesRepository } from '../repositories/changes-repository.ts'
import type { Keyset, Listing } from '../lib/listing.ts'
import { Id } from '../schemas/common.ts'
import {
  ChangeEntity, ChangeKind, Instant, type Change, type ChangeListQuery, type ChangePage,
} from '../schemas/changes.ts'
import { catalogued } from './catalogue.ts'

/** A feed cursor carries the walk's `until` and the last change's key. */
type FeedKey = [until: string, ...ChangeKey]
const FeedKeySchema = z.tuple([Instant, Instant, ChangeEntity, Id(), ChangeKind]) as z.ZodType<FeedKey>

export function createChangesService(repo: ChangesRepository, listing: Listing) {
  return catalogued({
    /**
     * One page of the change feed. `until` is fixed by the first page and carried in the cursor, so
     * every page of a walk answers the same window (since, until]; the client passes `until` back as
     * the next `since`.
     */
    async list(q: ChangeListQuery, url: string): Promise<ChangePage> {
      const since = new Date(q.since).toISOString()
      let until: string | undefined
      const keyset: Keyset<ChangeRow, FeedKey> = {
        scope: `changes:${since}:${q.entity ?? '*'}`,
        key: FeedKeySchema,
        keyOf: (r) => [until!, r.at, r.entity, r.id, r.change],
        fetch: async (take, after) => {
          const [walkUntil, ...last] = after ?? []
          const position = after && (last as ChangeKey)
          const feed = await repo.list({ since, until: walkUntil, entity: q.entity, take, after: position })
          until = feed.until
          return feed.rows
        },
      }
      const toChange = (r: ChangeRow): Change => ({ entity: r.entity, id: r.id, change: r.change, at: r.at })
      const page = await listing.page(keyset, q, url, toChange)
      return { since, until: until!, ...page }
    },
  })
}

export type ChangesService = ReturnType<typeof createChangesService>
