// Aggregates over events (and statements), filtered by the same SQL as GET /v1/events.
import { and, type Fragment, type Sql } from '../db/sql.ts'
import { tables } from '../db/tables.ts'
import type { EventFilter } from '../schemas/events.ts'
import type { ActorStatsFilter, Grouping, Interval } from '../schemas/stats.ts'
import { columnsOf, selectList, type SelectedRow } from './columns.ts'
import { where, type Conditions } from './conditions.ts'
import { overlap } from './dated.ts'
import { eventFilterReferences, eventFilterSql } from './events-repository.ts'
import { checked } from './references.ts'
import { actorsFromRollup, createStatsRollups, dyadsFromRollup, timelineFromRollup } from './stats-rollups.ts'

export interface TimelinePlan {
  /** the first and last day matching events count on (null when none match) */
  first: string | null
  last: string | null
  /** how many distinct series keys the matching events have */
  keys: number
}

export interface TimelineRow {
  /** null only for the rows that list the periods when there is no series */
  key: string | null
  /** the actor's name, with group_by=actor */
  name: string | null
  total: number
  period: string
  count: number
  mean_goldstein: number | null
}

const actorRef = ['id', 'name', 'kind', 'country'] as const
const dyadSource = columnsOf(tables.actors, 's', { pick: actorRef, prefix: 'source_' })
const dyadTarget = columnsOf(tables.actors, 't', { pick: actorRef, prefix: 'target_' })

export type DyadRow = SelectedRow<typeof dyadSource> & SelectedRow<typeof dyadTarget> & {
  count: number
  mean_goldstein: number
  first_date: string
  last_date: string
}

const activityActor = columnsOf(tables.actors, 'a', { pick: actorRef })

export type ActorActivityRow = SelectedRow<typeof activityActor> & {
  as_source: number
  as_target: number
  statements: number
  total: number
}

/** Conditions on `actors a`; `from`/`to` bound the events and statements counted. */
const activityConditions: Conditions<Omit<ActorStatsFilter, 'from' | 'to'>> = {
  kind: (sql, kind) => sql`a.kind = ${kind}::"ActorKind"`,
  country: (sql, country) => sql`a.country = ${country}::char(3)`,
}

export function createStatsRepository(sql: Sql) {
  /**
   * The day an event counts on: its `date`, or `from` when its period began earlier (a month- or
   * year-dated event overlapping the range counts in the range's first period).
   */
  const countedDay = (f: EventFilter) => (f.from ? sql`greatest(e.date, ${f.from}::date)` : sql`e.date`)
  const groupKeys: Record<Grouping, Fragment> = {
    root: sql`e.cameo_root::text`,
    quad: sql`e.quad_class::text`,
    type: sql`e.event_type`,
    actor: sql`e.source_actor_id`,
  }
  const groupKey = (g: Grouping | undefined) => (g ? groupKeys[g] : sql`'all'::text`)
  const dyadColumns = selectList(sql, dyadSource, dyadTarget)
  const activityColumns = selectList(sql, activityActor)
  const rollups = createStatsRollups(sql)
  /** the mean of Goldstein scores (one decimal each) from their integer sum in tenths, as the rollups keep it */
  const meanGoldstein = sql`round(sum(round(e.goldstein * 10))::numeric / count(*) / 10, 2)::float8`

  return {
    /** What a timeline needs to know before it is computed; checks the actors and article named. */
    async timelinePlan(filter: EventFilter, groupBy: Grouping | undefined, interval: Interval): Promise<TimelinePlan> {
      if (timelineFromRollup(filter, interval, groupBy)) return rollups.timelinePlan(filter, groupBy)
      const day = countedDay(filter)
      const [row] = await checked<TimelinePlan & { row_no: number }>(sql, eventFilterReferences(filter), sql`
        SELECT 1 AS row_no, to_char(min(${day}), 'YYYY-MM-DD') AS first, to_char(max(${day}), 'YYYY-MM-DD') AS last,
               count(DISTINCT ${groupKey(groupBy)})::int AS keys
        FROM events e WHERE ${eventFilterSql(sql, filter)}`)
      return { first: row?.first ?? null, last: row?.last ?? null, keys: row?.keys ?? 0 }
    },

    /**
     * Counts and mean Goldstein per (series key, period), zero-filled over every period from `start`
     * to `end`, for the `top` series with most events (one series `all` without grouping); with no
     * series, one row per period with a null key.
     */
    async timeline(
      filter: EventFilter, interval: Interval, groupBy: Grouping | undefined, top: number, start: string, end: string,
    ): Promise<TimelineRow[]> {
      if (timelineFromRollup(filter, interval, groupBy)) {
        return rollups.timeline(filter, interval, groupBy, top, start, end)
      }
      const keys = groupBy
        ? sql`SELECT key, count(*)::int AS total FROM m GROUP BY key ORDER BY total DESC, key LIMIT ${top}`
        : sql`SELECT 'all'::text AS key, (SELECT count(*)::int FROM m) AS total`
      const step = `1 ${interval}`
      return sql<TimelineRow[]>`
        WITH m AS (
          SELECT date_trunc(${interval}, (${countedDay(filter)})::timestamp)::date AS period,
                 ${groupKey(groupBy)} AS key, e.goldstein
          FROM events e WHERE ${eventFilterSql(sql, filter)}
        ),
        k AS (${keys}),
        p AS (
          SELECT generate_series(date_trunc(${interval}, ${start}::date::timestamp),
                                 date_trunc(${interval}, ${end}::date::timestamp), ${step}::interval)::date AS period
        )
        SELECT k.key, ${groupBy === 'actor' ? sql`a.name` : sql`NULL::text`} AS name, k.total,
          to_char(p.period, 'YYYY-MM-DD') AS period, count(m.key)::int AS count,
          round(sum(round(m.goldstein * 10))::numeric / nullif(count(m.key), 0) / 10, 2)::float8 AS mean_goldstein
        FROM p LEFT JOIN k ON TRUE LEFT JOIN m ON m.key = k.key AND m.period = p.period
        ${groupBy === 'actor' ? sql`LEFT JOIN actors a ON a.id = k.key` : sql``}
        GROUP BY k.key, k.total, p.period ${groupBy === 'actor' ? sql`, a.name` : sql``}
        ORDER BY k.total DESC NULLS LAST, k.key, p.period`
    },

    /** Directed (source, target) pairs by number of events, most first; checks the actors and article named. */
    async dyads(filter: EventFilter, limit: number): Promise<DyadRow[]> {
      if (dyadsFromRollup(filter)) return rollups.dyads(dyadColumns, limit)
      return checked<DyadRow>(sql, eventFilterReferences(filter), sql`
        SELECT row_number() OVER (ORDER BY count(*) DESC, s.id, t.id) AS row_no, ${dyadColumns},
          count(*)::int AS count, ${meanGoldstein} AS mean_goldstein,
          to_char(min(e.date), 'YYYY-MM-DD') AS first_date, to_char(max(e.date), 'YYYY-MM-DD') AS last_date
        FROM events e JOIN actors s ON s.id = e.source_actor_id JOIN actors t ON t.id = e.target_actor_id
        WHERE ${eventFilterSql(sql, filter)}
        GROUP BY s.id, t.id
        ORDER BY count(*) DESC, s.id, t.id
        LIMIT ${limit}`)
    },

    /** Actors by activity: events as source and as target, and statements, in the date range. */
    async actors(filter: ActorStatsFilter, limit: number): Promise<ActorActivityRow[]> {
      if (actorsFromRollup(filter)) {
        const conditions = where(sql, activityConditions, filter)
        return rollups.actors(activityColumns, conditions, limit)
      }
      const range = { from: filter.from, to: filter.to }
      const events = eventFilterSql(sql, range)
      const statements = [
        ...(filter.from === undefined ? [] : [overlap.from(sql, 's', filter.from)]),
        ...(filter.to === undefined ? [] : [overlap.to(sql, 's', filter.to)]),
      ]
      const active = sql`(ev.actor_id IS NOT NULL OR st.actor_id IS NOT NULL)`
      return sql<ActorActivityRow[]>`
        WITH roles AS (
          SELECT e.source_actor_id AS actor_id, 1 AS src, 0 AS tgt FROM events e WHERE ${events}
          UNION ALL
          SELECT e.target_actor_id, 0, 1 FROM events e WHERE e.target_actor_id IS NOT NULL AND ${events}
        ),
        ev AS (SELECT actor_id, sum(src)::int AS as_source, sum(tgt)::int AS as_target FROM roles GROUP BY actor_id),
        st AS (
          SELECT s.speaker_id AS actor_id, count(*)::int AS statements FROM statements s
          WHERE ${and(sql, statements)} GROUP BY s.speaker_id
        ),
        activity AS (
          SELECT ${activityColumns}, coalesce(ev.as_source, 0) AS as_source, coalesce(ev.as_target, 0) AS as_target,
            coalesce(st.statements, 0) AS statements
          FROM actors a LEFT JOIN ev ON ev.actor_id = a.id LEFT JOIN st ON st.actor_id = a.id
          WHERE ${where(sql, activityConditions, filter, [active])}
        )
        SELECT *, (as_source + as_target + statements) AS total FROM activity
        ORDER BY total DESC, id
        LIMIT ${limit}`
    },
  }
}

export type StatsRepository = ReturnType<typeof createStatsRepository>
