import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParam, NoQuery, problemResponses } from '../../schemas/common.ts'
import { Job, ReextractInput, writeProblems } from '../../schemas/ingest.ts'
import { bearerSecurity } from '../../plugins/app/auth.ts'

const NDJSON = ['application/x-ndjson', 'application/ndjson', 'application/jsonl']

const jobsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { BATCH_BODY_LIMIT, BATCH_MAX_LINES } = fastify.config
  // in these routes a body is JSON or NDJSON: plain text is a 415, not a batch
  fastify.removeContentTypeParser('text/plain')
  fastify.addContentTypeParser(NDJSON, { parseAs: 'string', bodyLimit: BATCH_BODY_LIMIT }, (_req, body, done) =>
    done(null, body))

  fastify.post(
    '/articles/batch',
    {
      onRequest: fastify.requireKey('write'),
      bodyLimit: BATCH_BODY_LIMIT,
      schema: {
        tags: ['ingest', 'jobs'],
        operationId: 'ingestBatch',
        summary: 'Ingest many articles (NDJSON): answered at once with a job the workers go through',
        description:
          'One article per line (the body of `POST /v1/articles`), as `application/x-ndjson`; at most ' +
          `${BATCH_MAX_LINES} lines and ${BATCH_BODY_LIMIT} bytes. The answer is **202** with the job ` +
          '(`Location: /v1/jobs/{id}`) once every line is stored: a line that is not a valid article is a ' +
          'failed item with its error; the others are ingested by the queue workers (a duplicate is counted as ' +
          'such). Needs a key with the role write.',
        security: bearerSecurity,
        querystring: NoQuery,
        consumes: NDJSON,
        body: z.string().describe('NDJSON: one article (as for POST /v1/articles) per line'),
        response: { 202: Job.describe('Accepted: the job'), ...writeProblems },
      },
    },
    async (req, reply) => {
      const job = await fastify.jobs.batch(req.body, fastify.apiKeyOf(req)?.name ?? null, BATCH_MAX_LINES)
      reply.header('location', `/v1/jobs/${job.id}`)
      return reply.code(202).send(job)
    },
  )

  fastify.get(
    '/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        operationId: 'getJob',
        summary: 'A job: its status, counts by item status and the errors of failed items',
        params: idParam('job', 'job-5f0c2a9e4b7d4c21'),
        querystring: NoQuery,
        response: { 200: Job, 400: problemResponses[400], 404: problemResponses[404] },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store')
      return fastify.jobs.get(req.params.id)
    },
  )

  fastify.post(
    '/admin/reextract',
    {
      onRequest: fastify.requireKey('admin'),
      schema: {
        tags: ['jobs'],
        operationId: 'reextractArticles',
        summary: 'Re-extract articles with the current coder version (a job)',
        description:
          'Every article whose records were not extracted by the running coder version (all with ' +
          '`force: true`) is re-extracted by the workers: its records are replaced, unchanged ones untouched, ' +
          'removed ones reported in /v1/changes. Running it again finds nothing to do. Needs a key with the ' +
          'role admin. The same as `npm run reextract`, through the queue.',
        security: bearerSecurity,
        querystring: NoQuery,
        body: ReextractInput.optional(),
        response: { 202: Job.describe('Accepted: the job'), ...writeProblems },
      },
    },
    async (req, reply) => {
      const job = await fastify.jobs.reextract(req.body?.force ?? false, fastify.apiKeyOf(req)?.name ?? null)
      reply.header('location', `/v1/jobs/${job.id}`)
      return reply.code(202).send(job)
    },
  )
}

export default jobsRoutes
