import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NoQuery, problemResponses } from '../../schemas/common.ts'
import { Statement, StatementListQuery, StatementPage, StatementParams } from '../../schemas/statements.ts'
import { listResponses, sendList } from '../../lib/export.ts'

const statementsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/statements',
    {
      schema: {
        tags: ['statements'],
        operationId: 'listStatements',
        summary: 'Search statements: who said what, when',
        description:
          'Statements chronologically (`sort=-date` for newest first; ties by id), each with the speaker’s role on ' +
          'that date, the source article and the evidence sentence. `from`/`to` match statements whose period ' +
          'overlaps the range; `q` is full-text search over the statement text. An unknown `speaker` is a 404 ' +
          '`UNKNOWN_ACTOR`. JSON pages, or every row as CSV/NDJSON (`format=` or `Accept`).',
        querystring: StatementListQuery,
        response: listResponses(StatementPage, 'The statements, oldest first by default'),
      },
    },
    async (req, reply) =>
      sendList(req, reply, {
        format: req.query.format,
        filename: 'statements',
        page: () => fastify.statements.list(req.query, req.url),
        text: (format) => fastify.statements.export(req.query, format),
      }),
  )

  fastify.get(
    '/statements/:id',
    {
      schema: {
        tags: ['statements'],
        operationId: 'getStatement',
        summary: 'One statement with its speaker, role, article and evidence',
        params: StatementParams,
        querystring: NoQuery,
        response: { 200: Statement, 400: problemResponses[400], 404: problemResponses[404] },
      },
    },
    async (req) => fastify.statements.get(req.params.id),
  )
}

export default statementsRoutes
