// Actors: a ranked, filtered page, or one actor with its aliases, roles, counts and activity span.
import { isoDay, type Sql } from '../db/sql.ts'
import { tables } from '../db/tables.ts'
import type { ActorFilter } from '../schemas/actors.ts'
import type { ActorRole } from '../schemas/refs.ts'
import { NotFoundError } from '../domain/errors.ts'
import { columnsOf, jsonObject, selectList, type SelectedRow } from './columns.ts'
import { where, type Conditions } from './conditions.ts'

/** Conditions on `actors a`; `q` (normalised) is the join that ranks the matches in `list`. */
const actorConditions: Conditions<Omit<ActorFilter, 'q'>> = {
  kind: (sql, kind) => sql`a.kind = ${kind}::"ActorKind"`,
  country: (sql, country) => sql`a.country = ${country}`,
}

const summary = columnsOf(tables.actors, 'a', { pick: ['id', 'name', 'kind', 'country', 'wikidata_id', 'description'] })
const actor = columnsOf(tables.actors, 'a')
const role = columnsOf(tables.actor_roles, 'r', { pick: ['title', 'affiliation', 'country', 'valid_from', 'valid_to'] })

/** An actor in a list, with its relevance rank (0 exact … 3 elsewhere; 0 without `q`). */
export type ActorListRow = SelectedRow<typeof summary> & { rank: number }

export type ActorRow = SelectedRow<typeof actor> & {
  aliases: string[]
  roles: ActorRole[]
  events_as_source: number
  events_as_target: number
  events: number
  statements: number
  first_activity: string | null
  last_activity: string | null
}

/** An actor list's keyset position: (rank, name, id). */
export type ActorKey = [rank: number, name: string, id: string]

export function createActorsRepository(sql: Sql) {
  const summaryColumns = selectList(sql, summary)
  const actorColumns = selectList(sql, actor)
  return {
    /**
     * Actors matching the filter in (rank, name, id) order. With a name, rank is the best match over
     * the actor's names: 0 exact, 1 prefix, 2 start of a word, 3 elsewhere.
     */
    async list(filter: ActorFilter, take: number, after?: ActorKey): Promise<ActorListRow[]> {
      const n = filter.q
      const matches = n === undefined
        ? sql`CROSS JOIN (SELECT 0 AS rank) m`
        : sql`JOIN (
            SELECT actor_id, min(CASE WHEN normalized = ${n} THEN 0
                                      WHEN starts_with(normalized, ${n}) THEN 1
                                      WHEN strpos(' ' || normalized, ' ' || ${n}) > 0 THEN 2
                                      ELSE 3 END) AS rank
            FROM actor_aliases WHERE strpos(normalized, ${n}) > 0 GROUP BY actor_id
          ) m ON m.actor_id = a.id`
      const keyset = after && sql`(m.rank, a.name, a.id) > (${after[0]}::int, ${after[1]}::text, ${after[2]}::text)`
      return sql<ActorListRow[]>`
        SELECT ${summaryColumns}, m.rank::int AS rank
        FROM actors a ${matches}
        WHERE ${where(sql, actorConditions, filter, keyset ? [keyset] : [])}
        ORDER BY m.rank, a.name, a.id
        LIMIT ${take}`
    },

    /** One actor with its aliases (the name excluded), roles, record counts and activity span. */
    async get(id: string): Promise<ActorRow> {
      const [row] = await sql<ActorRow[]>`
        SELECT ${actorColumns},
          ARRAY(
            SELECT al.alias FROM actor_aliases al WHERE al.actor_id = a.id AND al.alias <> a.name ORDER BY al.alias
          ) AS aliases,
          (SELECT coalesce(json_agg(${jsonObject(sql, role)}
                                    ORDER BY r.valid_from ASC NULLS FIRST, r.valid_to ASC NULLS LAST, r.title), '[]')
           FROM actor_roles r WHERE r.actor_id = a.id) AS roles,
          ev.as_source AS events_as_source, ev.as_target AS events_as_target, ev.events, st.statements,
          ${isoDay(sql, sql`least(ev.first, st.first)`)} AS first_activity,
          ${isoDay(sql, sql`greatest(ev.last, st.last)`)} AS last_activity
        FROM actors a
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE e.source_actor_id = a.id)::int AS as_source,
                 count(*) FILTER (WHERE e.target_actor_id = a.id)::int AS as_target,
                 count(*)::int AS events, min(e.date) AS first, max(e.date) AS last
          FROM events e WHERE e.source_actor_id = a.id OR e.target_actor_id = a.id
        ) ev
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS statements, min(s.date) AS first, max(s.date) AS last
          FROM statements s WHERE s.speaker_id = a.id
        ) st
        WHERE a.id = ${id}`
      if (!row) throw new NotFoundError('actor', id)
      return row
    },
  }
}

export type ActorsRepository = ReturnType<typeof createActorsRepository>
