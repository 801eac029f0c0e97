import type { ActorRow, ActorsRepository } from '../repositories/actors-repository.ts'
import type { CursorCodec } from '../lib/cursor.ts'
import { isoDate, toPage } from '../lib/pagination.ts'
import { badParameter, notFound } from '../errors.ts'
import { normalizeName } from '../domain/names.ts'
import type { Actor, ActorListQuery, ActorSummary } from '../schemas/actors.ts'

const toSummary = (a: Omit<ActorRow, 'rank'>): ActorSummary => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  country: a.country,
  wikidata_id: a.wikidata_id,
  description: a.description,
})

const day = (d: Date | null) => (d ? isoDate(d) : null)

export function createActorsService(repo: ActorsRepository, cursors: CursorCodec) {
  return {
    async list(q: ActorListQuery, url: string) {
      let name: string | undefined
      if (q.q !== undefined) {
        name = normalizeName(q.q)
        if (!name) throw badParameter('q', 'must contain a letter or a digit')
      }
      // a ranked listing's cursor is only valid for the same search
      const scope = name === undefined ? 'actors:name' : `actors:q:${name}`
      const after = q.cursor ? cursors.decode(scope, q.cursor) : undefined
      const [rank, afterName, afterId] = after ?? []
      const keyset = after ? { rank: Number(rank), name: String(afterName), id: String(afterId) } : undefined
      const rows = await repo.list({ name, kind: q.kind, country: q.country }, q.limit + 1, keyset)
      return toPage(rows, q.limit, url, (r) => cursors.encode(scope, [r.rank, r.name, r.id]), toSummary)
    },

    async get(id: string): Promise<Actor> {
      const a = await repo.get(id)
      if (!a) throw notFound('actor', id)
      const act = await repo.activity(id)
      return {
        ...toSummary({ id: a.id, name: a.name, kind: a.kind, country: a.country, wikidata_id: a.wikidataId, description: a.description }),
        aliases: a.aliases.map((x) => x.alias).filter((alias) => alias !== a.name),
        roles: a.roles.map((r) => ({
          title: r.title,
          affiliation: r.affiliation,
          country: r.country,
          valid_from: day(r.validFrom),
          valid_to: day(r.validTo),
        })),
        counts: {
          events_as_source: act.eventsAsSource,
          events_as_target: act.eventsAsTarget,
          events: act.events,
          statements: act.statements,
        },
        first_activity: day(act.first),
        last_activity: day(act.last),
        created_at: a.createdAt.toISOString(),
        updated_at: a.updatedAt.toISOString(),
      }
    },
  }
}

export type ActorsService = ReturnType<typeof createActorsService>
