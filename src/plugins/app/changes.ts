import fp from 'fastify-plugin'
import { createChangesRepository } from '../../repositories/changes-repository.ts'
import { createChangesService, type ChangesService } from '../../services/changes-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    changes: ChangesService
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('changes', createChangesService(createChangesRepository(fastify.prisma), fastify.cursors))
  },
  { name: 'changes', dependencies: ['prisma', 'cursors'] },
)
