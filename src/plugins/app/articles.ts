import fp from 'fastify-plugin'
import { createArticlesRepository } from '../../repositories/articles-repository.ts'
import { createArticlesService, type ArticlesService } from '../../services/articles-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    articles: ArticlesService
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('articles', createArticlesService(createArticlesRepository(fastify.prisma), fastify.cursors))
  },
  { name: 'articles', dependencies: ['prisma', 'cursors'] },
)
