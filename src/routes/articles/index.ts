import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NoQuery, idParam, problemResponses } from '../../schemas/common.ts'
import { Article, ArticleListQuery, ArticlePage } from '../../schemas/articles.ts'
import { sendPage } from '../../lib/pagination.ts'

const articlesRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'listArticles',
        summary: 'List the source articles',
        description:
          'Articles in publication order, cursor-paginated (`meta.next_cursor`, `links.next` and a `Link` header).',
        querystring: ArticleListQuery,
        response: { 200: ArticlePage, 400: problemResponses[400] },
      },
    },
    async (req, reply) => sendPage(req, reply, await fastify.articles.list(req.query, req.url)),
  )

  fastify.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        operationId: 'getArticle',
        summary: 'One article with its raw and cleaned text',
        params: idParam('article', '002-f1da1cc87da76c54'),
        querystring: NoQuery,
        response: { 200: Article, 400: problemResponses[400], 404: problemResponses[404] },
      },
    },
    async (req) => fastify.articles.get(req.params.id),
  )
}

export default articlesRoutes
