import type { StatsRepository } from '../repositories/stats-repository.ts'
import type { EventsService } from './events-service.ts'
import { badParameter } from '../errors.ts'
import { loadCameoCodebook, QUAD_CLASS_LABELS } from '../domain/cameo.ts'
import type { ActorActivity, ActorStatsQuery, DyadStat, DyadStatsQuery, Interval, Timeline, TimelineQuery } from '../schemas/stats.ts'

/** The most periods a timeline may have. */
export const MAX_PERIODS = 5000

const quadLabels: Record<string, string> = QUAD_CLASS_LABELS

const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000

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

export function createStatsService(repo: StatsRepository, events: EventsService) {
  // root labels come from the CAMEO codebook in data/cameo (its two-digit rows)
  const cameo = loadCameoCodebook()
  return {
    async timeline(q: TimelineQuery): Promise<Timeline> {
      const filter = await events.resolveFilter(q)
      const data = q.from && q.to ? { first: null, last: null } : await repo.bounds(filter)
      const from = q.from ?? data.first ?? q.to ?? null
      const to = q.to ?? data.last ?? from
      const group_by = q.group_by ?? null
      if (!from || !to) return { interval: q.interval, group_by, from: null, to: null, periods: [], series: [] }
      const n = periodCount(q.interval, from, to)
      if (n > MAX_PERIODS) { throw badParameter('interval', `${from} to ${to} by ${q.interval} would be ${n} periods, more than ${MAX_PERIODS}: use a longer interval or a shorter range`) }
      const [periods, rows] = await Promise.all([repo.periods(q.interval, from, to), repo.timeline(filter, q.interval, q.group_by, q.top, from, to)])
      const names = q.group_by === 'actor' ? await repo.actorNames([...new Set(rows.map((r) => r.key))]) : null
      const label = (key: string) =>
        q.group_by === 'root' ? (cameo.get(key)?.label ?? key) : q.group_by === 'quad' ? (quadLabels[key] ?? key) : names ? (names.get(key) ?? key) : q.group_by ? key : 'All events'
      const series: Timeline['series'] = []
      for (const r of rows) {
        let s = series.at(-1)
        if (!s || s.key !== r.key) series.push((s = { key: r.key, label: label(r.key), total: r.total, points: [] }))
        s.points.push({ period: r.period, count: r.count, mean_goldstein: r.mean_goldstein })
      }
      return { interval: q.interval, group_by, from, to, periods, series }
    },

    async dyads(q: DyadStatsQuery): Promise<{ data: DyadStat[] }> {
      const rows = await repo.dyads(await events.resolveFilter(q), q.limit)
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
      if (q.from && q.to && q.from > q.to) throw badParameter('from', `must not be after to (${q.to})`)
      const rows = await repo.actors({ from: q.from, to: q.to, kind: q.kind, country: q.country?.toUpperCase() }, q.limit)
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
  }
}

export type StatsService = ReturnType<typeof createStatsService>
