import fp from 'fastify-plugin'
import { createStatementsRepository } from '../../repositories/statements-repository.ts'
import { createStatementsService, type StatementsService } from '../../services/statements-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    statements: StatementsService
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('statements', createStatementsService(createStatementsRepository(fastify.prisma), fastify.cursors))
  },
  { name: 'statements', dependencies: ['prisma', 'cursors'] },
)
