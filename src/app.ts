import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import type { IncomingMessage } from 'node:http'
import { randomUUID } from 'node:crypto'
import { validatorCompiler } from 'fastify-type-provider-zod'
import { serializerCompiler } from './lib/serializer.ts'
import type { Config } from './config.ts'
import configPlugin from './plugins/external/config.ts'
import errorsPlugin, { clientErrorHandler, frameworkErrors } from './plugins/external/errors.ts'
import methodsPlugin from './plugins/external/methods.ts'
import dbPlugin from './plugins/external/db.ts'
import cachingPlugin from './plugins/app/caching.ts'
import requestLimitsPlugin from './plugins/app/request-limits.ts'
import httpPlugin from './plugins/external/http.ts'
import swaggerPlugin from './plugins/external/swagger.ts'
import dashboardPlugin from './plugins/external/dashboard.ts'
import cursorsPlugin from './plugins/app/cursors.ts'
import servicesPlugin from './plugins/app/services.ts'
import authPlugin from './plugins/app/auth.ts'
import ingestPlugin from './plugins/app/ingest.ts'
import ingestRoutes from './routes/ingest/index.ts'
import queuePlugin from './plugins/app/queue.ts'
import jobsRoutes from './routes/jobs/index.ts'
import healthRoutes from './routes/health/index.ts'
import articlesRoutes from './routes/articles/index.ts'
import actorsRoutes from './routes/actors/index.ts'
import actorEventsRoutes from './routes/actors/events.ts'
import eventsRoutes from './routes/events/index.ts'
import statementsRoutes from './routes/statements/index.ts'
import statsRoutes from './routes/stats/index.ts'
import changesRoutes from './routes/changes/index.ts'

export interface AppOptions {
  /** validated config; when absent the environment is validated at registration */
  config?: Config
}

/** The whole API as one plugin: external plugins → app plugins → routes. */
export default async function app(fastify: FastifyInstance, opts: AppOptions) {
  fastify.setValidatorCompiler(validatorCompiler)
  fastify.setSerializerCompiler(serializerCompiler)

  await fastify.register(configPlugin, { config: opts.config })
  await fastify.register(errorsPlugin)
  await fastify.register(methodsPlugin)
  await fastify.register(authPlugin)
  await fastify.register(dbPlugin)
  // before http: its answers from the cache still pass every onRequest hook, and it keeps bodies before compression
  await fastify.register(cachingPlugin)
  await fastify.register(requestLimitsPlugin)
  await fastify.register(httpPlugin)
  await fastify.register(swaggerPlugin)
  await fastify.register(dashboardPlugin)

  await fastify.register(cursorsPlugin)
  await fastify.register(servicesPlugin)
  await fastify.register(ingestPlugin)
  await fastify.register(queuePlugin)

  await fastify.register(healthRoutes)
  const v1 = [
    articlesRoutes, actorsRoutes, actorEventsRoutes, eventsRoutes, statementsRoutes, statsRoutes, changesRoutes,
    ingestRoutes, jobsRoutes,
  ]
  for (const routes of v1) {
    await fastify.register(routes, { prefix: '/v1' })
  }
}

/** An incoming X-Request-Id is kept when it looks like an id (no spaces, quotes or control characters). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/

/** Options for Fastify itself that the server and the tests share. */
export const fastifyOptions = {
  routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  // during a drain the http plugin answers with a problem document instead of Fastify's plain JSON
  return503OnClosing: false,
  // receiving a request (headers and body) may take this long before a 408
  requestTimeout: 60_000,
  genReqId: (req: IncomingMessage) => {
    const given = req.headers['x-request-id']
    return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID()
  },
  frameworkErrors,
  clientErrorHandler,
} satisfies FastifyServerOptions

/** Trust the nearest `hops` proxies' X-Forwarded-For entries. */
const trustHops = (hops: number) => (_addr: string, hop: number) => hop < hops

/** fastifyOptions plus the construction-time settings that come from the configuration. */
export const serverOptions = (config: Config) =>
  ({
    ...fastifyOptions,
    bodyLimit: config.BODY_LIMIT,
    trustProxy: typeof config.TRUST_PROXY === 'number' ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
  }) satisfies FastifyServerOptions
