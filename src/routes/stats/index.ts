import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../schemas/common.ts'
import { z } from 'zod'
import {
  ActorStats, ActorStatsQuery, DyadStats, DyadStatsQuery, Timeline, TimelineQuery, TimelineTable,
} from '../../schemas/stats.ts'
import { csvText, negotiateFormat } from '../../lib/export.ts'
import { timelineRows, timelineTable } from '../../services/timeline-table.ts'

const statsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/stats/timeline',
    {
      schema: {
        tags: ['stats'],
        operationId: 'getTimeline',
        summary: 'Events per period, chart-ready',
        description:
          'Counts and mean Goldstein score per `interval` over every period from `from` (or the first matching ' +
          'event) to `to` (or the last), zero-filled. Takes the filters of `GET /v1/events`. An event counts in the ' +
          'period of its `date`, or of `from` when its month or year began before it. `group_by` splits it into the ' +
          '`top` series with the most events; with `group_by=actor` an event counts for its source actor only. At ' +
          'most 5000 periods (a 400 naming `interval` beyond). `from`/`to` also take epoch milliseconds ' +
          "(Grafana's `$__from`/`$__to`). `shape=table` (and CSV, by `format=csv|excel` or " +
          '`Accept: text/csv`) answers a flat table: a leading `time` column, one column per series holding `measure`.',
        querystring: TimelineQuery,
        response: {
          200: {
            description: 'The series (`shape=series`), or the flat table (`shape=table`, CSV)',
            content: {
              'application/json': { schema: z.union([Timeline, TimelineTable]) },
              'text/csv': { schema: z.string().describe('the flat table: `time`, then one column per series') },
            },
          },
          400: problemResponses[400],
          404: problemResponses[404],
          406: problemResponses[406],
        },
      },
    },
    async (req, reply) => {
      const format = negotiateFormat(req, req.query.format, ['json', 'csv'])
      const timeline = await fastify.stats.timeline(req.query)
      if (format === 'json') return req.query.shape === 'table' ? timelineRows(timeline, req.query.measure) : timeline
      const { header, rows } = timelineTable(timeline, req.query.measure)
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="timeline.csv"')
        .send(csvText(header, rows, format === 'excel'))
    },
  )

  fastify.get(
    '/stats/dyads',
    {
      schema: {
        tags: ['stats'],
        operationId: 'getDyadStats',
        summary: 'The most active pairs of actors',
        description:
          'Directed (source → target) pairs with their number of events, mean Goldstein score and first and last ' +
          'event dates, most events first (ties by ids). Takes the filters of `GET /v1/events`; events without a ' +
          'target are left out.',
        querystring: DyadStatsQuery,
        response: { 200: DyadStats, 400: problemResponses[400], 404: problemResponses[404] },
      },
    },
    async (req) => fastify.stats.dyads(req.query),
  )

  fastify.get(
    '/stats/actors',
    {
      schema: {
        tags: ['stats'],
        operationId: 'getActorStats',
        summary: 'The most active actors',
        description:
          'Actors by activity: events as source, events as target and statements made (dated within `from`/`to` when ' +
          'given, by period overlap), with their sum as `total`, largest first (ties by id). Actors with no activity ' +
          'are left out.',
        querystring: ActorStatsQuery,
        response: { 200: ActorStats, 400: problemResponses[400] },
      },
    },
    async (req) => fastify.stats.actors(req.query),
  )
}

export default statsRoutes
