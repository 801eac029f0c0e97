import Fastify, { type FastifyInstance } from 'fastify'
import app, { serverOptions } from './app.ts'
import type { Config } from './config.ts'
import type { Lifecycle } from './lifecycle.ts'

/**
 * Stops accepting connections, lets in-flight requests finish (new requests on open keep-alive
 * connections get a 503), then closes the app (and its database pool). Requests still running after
 * `timeoutMs` have their connections closed, and the drain counts as failed.
 */
export async function drain(server: FastifyInstance, reason: string, timeoutMs: number) {
  server.log.info({ signal: reason }, 'closing')
  let forced = false
  const timer = setTimeout(() => {
    forced = true
    server.log.warn({ timeoutMs }, 'requests still running after SHUTDOWN_TIMEOUT_MS: closing their connections')
    server.server.closeAllConnections()
  }, timeoutMs)
  // a keep-alive connection whose request has finished would hold the close until it times out
  const idle = setInterval(() => server.server.closeIdleConnections(), 100)
  try {
    await server.close()
  } finally {
    clearTimeout(timer)
    clearInterval(idle)
  }
  server.log.info('closed')
  if (forced) throw new Error(`in-flight requests were cut off after ${timeoutMs} ms`)
}

/** Where people reach the API, for the start log. */
export function publicBase(config: Config, port: number) {
  if (config.PUBLIC_URL) return config.PUBLIC_URL
  const host = ['0.0.0.0', '::'].includes(config.HOST) ? 'localhost' : config.HOST
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}

/** Runs the app: logger, listen, and a drain registered with the lifecycle (it runs before later cleanups). */
export async function startServer(config: Config, lifecycle: Lifecycle) {
  // API keys never reach the log, whatever a serializer or a log call includes
  const logger = { level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'headers.authorization'] }
  const server = Fastify({ ...serverOptions(config), logger })
  await server.register(app, { config })
  lifecycle.onShutdown((reason) => drain(server, reason, config.SHUTDOWN_TIMEOUT_MS))
  await server.listen({ host: config.HOST, port: config.PORT })
  return server
}
