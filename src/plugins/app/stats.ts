import fp from 'fastify-plugin'
import { createStatsRepository } from '../../repositories/stats-repository.ts'
import { createStatsService, type StatsService } from '../../services/stats-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    stats: StatsService
  }
}

/** Aggregates for dashboards; takes the event filters through the events service. */
export default fp(
  async (fastify) => {
    fastify.decorate('stats', createStatsService(createStatsRepository(fastify.prisma), fastify.events))
  },
  { name: 'stats', dependencies: ['prisma', 'cursors', 'events'] },
)
