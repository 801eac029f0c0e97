import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { idParam } from '../../schemas/common.ts'
import { ActorEventsQuery, EventPage } from '../../schemas/events.ts'
import { listResponses, sendList } from '../../lib/export.ts'

const actorEventsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/actors/:id/events',
    {
      schema: {
        tags: ['actors', 'events'],
        operationId: 'listActorEvents',
        summary: "An actor's events",
        description:
          'The events the actor takes part in as source or target: the same as `GET /v1/events?actor={id}`, with the ' +
          'same filters, pagination, `fields` and CSV/NDJSON formats. An unknown actor id is a 404 NOT_FOUND.',
        params: idParam('actor', 'russia'),
        querystring: ActorEventsQuery,
        response: listResponses(EventPage, "A page of the actor's events, or all of them as CSV/NDJSON"),
      },
    },
    async (req, reply) =>
      sendList(req, reply, {
        format: req.query.format,
        filename: `events-${req.params.id}`,
        page: () => fastify.events.listForActor(req.params.id, req.query, req.url),
        text: (format) => fastify.events.exportForActor(req.params.id, req.query, format),
      }),
  )
}

export default actorEventsRoutes
