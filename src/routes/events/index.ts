import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NoQuery, idParam, problemResponses } from '../../schemas/common.ts'
import { EventDetail, EventListQuery, EventPage } from '../../schemas/events.ts'
import { listResponses, sendList } from '../../lib/export.ts'

const eventsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        operationId: 'listEvents',
        summary: 'List and filter events',
        description:
          'Coded events in date order (ties broken by id), cursor-paginated. Filters combine with AND; `from`/`to` ' +
          'match an event whose period overlaps the range. `fields` trims each event to the named top-level fields. ' +
          'With `format=csv|ndjson` or an Accept header for text/csv or application/x-ndjson, every matching event ' +
          'is streamed (`cursor` and `limit` ignored). An unknown actor id in `actor`, `source`, `target` or `dyad` ' +
          'is a 404 UNKNOWN_ACTOR; an unknown `article` a 404 NOT_FOUND.',
        querystring: EventListQuery,
        response: listResponses(EventPage, 'A page of events, or every matching event as CSV/NDJSON'),
      },
    },
    async (req, reply) =>
      sendList(req, reply, {
        format: req.query.format,
        filename: 'events',
        page: () => fastify.events.list(req.query, req.url),
        text: (format) => fastify.events.export(req.query, format),
      }),
  )

  fastify.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        operationId: 'getEvent',
        summary: 'One event with its actors and every mention',
        description:
          'Both actors are expanded with the role each held at the event date; `mentions` lists every sentence ' +
          'reporting the event.',
        params: idParam('event', 'ev-a7f356c59f3232e4'),
        querystring: NoQuery,
        response: { 200: EventDetail, 400: problemResponses[400], 404: problemResponses[404] },
      },
    },
    async (req) => fastify.events.get(req.params.id),
  )
}

export default eventsRoutes
