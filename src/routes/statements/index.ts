import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../schemas/common.ts'
import { Statement, StatementListQuery, StatementPage, StatementParams } from '../../schemas/statements.ts'
import { statementColumns } from '../../services/statements-service.ts'
import { sendPage } from '../../lib/pagination.ts'
import { listContent, negotiateFormat, sendExport } from '../../lib/export.ts'

const statementsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/statements',
    {
      schema: {
        tags: ['statements'],
        operationId: 'listStatements',
        summary: 'Search statements: who said what, when',
        description:
          'Statements chronologically (`sort=-date` for newest first; ties by id), each with the speaker’s role on that date, the source article and the evidence sentence. ' +
          '`from`/`to` match statements whose period overlaps the range; `q` is full-text search over the statement text. ' +
          'An unknown `speaker` is a 404 `UNKNOWN_ACTOR`. JSON pages, or every row as CSV/NDJSON (`format=` or `Accept`).',
        querystring: StatementListQuery,
        response: { 200: listContent(StatementPage, 'The statements, oldest first by default'), 400: problemResponses[400], 404: problemResponses[404] },
      },
    },
    async (req, reply) => {
      const format = negotiateFormat(req, req.query.format)
      if (format === 'json') return sendPage(req, reply, await fastify.statements.list(req.query, req.url))
      const rows = await fastify.statements.export(req.query)
      return sendExport(req, reply, { format, filename: 'statements', columns: statementColumns, toObject: (s) => s, rows })
    },
  )

  fastify.get(
    '/statements/:id',
    {
      schema: {
        tags: ['statements'],
        operationId: 'getStatement',
        summary: 'One statement with its speaker, role, article and evidence',
        params: StatementParams,
        response: { 200: Statement, 404: problemResponses[404] },
      },
    },
    async (req) => fastify.statements.get(req.params.id),
  )
}

export default statementsRoutes
