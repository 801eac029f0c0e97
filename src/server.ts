import Fastify from 'fastify'
import closeWithGrace from 'close-with-grace'
import app, { fastifyOptions } from './app.ts'
import type { Config } from './config.ts'

/** Runs the app: logger, listen, graceful close (then `onClosed`, e.g. stopping embedded Postgres). */
export async function startServer(config: Config, onClosed?: () => Promise<void>) {
  const server = Fastify({ ...fastifyOptions, logger: { level: config.LOG_LEVEL } })
  await server.register(app, { config })
  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) server.log.error({ err }, 'closing after an uncaught error')
    else server.log.info({ signal }, 'closing')
    await server.close()
    await onClosed?.()
  })
  await server.listen({ host: config.HOST, port: config.PORT })
  return server
}
