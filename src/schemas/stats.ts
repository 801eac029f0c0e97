import { z } from 'zod'
import { DateParam, DateString, Limit, Text, Timestamp, querySchema } from './common.ts'
import { ActorKind, ActorRef } from './refs.ts'
import { CountryParam } from './actors.ts'
import { eventFilterFields } from './events.ts'

export const intervals = ['day', 'week', 'month', 'year'] as const
export type Interval = (typeof intervals)[number]
export const groupings = ['root', 'quad', 'type', 'actor'] as const
export type Grouping = (typeof groupings)[number]

/**
 * A timeline bound: a date (YYYY-MM-DD), or epoch milliseconds as Grafana's `${__from}`/`${__to}` give
 * them (the UTC day that instant falls on); the date either way.
 */
const DateOrEpoch = (bound: string) =>
  Text()
    .regex(/^(\d{4}-\d{2}-\d{2}|-?\d{1,15})$/, 'must be a date (YYYY-MM-DD) or epoch milliseconds')
    .transform((s, ctx) => {
      if (s.includes('-', 1)) {
        const date = DateParam.safeParse(s)
        if (date.success) return date.data
        ctx.issues.push({ code: 'custom', input: s, message: date.error.issues[0]?.message ?? 'is not a date' })
        return z.NEVER
      }
      const day = new Date(Number(s))
      const year = day.getUTCFullYear()
      if (Number.isNaN(year) || year < 1 || year > 9999) {
        ctx.issues.push({ code: 'custom', input: s, message: 'must be an instant in the years 0001 to 9999' })
        return z.NEVER
      }
      return day.toISOString().slice(0, 10)
    })
    .describe(
      `${bound} of the range: a date (YYYY-MM-DD), or epoch milliseconds (Grafana's \`\${__from}\`/\`\${__to}\`), ` +
        'taken as the UTC day it falls on; events match when their period overlaps the range',
    )

export const timelineShapes = ['series', 'table'] as const
export const timelineMeasures = ['count', 'mean_goldstein'] as const

export const TimelineQuery = querySchema({
  ...eventFilterFields,
  from: DateOrEpoch('start').optional().meta({ example: '2007-01-01' }),
  to: DateOrEpoch('end').optional().meta({ example: '1483142400000' }),
  shape: z
    .enum(timelineShapes)
    .default('series')
    .describe(
      '`series` (default): one object per series with its points; `table`: a flat table, one row per period with ' +
        'a leading `time` column and one column per series (what Grafana and spreadsheets read). CSV is always the ' +
        'table',
    )
    .meta({ example: 'series' }),
  measure: z
    .enum(timelineMeasures)
    .default('count')
    .describe('with `shape=table` or CSV: the value in each cell, the number of events or their mean Goldstein score')
    .meta({ example: 'count' }),
  format: z
    .enum(['json', 'csv', 'excel'])
    .optional()
    .describe('output format; overrides the Accept header. `csv` and `excel` give the flat table (see `shape`)'),
  interval: z
    .enum(intervals)
    .default('month')
    .describe('period length: day, week (ISO weeks, starting on Monday), month or year (default month)')
    .meta({ example: 'month' }),
  group_by: z
    .enum(groupings)
    .optional()
    .describe(
      'one series per CAMEO root, QuadClass, event type or actor; without it, one series `all`. With `actor`, an ' +
      'event counts for its source actor only (the actor who acted), so the series add up to the total',
    )
    .meta({ example: 'quad' }),
  top: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(10)
    .describe('with group_by: keep the N series with the most events, 1–100 (default 10)')
    .meta({ example: 5 }),
})

export const TimelinePoint = z
  .object({
    period: DateString().describe('first day of the period (YYYY-MM-DD)').meta({ example: '2016-06-01' }),
    count: z.number().int().describe('events in the period'),
    mean_goldstein: z
      .number()
      .nullable()
      .describe('mean Goldstein score of those events (2 decimals), null when there are none'),
  })
  .meta({ id: 'TimelinePoint' })

export const TimelineSeries = z
  .object({
    key: z
      .string()
      .describe('`all`, or the group: CAMEO root, QuadClass, event type or actor id')
      .meta({ example: '12' }),
    label: z.string().meta({ example: 'Reject' }),
    total: z.number().int().describe('events in the whole series'),
    points: z.array(TimelinePoint).describe('one point per period, in order, zero-filled'),
  })
  .meta({ id: 'TimelineSeries' })

export const Timeline = z
  .object({
    interval: z.enum(intervals),
    group_by: z.enum(groupings).nullable(),
    from: DateString()
      .nullable()
      .describe('start of the range: `from`, else the date of the first matching event; null when neither exists'),
    to: DateString().nullable().describe('end of the range: `to`, else the date of the last matching event'),
    periods: z.array(DateString()).describe('the start of every period from `from` to `to`'),
    series: z.array(TimelineSeries).describe('by total, largest first'),
  })
  .meta({
    id: 'Timeline',
    description: 'Event counts and mean Goldstein per period, chart-ready (every period present, zero-filled)',
  })

export const TimelineRow = z
  .object({
    time: Timestamp().describe('start of the period, UTC midnight').meta({ example: '2016-06-01T00:00:00.000Z' }),
  })
  .catchall(z.number().nullable())
  .meta({
    id: 'TimelineRow',
    description: 'One period: `time`, then one column per series (named by its label) holding the measure',
  })

export const TimelineTable = z
  .array(TimelineRow)
  .meta({ id: 'TimelineTable', description: 'The timeline as a flat table (`shape=table`), one row per period' })

export const DyadStatsQuery = querySchema({ ...eventFilterFields, limit: Limit })

export const DyadStat = z
  .object({
    source: ActorRef,
    target: ActorRef,
    count: z.number().int().describe('events from source to target'),
    mean_goldstein: z.number().describe('mean Goldstein score (2 decimals)'),
    first_date: DateString().describe('date of the earliest event (YYYY-MM-DD)'),
    last_date: DateString().describe('date of the latest event'),
  })
  .meta({ id: 'DyadStat', description: 'Events of one directed pair of actors' })

export const DyadStats = z.object({ data: z.array(DyadStat) }).meta({ id: 'DyadStats' })

/** The filters of GET /v1/stats/actors. */
export const actorStatsFilterFields = {
  kind: z.enum(ActorKind.options).optional().describe('only actors of this kind').meta({ example: 'person' }),
  country: CountryParam.optional().describe('only actors of this country (ISO alpha-3)').meta({ example: 'USA' }),
  from: DateParam.optional()
    .describe('count events and statements whose period ends on or after this date')
    .meta({ example: '2012-01-01' }),
  to: DateParam.optional()
    .describe('count events and statements whose period starts on or before this date')
    .meta({ example: '2016-12-31' }),
}

export const ActorStatsFilter = z.object(actorStatsFilterFields)
export type ActorStatsFilter = z.output<typeof ActorStatsFilter>

export const ActorStatsQuery = querySchema({ limit: Limit, ...actorStatsFilterFields })

export const ActorActivity = z
  .object({
    actor: ActorRef,
    as_source: z.number().int().describe('events the actor acted in'),
    as_target: z.number().int().describe('events the actor was the target of'),
    statements: z.number().int().describe('statements the actor made'),
    total: z.number().int().describe('as_source + as_target + statements'),
  })
  .meta({ id: 'ActorActivity' })

export const ActorStats = z.object({ data: z.array(ActorActivity) }).meta({ id: 'ActorStats' })

export type TimelineQuery = z.infer<typeof TimelineQuery>
export type Timeline = z.infer<typeof Timeline>
export type TimelineRow = z.infer<typeof TimelineRow>
export type DyadStatsQuery = z.infer<typeof DyadStatsQuery>
export type DyadStat = z.infer<typeof DyadStat>
export type ActorStatsQuery = z.infer<typeof ActorStatsQuery>
export type ActorActivity = z.infer<typeof ActorActivity>
