import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { NoQuery, problemResponse, problemResponses } from '../../schemas/common.ts'
import { AppError } from '../../errors.ts'

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' })
const Ready = z.object({ status: z.literal('ready'), database: z.literal('up') }).meta({ id: 'Ready' })

const healthRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/health',
    {
      config: { rateLimit: false }, // probes of orchestrators and load balancers are never throttled
      schema: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Liveness: the process is up',
        querystring: NoQuery,
        response: { 200: Health, 400: problemResponses[400] },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store')
      return { status: 'ok' as const }
    },
  )

  fastify.get(
    '/ready',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        operationId: 'getReady',
        summary: 'Readiness: the database answers',
        description: 'Answers within DB_CONNECT_TIMEOUT_MS: 503 (with Retry-After) while the database is down, ' +
          'hung or restarting, or while the server shuts down.',
        querystring: NoQuery,
        response: { 200: Ready, 400: problemResponses[400], 503: problemResponse('The database is unreachable') },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store')
      try {
        await fastify.pingDatabase()
      } catch (err) {
        req.log.warn({ err }, 'readiness check failed')
        throw new AppError('SERVICE_UNAVAILABLE', 'The database is not reachable.')
      }
      return { status: 'ready' as const, database: 'up' as const }
    },
  )
}

export default healthRoutes
