// Limits on what one request may cost: its queries are cancelled when the client goes away, and at
// most HEAVY_CONCURRENCY heavy requests (stats computed from the base tables, CSV/NDJSON exports) run
// at once; one more is a 503 problem with Retry-After instead of a queue that times out. Answers
// from the response cache and 304s never count: this plugin's hooks run after the cache's.
import fp from 'fastify-plugin'
import type { FastifyRequest } from 'fastify'
import { AppError } from '../../errors.ts'
import { cancelScope, withQueryScope } from '../../db/cancellation.ts'

declare module 'fastify' {
  interface FastifyRequest {
    heavy?: boolean
  }
}

const exportFormat = /[?&]format=(csv|excel|ndjson)\b/
const exportAccept = /text\/csv|x-ndjson|application\/ndjson|jsonl/

/** Stats and exports: what may scan many rows. */
function isHeavy(req: FastifyRequest): boolean {
  const route = req.routeOptions.url ?? ''
  if (route.startsWith('/v1/stats/')) return true
  const accept = req.headers.accept ?? ''
  return exportFormat.test(req.url) || (exportAccept.test(accept) && !accept.includes('application/json'))
}

export default fp(
  async (fastify) => {
    const max = fastify.config.HEAVY_CONCURRENCY
    let heavy = 0

    const release = async (req: FastifyRequest) => {
      if (req.heavy) {
        req.heavy = false
        heavy--
      }
    }

    // every later hook and the handler run inside the request's query scope; the response closing
    // before it was finished means the client went away (a GET's own 'close' comes at once)
    fastify.addHook('onRequest', (req, reply, done) => {
      const scope = withQueryScope(done)
      reply.raw.once('close', () => {
        if (reply.raw.writableFinished) return
        cancelScope(scope)
        release(req).catch(() => {})
      })
    })

    fastify.addHook('preHandler', async (req) => {
      if (max === 0 || !isHeavy(req)) return
      if (heavy >= max) {
        const detail = `${heavy} heavy requests (stats, exports) are running, the most at once; retry shortly.`
        throw new AppError('SERVICE_UNAVAILABLE', detail)
      }
      heavy++
      req.heavy = true
    })
    fastify.addHook('onResponse', release)
  },
  { name: 'request-limits', dependencies: ['config', 'caching'] },
)
