import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { idParam, Problem, problemResponses } from '../../schemas/common.ts'
import { ActorEventsQuery, EventPage } from '../../schemas/events.ts'
import { listContent, negotiateFormat, sendExport } from '../../lib/export.ts'
import { sendPage } from '../../lib/pagination.ts'

const notAcceptable = Problem.describe('The Accept header allows none of JSON, CSV and NDJSON')

const actorEventsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/actors/:id/events',
    {
      schema: {
        tags: ['actors', 'events'],
        operationId: 'listActorEvents',
        summary: "An actor's events",
        description:
          'The events the actor takes part in as source or target: the same as `GET /v1/events?actor={id}`, with the same filters, ' +
          'pagination, `fields` and CSV/NDJSON formats. An unknown actor id is a 404 NOT_FOUND.',
        params: idParam('actor', 'russia'),
        querystring: ActorEventsQuery,
        response: { 200: listContent(EventPage, "A page of the actor's events, or all of them as CSV/NDJSON"), 400: problemResponses[400], 404: problemResponses[404], 406: notAcceptable },
      },
    },
    async (req, reply) => {
      const format = negotiateFormat(req, req.query.format)
      if (format === 'json') return sendPage(req, reply, await fastify.events.listForActor(req.params.id, req.query, req.url))
      return sendExport(req, reply, { format, filename: `events-${req.params.id}`, ...(await fastify.events.exportForActor(req.params.id, req.query)) })
    },
  )
}

export default actorEventsRoutes
