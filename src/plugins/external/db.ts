import fp from 'fastify-plugin'
import { createSql, type Sql } from '../../db/sql.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** the app's one PostgreSQL pool (postgres.js tagged templates) */
    sql: Sql
  }
}

/** The one connection pool of the app, ended when the app closes. */
export default fp(
  async (fastify) => {
    const url = fastify.config.DATABASE_URL
    if (!url) throw new Error('DATABASE_URL must be resolved before the app starts (see scripts/start.ts)')
    const sql = createSql(url)
    fastify.decorate('sql', sql)
    fastify.addHook('onClose', async () => {
      await sql.end({ timeout: 5 })
    })
  },
  { name: 'db', dependencies: ['config'] },
)
