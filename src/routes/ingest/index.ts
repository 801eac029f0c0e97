import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParam, NoQuery, problemResponses } from '../../schemas/common.ts'
import { ArticleInput, IngestResult, writeProblems } from '../../schemas/ingest.ts'
import { bearerSecurity } from '../../plugins/app/auth.ts'

const ingestRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const write = fastify.requireKey('write')

  fastify.post(
    '/articles',
    {
      onRequest: write,
      bodyLimit: fastify.config.INGEST_BODY_LIMIT,
      schema: {
        tags: ['ingest'],
        operationId: 'ingestArticle',
        summary: 'Ingest one article: extract its events, statements and actors and store them',
        description:
          'Runs the extractor over `text` and stores the article and what was extracted in one transaction. ' +
          'Its statements appear in their speakers’ histories and the change feed at once. An article with the ' +
          'same `url` or the same text (SHA-256) as a stored one is not stored again: the answer is **200** with ' +
          'the stored article (`created: false`, `matched_by`), so a retried request is safe. Needs a key with ' +
          'the role write.',
        security: bearerSecurity,
        querystring: NoQuery,
        body: ArticleInput,
        response: {
          201: IngestResult.describe('Stored; `Location` is the article'),
          200: IngestResult.describe('Already stored (same URL or text): nothing written'),
          ...writeProblems,
        },
      },
    },
    async (req, reply) => {
      const result = await fastify.ingest.ingest(req.body, 'api')
      reply.header('location', `/v1/articles/${encodeURIComponent(result.article.id)}`)
      return reply.code(result.created ? 201 : 200).send(result)
    },
  )

  fastify.delete(
    '/articles/:id',
    {
      onRequest: write,
      schema: {
        tags: ['ingest'],
        operationId: 'deleteArticle',
        summary: 'Delete an article and what it alone supported',
        description:
          'Removes the article, its statements and event mentions, every event no other article reports and ' +
          'every discovered actor no remaining record names (gazetteer actors stay). Each removal appears in ' +
          '`/v1/changes` as `deleted`; an event that stays because another article reports it appears as ' +
          '`updated`. Needs a key with the role write.',
        security: bearerSecurity,
        params: idParam('article', 'art-5f0c2a9e4b7d4c21'),
        querystring: NoQuery,
        response: {
          204: z.null().describe('Deleted'),
          404: problemResponses[404],
          ...writeProblems,
        },
      },
    },
    async (req, reply) => {
      await fastify.ingest.delete(req.params.id)
      return reply.code(204).send(null)
    },
  )
}

export default ingestRoutes
