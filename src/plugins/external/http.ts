import fp from 'fastify-plugin'
import cors from '@fastify/cors'
import etag from '@fastify/etag'
import compress from '@fastify/compress'
import underPressure from '@fastify/under-pressure'

/**
 * HTTP behaviour shared by every route: CORS with configured origins, weak ETags with 304 on
 * If-None-Match, gzip/brotli, Cache-Control on successful GETs, and 503 under overload.
 */
export default fp(
  async (fastify) => {
    const { CORS_ORIGINS, CACHE_MAX_AGE } = fastify.config
    await fastify.register(cors, {
      origin: CORS_ORIGINS.includes('*') ? '*' : CORS_ORIGINS,
      methods: ['GET', 'HEAD', 'OPTIONS'],
      exposedHeaders: ['ETag', 'Link', 'Content-Disposition'],
      maxAge: 600,
    })
    await fastify.register(etag, { weak: true })
    await fastify.register(compress, { global: true, encodings: ['br', 'gzip', 'deflate'], threshold: 1024 })
    // overload → a 503 error with Retry-After, rendered as problem+json by the error handler
    await fastify.register(underPressure, { maxEventLoopDelay: 2000, retryAfter: 5 })
    fastify.addHook('onSend', async (req, reply, payload) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && reply.statusCode < 300 && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', `public, max-age=${CACHE_MAX_AGE}`)
      }
      return payload
    })
  },
  { name: 'http', dependencies: ['config'] },
)
