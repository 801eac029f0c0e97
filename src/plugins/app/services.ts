import fp from 'fastify-plugin'
import { createListing } from '../../lib/listing.ts'
import { createActorsRepository } from '../../repositories/actors-repository.ts'
import { createArticlesRepository } from '../../repositories/articles-repository.ts'
import { createChangesRepository } from '../../repositories/changes-repository.ts'
import { createEventsRepository } from '../../repositories/events-repository.ts'
import { createStatementsRepository } from '../../repositories/statements-repository.ts'
import { createStatsRepository } from '../../repositories/stats-repository.ts'
import { createActorsService, type ActorsService } from '../../services/actors-service.ts'
import { createArticlesService, type ArticlesService } from '../../services/articles-service.ts'
import { createChangesService, type ChangesService } from '../../services/changes-service.ts'
import { createEventsService, type EventsService } from '../../services/events-service.ts'
import { createStatementsService, type StatementsService } from '../../services/statements-service.ts'
import { createStatsService, type StatsService } from '../../services/stats-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    articles: ArticlesService
    actors: ActorsService
    events: EventsService
    statements: StatementsService
    stats: StatsService
    changes: ChangesService
  }
}

/** Each resource's service over its repository, on the one pool; routes call only these. */
export default fp(
  async (fastify) => {
    const { sql } = fastify
    const listing = createListing(fastify.cursors)
    fastify.decorate('articles', createArticlesService(createArticlesRepository(sql), listing))
    fastify.decorate('actors', createActorsService(createActorsRepository(sql), listing))
    fastify.decorate('events', createEventsService(createEventsRepository(sql), listing))
    fastify.decorate('statements', createStatementsService(createStatementsRepository(sql), listing))
    fastify.decorate('stats', createStatsService(createStatsRepository(sql)))
    fastify.decorate('changes', createChangesService(createChangesRepository(sql), listing))
  },
  { name: 'services', dependencies: ['db', 'cursors'] },
)
