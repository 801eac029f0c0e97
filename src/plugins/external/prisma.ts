import fp from 'fastify-plugin'
import { createPrisma, type Db } from '../../db/prisma.ts'
import { dbSettings, withDeadline } from '../../db/connection.ts'

declare module 'fastify' {
  interface FastifyInstance {
    prisma: Db
    /** resolves when the database answers `SELECT 1` within DB_CONNECT_TIMEOUT_MS; rejects otherwise */
    pingDatabase(): Promise<void>
  }
}

/** The one Prisma client of the app, on a pool with timeouts, closed when the app closes. */
export default fp(
  async (fastify) => {
    const url = fastify.config.DATABASE_URL
    if (!url) throw new Error('DATABASE_URL must be resolved before the app starts (see scripts/start.ts)')
    const settings = dbSettings(fastify.config)
    const { prisma, pool } = createPrisma(url, settings)
    fastify.decorate('prisma', prisma)
    fastify.decorate('pingDatabase', async () => {
      await withDeadline(pool.query('SELECT 1'), settings.connectTimeoutMs, 'the database')
    })
    fastify.addHook('onClose', async () => {
      await prisma.$disconnect()
      await pool.end()
    })
  },
  { name: 'prisma', dependencies: ['config'] },
)
