import { Prisma } from '../generated/prisma/client.ts'
import type { ActorKind } from '../domain/actor-kind.ts'
import type { Tx } from '../db/prisma.ts'

export interface ActorFilter {
  /** normalizeName(q): matched as a substring of actor_aliases.normalized */
  name?: string
  kind?: ActorKind
  country?: string
}

/** Keyset position: relevance rank (0 without a name filter), name, id. */
export interface ActorKeyset {
  rank: number
  name: string
  id: string
}

export interface ActorRow {
  id: string
  name: string
  kind: ActorKind
  country: string | null
  wikidata_id: string | null
  description: string | null
  rank: number
}

export function createActorsRepository(db: Tx) {
  return {
    /**
     * Actors matching the filter in (rank, name, id) order. With a name, rank is the best match over
     * the actor's names: 0 exact, 1 prefix, 2 start of a word, 3 elsewhere.
     */
    async list(filter: ActorFilter, take: number, after?: ActorKeyset, tx: Tx = db): Promise<ActorRow[]> {
      const n = filter.name
      const matches = n
        ? Prisma.sql`JOIN (
            SELECT actor_id, min(CASE WHEN normalized = ${n} THEN 0
                                      WHEN starts_with(normalized, ${n}) THEN 1
                                      WHEN strpos(' ' || normalized, ' ' || ${n}) > 0 THEN 2
                                      ELSE 3 END) AS rank
            FROM actor_aliases WHERE strpos(normalized, ${n}) > 0 GROUP BY actor_id
          ) m ON m.actor_id = a.id`
        : Prisma.sql`CROSS JOIN (SELECT 0 AS rank) m`
      const conditions: Prisma.Sql[] = []
      if (filter.kind) conditions.push(Prisma.sql`a.kind = ${filter.kind}::"ActorKind"`)
      if (filter.country) conditions.push(Prisma.sql`a.country = ${filter.country}`)
      if (after) conditions.push(Prisma.sql`(m.rank, a.name, a.id) > (${after.rank}::int, ${after.name}::text, ${after.id}::text)`)
      const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty
      return tx.$queryRaw<ActorRow[]>`
        SELECT a.id, a.name, a.kind::text AS kind, a.country, a.wikidata_id, a.description, m.rank::int AS rank
        FROM actors a ${matches} ${where}
        ORDER BY m.rank, a.name, a.id
        LIMIT ${take}`
    },

    async get(id: string, tx: Tx = db) {
      return tx.actor.findUnique({
        where: { id },
        include: {
          aliases: { select: { alias: true }, orderBy: [{ alias: 'asc' }] },
          roles: { orderBy: [{ validFrom: { sort: 'asc', nulls: 'first' } }, { validTo: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }] },
        },
      })
    },

    /** Record counts and the activity span (earliest and latest `date`) of an actor. */
    async activity(id: string, tx: Tx = db) {
      const involved: Prisma.EventWhereInput = { OR: [{ sourceActorId: id }, { targetActorId: id }] }
      const [asSource, asTarget, events, statements] = await Promise.all([
        tx.event.count({ where: { sourceActorId: id } }),
        tx.event.count({ where: { targetActorId: id } }),
        tx.event.aggregate({ where: involved, _count: { _all: true }, _min: { date: true }, _max: { date: true } }),
        tx.statement.aggregate({ where: { speakerId: id }, _count: { _all: true }, _min: { date: true }, _max: { date: true } }),
      ])
      const dates = (xs: (Date | null)[]) => xs.filter((d): d is Date => d !== null).map((d) => d.getTime())
      const mins = dates([events._min.date, statements._min.date])
      const maxs = dates([events._max.date, statements._max.date])
      return {
        eventsAsSource: asSource,
        eventsAsTarget: asTarget,
        events: events._count._all,
        statements: statements._count._all,
        first: mins.length ? new Date(Math.min(...mins)) : null,
        last: maxs.length ? new Date(Math.max(...maxs)) : null,
      }
    },
  }
}

export type ActorsRepository = ReturnType<typeof createActorsRepository>
