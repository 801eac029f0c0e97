import fp from 'fastify-plugin'
import { createActorsRepository } from '../../repositories/actors-repository.ts'
import { createActorsService, type ActorsService } from '../../services/actors-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    actors: ActorsService
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('actors', createActorsService(createActorsRepository(fastify.prisma), fastify.cursors))
  },
  { name: 'actors', dependencies: ['prisma', 'cursors'] },
)
