// Aggregates over events (and statements), filtered by the same SQL as GET /v1/events.
import type { ActorKind } from '../domain/actor-kind.ts'
import { Prisma } from '../generated/prisma/client.ts'
import type { Tx } from '../db/prisma.ts'
import { eventFilterSql, type EventFilter } from './events-repository.ts'
import type { Grouping, Interval } from '../schemas/stats.ts'

type Kind = ActorKind

export interface TimelineRow {
  key: string
  total: number
  period: string
  count: number
  mean_goldstein: number | null
}

export interface DyadRow {
  source_id: string
  source_name: string
  source_kind: Kind
  source_country: string | null
  target_id: string
  target_name: string
  target_kind: Kind
  target_country: string | null
  count: number
  mean_goldstein: number
  first_date: string
  last_date: string
}

export interface ActorActivityRow {
  id: string
  name: string
  kind: Kind
  country: string | null
  as_source: number
  as_target: number
  statements: number
  total: number
}

/**
 * The day an event counts on: its `date`, or `from` when its period began earlier (a month- or
 * year-dated event overlapping the range counts in the range's first period).
 */
const countedDay = (f: EventFilter) => (f.from ? Prisma.sql`greatest(e.date, ${f.from}::date)` : Prisma.sql`e.date`)

const groupKey: Record<Grouping | 'all', Prisma.Sql> = {
  all: Prisma.sql`'all'::text`,
  root: Prisma.sql`e.cameo_root::text`,
  quad: Prisma.sql`e.quad_class::text`,
  type: Prisma.sql`e.event_type`,
  actor: Prisma.sql`e.source_actor_id`,
}

export function createStatsRepository(db: Tx) {
  return {
    /** The first and last day matching events count on (null when none match). */
    async bounds(filter: EventFilter, tx: Tx = db) {
      const day = countedDay(filter)
      const [row] = await tx.$queryRaw<{ first: string | null; last: string | null }[]>`
        SELECT to_char(min(${day}), 'YYYY-MM-DD') AS first, to_char(max(${day}), 'YYYY-MM-DD') AS last
        FROM events e WHERE ${eventFilterSql(filter)}`
      return { first: row?.first ?? null, last: row?.last ?? null }
    },

    /** The start of every period from the one holding `start` to the one holding `end`. */
    async periods(interval: Interval, start: string, end: string, tx: Tx = db) {
      const rows = await tx.$queryRaw<{ period: string }[]>`
        SELECT to_char(p, 'YYYY-MM-DD') AS period FROM generate_series(
          date_trunc(${interval}, ${start}::date::timestamp), date_trunc(${interval}, ${end}::date::timestamp), ${`1 ${interval}`}::interval) AS p
        ORDER BY p`
      return rows.map((r) => r.period)
    },

    /**
     * Counts and mean Goldstein per (series key, period), zero-filled over every period from `start`
     * to `end`; only the `top` series with most events (one series `all` without grouping).
     */
    async timeline(filter: EventFilter, interval: Interval, groupBy: Grouping | undefined, top: number, start: string, end: string, tx: Tx = db) {
      const keys = groupBy
        ? Prisma.sql`SELECT key, count(*)::int AS total FROM m GROUP BY key ORDER BY total DESC, key LIMIT ${top}`
        : Prisma.sql`SELECT 'all'::text AS key, (SELECT count(*)::int FROM m) AS total`
      return tx.$queryRaw<TimelineRow[]>`
        WITH m AS (
          SELECT date_trunc(${interval}, (${countedDay(filter)})::timestamp)::date AS period, ${groupKey[groupBy ?? 'all']} AS key, e.goldstein
          FROM events e WHERE ${eventFilterSql(filter)}
        ),
        k AS (${keys}),
        p AS (
          SELECT generate_series(date_trunc(${interval}, ${start}::date::timestamp), date_trunc(${interval}, ${end}::date::timestamp), ${`1 ${interval}`}::interval)::date AS period
        )
        SELECT k.key, k.total, to_char(p.period, 'YYYY-MM-DD') AS period, count(m.key)::int AS count,
          round(avg(m.goldstein)::numeric, 2)::float8 AS mean_goldstein
        FROM k CROSS JOIN p LEFT JOIN m ON m.key = k.key AND m.period = p.period
        GROUP BY k.key, k.total, p.period
        ORDER BY k.total DESC, k.key, p.period`
    },

    async actorNames(ids: string[], tx: Tx = db) {
      const rows = await tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      return new Map(rows.map((r) => [r.id, r.name]))
    },

    /** Directed (source, target) pairs by number of events, most first. */
    async dyads(filter: EventFilter, limit: number, tx: Tx = db) {
      return tx.$queryRaw<DyadRow[]>`
        SELECT s.id AS source_id, s.name AS source_name, s.kind::text AS source_kind, s.country::text AS source_country,
          t.id AS target_id, t.name AS target_name, t.kind::text AS target_kind, t.country::text AS target_country,
          count(*)::int AS count, round(avg(e.goldstein)::numeric, 2)::float8 AS mean_goldstein,
          to_char(min(e.date), 'YYYY-MM-DD') AS first_date, to_char(max(e.date), 'YYYY-MM-DD') AS last_date
        FROM events e JOIN actors s ON s.id = e.source_actor_id JOIN actors t ON t.id = e.target_actor_id
        WHERE ${eventFilterSql(filter)}
        GROUP BY s.id, t.id
        ORDER BY count DESC, s.id, t.id
        LIMIT ${limit}`
    },

    /** Actors by activity: events as source and as target, and statements, in the date range. */
    async actors(opts: { from?: string; to?: string; kind?: Kind; country?: string }, limit: number, tx: Tx = db) {
      const events = eventFilterSql({ from: opts.from, to: opts.to })
      const stmt: Prisma.Sql[] = [Prisma.sql`TRUE`]
      if (opts.from) stmt.push(Prisma.sql`s.date_end >= ${opts.from}::date`)
      if (opts.to) stmt.push(Prisma.sql`s.date <= ${opts.to}::date`)
      const actor: Prisma.Sql[] = [Prisma.sql`(ev.actor_id IS NOT NULL OR st.actor_id IS NOT NULL)`]
      if (opts.kind) actor.push(Prisma.sql`a.kind::text = ${opts.kind}`)
      if (opts.country) actor.push(Prisma.sql`a.country = ${opts.country}::char(3)`)
      return tx.$queryRaw<ActorActivityRow[]>`
        WITH roles AS (
          SELECT e.source_actor_id AS actor_id, 1 AS src, 0 AS tgt FROM events e WHERE ${events}
          UNION ALL
          SELECT e.target_actor_id, 0, 1 FROM events e WHERE e.target_actor_id IS NOT NULL AND ${events}
        ),
        ev AS (SELECT actor_id, sum(src)::int AS as_source, sum(tgt)::int AS as_target FROM roles GROUP BY actor_id),
        st AS (SELECT s.speaker_id AS actor_id, count(*)::int AS statements FROM statements s WHERE ${Prisma.join(stmt, ' AND ')} GROUP BY s.speaker_id),
        activity AS (
          SELECT a.id, a.name, a.kind::text AS kind, a.country::text AS country,
            coalesce(ev.as_source, 0) AS as_source, coalesce(ev.as_target, 0) AS as_target, coalesce(st.statements, 0) AS statements
          FROM actors a LEFT JOIN ev ON ev.actor_id = a.id LEFT JOIN st ON st.actor_id = a.id
          WHERE ${Prisma.join(actor, ' AND ')}
        )
        SELECT *, (as_source + as_target + statements) AS total FROM activity
        ORDER BY total DESC, id
        LIMIT ${limit}`
    },
  }
}

export type StatsRepository = ReturnType<typeof createStatsRepository>
