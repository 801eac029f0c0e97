import type { FastifyInstance } from 'fastify'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import type { Config } from './config.ts'
import configPlugin from './plugins/external/config.ts'
import errorsPlugin from './plugins/external/errors.ts'
import prismaPlugin from './plugins/external/prisma.ts'
import httpPlugin from './plugins/external/http.ts'
import swaggerPlugin from './plugins/external/swagger.ts'
import dashboardPlugin from './plugins/external/dashboard.ts'
import cursorsPlugin from './plugins/app/cursors.ts'
import articlesPlugin from './plugins/app/articles.ts'
import actorsPlugin from './plugins/app/actors.ts'
import eventsPlugin from './plugins/app/events.ts'
import statementsPlugin from './plugins/app/statements.ts'
import statsPlugin from './plugins/app/stats.ts'
import changesPlugin from './plugins/app/changes.ts'
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
  await fastify.register(prismaPlugin)
  await fastify.register(httpPlugin)
  await fastify.register(swaggerPlugin)
  await fastify.register(dashboardPlugin)

  for (const plugin of [cursorsPlugin, articlesPlugin, actorsPlugin, eventsPlugin, statementsPlugin, statsPlugin, changesPlugin]) {
    await fastify.register(plugin)
  }

  await fastify.register(healthRoutes)
  for (const routes of [articlesRoutes, actorsRoutes, actorEventsRoutes, eventsRoutes, statementsRoutes, statsRoutes, changesRoutes]) {
    await fastify.register(routes, { prefix: '/v1' })
  }
}

/** Options for Fastify itself that the server and the tests share. */
export const fastifyOptions = {
  routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
}
