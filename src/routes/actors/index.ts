import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NoQuery, problemResponses } from '../../schemas/common.ts'
import { Actor, ActorListQuery, ActorPage, ActorParams } from '../../schemas/actors.ts'
import { ActorStatementsQuery, StatementPage } from '../../schemas/statements.ts'
import { sendPage } from '../../lib/pagination.ts'
import { listResponses, sendList } from '../../lib/export.ts'

const actorsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/actors',
    {
      schema: {
        tags: ['actors'],
        operationId: 'listActors',
        summary: 'Find actors by name, kind or country',
        description:
          '`q` matches names and aliases case- and diacritic-insensitively, as a substring ("basescu" finds Traian ' +
          'Băsescu, "putin" Vladimir Putin). Without `q` actors are sorted by name; with it, by relevance (exact ' +
          'name, then prefix, then start of a word, then elsewhere) and then name. Cursor-paginated.',
        querystring: ActorListQuery,
        response: { 200: ActorPage, 400: problemResponses[400] },
      },
    },
    async (req, reply) => sendPage(req, reply, await fastify.actors.list(req.query, req.url)),
  )

  fastify.get(
    '/actors/:id',
    {
      schema: {
        tags: ['actors'],
        operationId: 'getActor',
        summary: 'One actor with aliases, dated roles, counts and activity span',
        description:
          'Roles are ordered by start date; counts cover events as source, as target and in total, and statements.',
        params: ActorParams,
        querystring: NoQuery,
        response: { 200: Actor, 400: problemResponses[400], 404: problemResponses[404] },
      },
    },
    async (req) => fastify.actors.get(req.params.id),
  )

  fastify.get(
    '/actors/:id/statements',
    {
      schema: {
        tags: ['actors', 'statements'],
        operationId: 'listActorStatements',
        summary: "An actor's statement history",
        description:
          'Everything the actor said, chronologically (`sort=-date` for newest first; ties by id), each with the ' +
          'role the speaker held on that date and its source article. `from`/`to` match statements whose period ' +
          'overlaps the range; `q` searches the text. JSON pages, or every row as CSV/NDJSON (`format=` or ' +
          '`Accept`). An unknown actor is a 404.',
        params: ActorParams,
        querystring: ActorStatementsQuery,
        response: listResponses(StatementPage, 'The statements, oldest first by default'),
      },
    },
    async (req, reply) =>
      sendList(req, reply, {
        format: req.query.format,
        filename: `${req.params.id}-statements`,
        page: () => fastify.statements.listForActor(req.params.id, req.query, req.url),
        text: (format) => fastify.statements.exportForActor(req.params.id, req.query, format),
      }),
  )
}

export default actorsRoutes
