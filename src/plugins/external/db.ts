import fp from 'fastify-plugin'
import { createSql, type Sql } from '../../db/sql.ts'
import { cancellable } from '../../db/cancellation.ts'
import { dbSettings, postgresJsOptions, withDeadline } from '../../db/connection.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** the app's one PostgreSQL pool (postgres.js tagged templates) */
    sql: Sql
    /** resolves when the database answers `SELECT 1` within DB_CONNECT_TIMEOUT_MS; rejects otherwise */
    pingDatabase(): Promise<void>
  }
}

/** The one connection pool of the app, with the configured timeouts, ended when the app closes. */
export default fp(
  async (fastify) => {
    const url = fastify.config.DATABASE_URL
    if (!url) throw new Error('DATABASE_URL must be resolved before the app starts (see scripts/start.ts)')
    const settings = dbSettings(fastify.config)
    const sql = createSql(url, postgresJsOptions(settings))
    // queries made while serving a request are cancelled if its client goes (plugins/app/request-limits.ts)
    fastify.decorate('sql', cancellable(sql))
    fastify.decorate('pingDatabase', async () => {
      await withDeadline(Promise.resolve(sql`SELECT 1`), settings.connectTimeoutMs, 'the database')
    })
    fastify.addHook('onClose', async () => {
      await sql.end({ timeout: 5 })
    })
  },
  { name: 'db', dependencies: ['config'] },
)
