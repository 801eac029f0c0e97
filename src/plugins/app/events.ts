import fp from 'fastify-plugin'
import { createEventsRepository } from '../../repositories/events-repository.ts'
import { createEventsService, type EventsService } from '../../services/events-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    events: EventsService
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('events', createEventsService(createEventsRepository(fastify.prisma), fastify.cursors))
  },
  { name: 'events', dependencies: ['prisma', 'cursors'] },
)
