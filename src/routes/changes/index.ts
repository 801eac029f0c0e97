import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { problemResponses } from '../../schemas/common.ts'
import { ChangeListQuery, ChangePage } from '../../schemas/changes.ts'
import { sendPage } from '../../lib/pagination.ts'

const changesRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/changes',
    {
      schema: {
        tags: ['changes'],
        operationId: 'listChanges',
        summary: 'What changed since a given time, for incremental sync',
        description:
          'Events, statements, actors and articles created, updated or deleted after `since` and up to `until` (the ' +
          'server’s time of the first page, held back while a write is still in progress so nothing committed later ' +
          'can carry an earlier time), ordered by (at, entity, id). To sync: call with `since=1970-01-01T00:00:00Z` ' +
          'once, follow `links.next` to the last page (every page has the same `until`), then call again with ' +
          '`since` = that `until`, and so on. `created` and `updated` both mean “fetch the record and upsert it”; ' +
          '`deleted` means drop it. Timestamps have millisecond precision.',
        querystring: ChangeListQuery,
        response: { 200: ChangePage, 400: problemResponses[400] },
      },
    },
    async (req, reply) => {
      const feed = await fastify.changes.list(req.query, req.url)
      sendPage(req, reply, feed) // the Link header
      reply.header('cache-control', 'no-store') // a feed is only useful fresh
      return feed
    },
  )
}

export default changesRoutes
