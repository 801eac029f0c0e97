import type { StatsRepository, TimelineRow } from '../repositories/stats-repository.ts'
import { badParameter } from '../errors.ts'
import { loadCameoCodebook, QUAD_CLASS_LABELS } from '../domain/cameo.ts'
import type {
  ActorActivity, ActorStatsQuery, DyadStat, DyadStatsQuery, Interval, Timeline, TimelineQuery,
} from '../schemas/stats.ts'
import { catalogued } from './catalogue.ts'

/** The most periods a timeline may have. */
export const MAX_PERIODS = 5000

/** The most points (periods × series) a timeline may have: what one cheap request may ask to compute. */
export const MAX_POINTS = 10_000

const quadLabels: Record<string, string> = QUAD_CLASS_LABELS

const day = (s: string) =>
  Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000

/** How many periods of `interval` the days `start`..`end` touch. */
export function periodCount(interval: Interval, start: string, end: string): number {
  const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1
  switch (interval) {
    case 'day':
      return day(end) - day(start) + 1
    case 'week': {
      // ISO weeks start on Monday; day 0 (1970-01-01) was a Thursday
      const monday = (s: string) => day(s) - ((day(s) + 3) % 7)
      return (monday(end) - monday(start)) / 7 + 1
    }
    case 'month':
      return months(end) - months(start) + 1
    case 'year':
      return Number(end.slice(0, 4)) - Number(start.slice(0, 4)) + 1
  }
}

export function createStatsService(repo: StatsRepository) {
  // root labels come from the CAMEO codebook in data/cameo (its two-digit rows)
  const cameo = loadCameoCodebook()

  /** Refuses a timeline larger than a chart needs, before computing it. */
  function checkSize(q: TimelineQuery, from: string, to: string, series: number) {
    const n = periodCount(q.interval, from, to)
    const range = `${from} to ${to} by ${q.interval}`
    if (n > MAX_PERIODS) {
      const advice = 'use a longer interval or a shorter range'
      throw badParameter('interval', `${range} would be ${n} periods, more than ${MAX_PERIODS}: ${advice}`)
    }
    if (n * series > MAX_POINTS) {
      const advice = 'use a longer interval, a shorter range or a smaller top'
      const size = `${n} periods × ${series} series = ${n * series} points`
      throw badParameter('interval', `${range} would be ${size}, more than ${MAX_POINTS}: ${advice}`)
    }
  }

  function seriesOf(q: TimelineQuery, rows: TimelineRow[]): Timeline['series'] {
    const label = (key: string, name: string | null) => {
      switch (q.group_by) {
        case 'root': return cameo.get(key)?.label ?? key
        case 'quad': return quadLabels[key] ?? key
        case 'actor': return name ?? key
        case 'type': return key
        default: return 'All events'
      }
    }
    const series: Timeline['series'] = []
    for (const r of rows) {
      if (r.key === null) continue
      let s = series.at(-1)
      if (!s || s.key !== r.key) {
        s = { key: r.key, label: label(r.key, r.name), total: r.total, points: [] }
        series.push(s)
      }
      s.points.push({ period: r.period, count: r.count, mean_goldstein: r.mean_goldstein })
    }
    return series
  }

  return catalogued({
    async timeline(q: TimelineQuery): Promise<Timeline> {
      const plan = await repo.timelinePlan(q, q.group_by, q.interval)
      const from = q.from ?? plan.first ?? q.to ?? null
      const to = q.to ?? plan.last ?? from
      const group_by = q.group_by ?? null
      if (!from || !to) return { interval: q.interval, group_by, from: null, to: null, periods: [], series: [] }
      checkSize(q, from, to, q.group_by ? Math.min(q.top, plan.keys) : 1)
      const rows = await repo.timeline(q, q.interval, q.group_by, q.top, from, to)
      const periods = rows.filter((r) => r.key === rows[0]?.key).map((r) => r.period)
      return { interval: q.interval, group_by, from, to, periods, series: seriesOf(q, rows) }
    },

    async dyads(q: DyadStatsQuery): Promise<{ data: DyadStat[] }> {
      const rows = await repo.dyads(q, q.limit)
      return {
        data: rows.map((r) => ({
          source: { id: r.source_id, name: r.source_name, kind: r.source_kind, country: r.source_country },
          target: { id: r.target_id, name: r.target_name, kind: r.target_kind, country: r.target_country },
          count: r.count,
          mean_goldstein: r.mean_goldstein,
          first_date: r.first_date,
          last_date: r.last_date,
        })),
      }
    },

    async actors(q: ActorStatsQuery): Promise<{ data: ActorActivity[] }> {
      const rows = await repo.actors(q, q.limit)
      return {
        data: rows.map((r) => ({
          actor: { id: r.id, name: r.name, kind: r.kind, country: r.country },
          as_source: r.as_source,
          as_target: r.as_target,
          statements: r.statements,
          total: r.total,
        })),
      }
    },
  })
}

export type StatsService = ReturnType<typeof createStatsService>
