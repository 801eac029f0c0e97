import { z } from 'zod'
import type { ActorKey, ActorListRow, ActorRow, ActorsRepository } from '../repositories/actors-repository.ts'
import type { Keyset, Listing } from '../lib/listing.ts'
import { Id, Text } from '../schemas/common.ts'
import type { Actor, ActorListQuery, ActorSummary } from '../schemas/actors.ts'
import { catalogued } from './catalogue.ts'

const toSummary = (a: ActorListRow | ActorRow): ActorSummary => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  country: a.country,
  wikidata_id: a.wikidata_id,
  description: a.description,
})

const toActor = (a: ActorRow): Actor => ({
  ...toSummary(a),
  aliases: a.aliases,
  roles: a.roles,
  counts: {
    events_as_source: a.events_as_source,
    events_as_target: a.events_as_target,
    events: a.events,
    statements: a.statements,
  },
  first_activity: a.first_activity,
  last_activity: a.last_activity,
  created_at: a.created_at,
  updated_at: a.updated_at,
})

const ActorKeySchema = z.tuple([z.number().int().min(0).max(3), Text(), Id()]) as z.ZodType<ActorKey>

export function createActorsService(repo: ActorsRepository, listing: Listing) {
  return catalogued({
    list(q: ActorListQuery, url: string) {
      // a ranked listing's cursor is only valid for the same search
      const keyset: Keyset<ActorListRow, ActorKey> = {
        scope: q.q === undefined ? 'actors:name' : `actors:q:${q.q}`,
        key: ActorKeySchema,
        keyOf: (r) => [r.rank, r.name, r.id],
        fetch: (take, after) => repo.list(q, take, after),
      }
      return listing.page(keyset, q, url, toSummary)
    },

    get: async (id: string) => toActor(await repo.get(id)),
  })
}

export type ActorsService = ReturnType<typeof createActorsService>
