import fp from 'fastify-plugin'
import { createArticlesRepository } from '../../repositories/articles-repository.ts'
import { createIngestRepository } from '../../repositories/ingest-repository.ts'
import { createIngestService, type IngestService } from '../../services/ingest-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    ingest: IngestService
  }
}

/** The write path: ingest, delete and re-extract articles, on the one pool. */
export default fp(
  async (fastify) => {
    const { sql } = fastify
    fastify.decorate('ingest', createIngestService(createIngestRepository(sql), createArticlesRepository(sql)))
  },
  { name: 'ingest', dependencies: ['db'] },
)
