import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../schemas/common.ts'
import { Actor, ActorListQuery, ActorPage, ActorParams } from '../../schemas/actors.ts'
import { ActorStatementsQuery, StatementPage } from '../../schemas/statements.ts'
import { statementColumns } from '../../services/statements-service.ts'
import { sendPage } from '../../lib/pagination.ts'
import { listContent, negotiateFormat, sendExport } from '../../lib/export.ts'

const actorsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/actors',
    {
      schema: {
        tags: ['actors'],
        operationId: 'listActors',
        summary: 'Find actors by name, kind or country',
        description:
          '`q` matches names and aliases case- and diacritic-insensitively, as a substring ("basescu" finds Traian Băsescu, "putin" Vladimir Putin). ' +
          'Without `q` actors are sorted by name; with it, by relevance (exact name, then prefix, then start of a word, then elsewhere) and then name. Cursor-paginated.',
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
        description: 'Roles are ordered by start date; counts cover events as source, as target and in total, and statements.',
        params: ActorParams,
        response: { 200: Actor, 404: problemResponses[404] },
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
          'Everything the actor said, chronologically (`sort=-date` for newest first; ties by id), each with the role the speaker held on that date and its source article. ' +
          '`from`/`to` match statements whose period overlaps the range; `q` searches the text. JSON pages, or every row as CSV/NDJSON (`format=` or `Accept`). An unknown actor is a 404.',
        params: ActorParams,
        querystring: ActorStatementsQuery,
        response: { 200: listContent(StatementPage, 'The statements, oldest first by default'), 400: problemResponses[400], 404: problemResponses[404] },
      },
    },
    async (req, reply) => {
      const { id } = req.params
      const format = negotiateFormat(req, req.query.format)
      if (format === 'json') return sendPage(req, reply, await fastify.statements.listForActor(id, req.query, req.url))
      const rows = await fastify.statements.exportForActor(id, req.query)
      return sendExport(req, reply, { format, filename: `${id}-statements`, columns: statementColumns, toObject: (s) => s, rows })
    },
  )
}

export default actorsRoutes
