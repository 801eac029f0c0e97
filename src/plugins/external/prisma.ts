import fp from 'fastify-plugin'
import { createPrisma, type Db } from '../../db/prisma.ts'

declare module 'fastify' {
  interface FastifyInstance {
    prisma: Db
  }
}

/** The one Prisma client of the app, disconnected when the app closes. */
export default fp(
  async (fastify) => {
    const url = fastify.config.DATABASE_URL
    if (!url) throw new Error('DATABASE_URL must be resolved before the app starts (see scripts/start.ts)')
    const prisma = createPrisma(url)
    fastify.decorate('prisma', prisma)
    fastify.addHook('onClose', async () => {
      await prisma.$disconnect()
    })
  },
  { name: 'prisma', dependencies: ['config'] },
)
