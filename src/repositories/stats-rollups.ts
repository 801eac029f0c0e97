// The stats answered from the rollups (event_month_root, event_month_code, dyad_counts, actor_activity:
// kept exact by triggers, see their migrations) when the filters allow; the stats repository falls back to the base
// tables otherwise. Same rows, same order; means from integer sums of Goldstein tenths.
import type { Fragment, Sql } from '../db/sql.ts'
import { eventFilterFields, type EventFilter } from '../schemas/events.ts'
import type { ActorStatsFilter, Grouping, Interval } from '../schemas/stats.ts'
import { where, type Conditions } from './conditions.ts'
import { eventFilterSql } from './events-repository.ts'
import type { ActorActivityRow, DyadRow, TimelinePlan, TimelineRow } from './stats-repository.ts'

type Filter = keyof typeof eventFilterFields

/** The event filters event_month_code can answer: they are columns of its key. */
const monthlyFilters = new Set<Filter>(['root', 'quad', 'cameo', 'type', 'from', 'to'])

const set = (filter: EventFilter) =>
  (Object.keys(eventFilterFields) as Filter[]).filter((f) => filter[f] !== undefined)

const monthStart = (day: string) => day.endsWith('-01')
const monthEnd = (day: string) => {
  const next = new Date(`${day}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.getUTCDate() === 1
}

/** Can the timeline come from event_month_code? Calendar months or years, month-aligned range, key filters. */
export function timelineFromRollup(filter: EventFilter, interval: Interval, groupBy: Grouping | undefined) {
  return (interval === 'month' || interval === 'year') && groupBy !== 'actor' &&
    set(filter).every((f) => monthlyFilters.has(f)) &&
    (filter.from === undefined || monthStart(filter.from)) && (filter.to === undefined || monthEnd(filter.to))
}

/** The event filters event_month_root answers (the coarser rollup: ~9k rows for 1M events, not ~82k). */
const rootFilters = new Set<Filter>(['root', 'quad', 'from', 'to'])

/** The timeline's rollup: event_month_root when the filters and the grouping are of its key, else event_month_code. */
const monthlyTable = (filter: EventFilter, groupBy: Grouping | undefined) =>
  groupBy !== 'type' && set(filter).every((f) => rootFilters.has(f)) ? 'event_month_root' : 'event_month_code'

export const dyadsFromRollup = (filter: EventFilter) => set(filter).length === 0
export const actorsFromRollup = (filter: ActorStatsFilter) => filter.from === undefined && filter.to === undefined

const rollupConditions: Conditions<Pick<EventFilter, 'root' | 'quad' | 'cameo' | 'type'>> = {
  root: (sql, roots) => sql`r.cameo_root = ANY(${roots}::text[])`,
  quad: (sql, quads) => sql`r.quad_class = ANY(${quads}::smallint[])`,
  cameo: (sql, prefixes) => sql`r.cameo_code LIKE ANY(${prefixes.map((p) => `${p}%`)}::text[])`, // digits only
  type: (sql, type) => sql`r.event_type = ${type}`,
}

export function createStatsRollups(sql: Sql) {
  const keyOf = (g: Grouping | undefined, alias: string): Fragment => {
    const col = (c: string) => sql`${sql(`${alias}.${c}`)}`
    switch (g) {
      case 'root': return sql`${col('cameo_root')}::text`
      case 'quad': return sql`${col('quad_class')}::text`
      case 'type': return sql`${col('event_type')}`
      default: return sql`'all'::text`
    }
  }
  const rollup = (f: EventFilter, g: Grouping | undefined) => sql`${sql(monthlyTable(f, g))} r`
  const months = (f: EventFilter) => {
    const { root, quad, cameo, type } = f
    const range = [
      ...(f.from === undefined ? [] : [sql`r.month >= ${f.from}::date`]),
      ...(f.to === undefined ? [] : [sql`r.month <= ${f.to}::date`]),
    ]
    return where(sql, rollupConditions, { root, quad, cameo, type }, range)
  }
  /**
   * Events that began before `from` (month- or year-dated) and overlap it: they count on `from`, so
   * they come from the base table, by a bounded date range.
   */
  const edge = (f: EventFilter, select: Fragment) => f.from === undefined
    ? sql``
    : sql`UNION ALL ${select} FROM events e WHERE ${eventFilterSql(sql, f)} AND e.date < ${f.from}::date`

  return {
    async timelinePlan(f: EventFilter, g: Grouping | undefined): Promise<TimelinePlan> {
      const firstMonth = sql`(SELECT min(r.month) FROM ${rollup(f, g)} WHERE ${months(f)})`
      const lastMonth = sql`(SELECT max(r.month) FROM ${rollup(f, g)} WHERE ${months(f)})`
      const inMonth = (m: Fragment) => sql`${eventFilterSql(sql, f)} AND e.date >= ${m}
        AND e.date < (${m} + interval '1 month')::date`
      const day = f.from ? sql`greatest(e.date, ${f.from}::date)` : sql`e.date`
      const [row] = await sql<{ first: string | null; last: string | null; keys: number }[]>`
        SELECT
          (SELECT to_char(min(${day}), 'YYYY-MM-DD') FROM (
             SELECT e.date FROM events e WHERE ${inMonth(firstMonth)}
             ${edge(f, sql`SELECT e.date`)}) e) AS first,
          (SELECT to_char(max(e.date), 'YYYY-MM-DD') FROM events e WHERE ${inMonth(lastMonth)}) AS last,
          (SELECT count(DISTINCT k)::int FROM (
             SELECT ${keyOf(g, 'r')} AS k FROM ${rollup(f, g)} WHERE ${months(f)}
             ${edge(f, sql`SELECT ${keyOf(g, 'e')}`)}) x) AS keys`
      return { first: row?.first ?? null, last: row?.last ?? null, keys: row?.keys ?? 0 }
    },

    timeline(f: EventFilter, interval: Interval, g: Grouping | undefined, top: number, start: string, end: string) {
      const step = `1 ${interval}`
      const fromPeriod = sql`date_trunc(${interval}, ${f.from ?? start}::date::timestamp)::date`
      const keys = g
        ? sql`SELECT key, total, row_number() OVER (ORDER BY total DESC, key) AS rank FROM (
                SELECT key, sum(n)::int AS total FROM m GROUP BY key ORDER BY total DESC, key LIMIT ${top}) t`
        : sql`SELECT 'all'::text AS key, coalesce((SELECT sum(n) FROM m), 0)::int AS total, 1 AS rank`
      return sql<TimelineRow[]>`
        WITH c AS (
          SELECT date_trunc(${interval}, r.month::timestamp)::date AS period, ${keyOf(g, 'r')} AS key,
                 r.n::bigint AS n, r.goldstein_x10 AS g
          FROM ${rollup(f, g)} WHERE ${months(f)}
          ${edge(f, sql`SELECT ${fromPeriod}, ${keyOf(g, 'e')}, 1::bigint, round(e.goldstein * 10)::bigint`)}
        ),
        m AS (SELECT period, key, sum(n) AS n, sum(g) AS g FROM c GROUP BY period, key),
        k AS (${keys}),
        -- the series' points by (rank, period): joined and sorted on integers and dates, not on text keys
        mk AS (SELECT k.rank, m.period, m.n, m.g FROM m JOIN k ON k.key = m.key),
        p AS (
          SELECT generate_series(date_trunc(${interval}, ${start}::date::timestamp),
                                 date_trunc(${interval}, ${end}::date::timestamp), ${step}::interval)::date AS period
        )
        SELECT k.key, NULL::text AS name, k.total, to_char(p.period, 'YYYY-MM-DD') AS period,
          coalesce(m.n, 0)::int AS count,
          CASE WHEN m.n > 0 THEN round(m.g::numeric / m.n / 10, 2)::float8 END AS mean_goldstein
        FROM p LEFT JOIN k ON TRUE LEFT JOIN mk m ON m.rank = k.rank AND m.period = p.period
        ORDER BY k.rank NULLS LAST, p.period`
    },

    /** The top pairs from dyad_counts, by its (n DESC, source, target) index. */
    dyads: (columns: Fragment, limit: number) => sql<DyadRow[]>`
      SELECT row_number() OVER (ORDER BY d.n DESC, d.source_actor_id, d.target_actor_id) AS row_no, ${columns},
        d.n AS count, round(d.goldstein_x10::numeric / d.n / 10, 2)::float8 AS mean_goldstein,
        to_char(d.first_date, 'YYYY-MM-DD') AS first_date, to_char(d.last_date, 'YYYY-MM-DD') AS last_date
      FROM (SELECT * FROM dyad_counts ORDER BY n DESC, source_actor_id, target_actor_id LIMIT ${limit}) d
      JOIN actors s ON s.id = d.source_actor_id JOIN actors t ON t.id = d.target_actor_id
      ORDER BY d.n DESC, d.source_actor_id, d.target_actor_id`,

    /** The most active actors from actor_activity, by its (total DESC, actor_id) index. */
    actors: (columns: Fragment, conditions: Fragment, limit: number) => sql<ActorActivityRow[]>`
      SELECT ${columns}, r.as_source, r.as_target, r.statements, r.total
      FROM actor_activity r JOIN actors a ON a.id = r.actor_id
      WHERE r.total > 0 AND ${conditions}
      ORDER BY r.total DESC, r.actor_id
      LIMIT ${limit}`,
  }
}
