import fp from 'fastify-plugin'
import type { FastifyReply } from 'fastify'
import cors from '@fastify/cors'
import etag from '@fastify/etag'
import compress from '@fastify/compress'
import helmet, { type HelmetOptions } from 'helmet'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import { AppError } from '../../errors.ts'
import { sendProblem } from './errors.ts'

/** Adds values to the `Vary` header, keeping what is there. */
function vary(reply: FastifyReply, ...fields: string[]) {
  const current = String(reply.getHeader('vary') ?? '')
  if (current.trim() === '*') return
  const have = current.split(',').map((f) => f.trim()).filter(Boolean)
  const lower = new Set(have.map((f) => f.toLowerCase()))
  const added = fields.filter((f) => !lower.has(f.toLowerCase()))
  if (added.length) reply.header('vary', [...have, ...added].join(', '))
}

/**
 * The Content-Security-Policy: scripts and styles from our own origin only (the dashboard at / and the
 * docs UI at /docs load theirs from it; /docs also allows inline styles, see swagger.ts), data:
 * images, no framing. No upgrade-insecure-requests: the API is often served over plain HTTP on
 * localhost, where it would break every script.
 */
export const contentSecurityPolicy = {
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  },
}

/**
 * The security headers helmet sets for `options`, computed once: they are the same for every
 * response, and @fastify/helmet rebuilt helmet's middleware (parsing the CSP) on every request.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const res = {
    setHeader: (name: string, value: string) => { headers[name.toLowerCase()] = value },
    removeHeader: () => {},
  }
  helmet(options)({} as never, res as never, (err?: unknown) => {
    if (err) throw err
  })
  return headers
}

/**
 * HTTP behaviour shared by every route: security headers, a per-client rate limit, CORS with
 * configured origins, weak ETags with 304 on If-None-Match, gzip/brotli, Cache-Control and Vary on
 * successful GETs, X-Request-Id, a bound on the time until a response starts, and 503 under overload.
 */
export default fp(
  async (fastify) => {
    const { CORS_ORIGINS, CACHE_MAX_AGE, RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS, REQUEST_TIMEOUT_MS } = fastify.config

    // while the server drains (fastifyOptions turn Fastify's own plain-JSON 503 off): requests that
    // still reach it on open connections get a problem, and their connection is closed after it
    let closing = false
    fastify.addHook('preClose', async () => {
      closing = true
    })
    fastify.addHook('onRequest', async (req, reply) => {
      reply.header('x-request-id', req.id)
      if (closing) return sendProblem(reply, req, 'SERVICE_UNAVAILABLE', 'The server is shutting down; retry.')
    })

    // a response must start within REQUEST_TIMEOUT_MS (a hung database cannot hold a client forever);
    // a streamed export that has started is not cut off. First hooks, so the timer stops before any other onSend work
    if (REQUEST_TIMEOUT_MS > 0) {
      const timers = new WeakMap<object, NodeJS.Timeout>()
      fastify.addHook('onRequest', async (req, reply) => {
        const timer = setTimeout(() => {
          if (reply.sent || reply.raw.headersSent) return
          req.log.warn({ timeoutMs: REQUEST_TIMEOUT_MS }, 'request timed out')
          const detail = `No response could be prepared within ${REQUEST_TIMEOUT_MS} ms; retry later.`
          reply.send(new AppError('SERVICE_UNAVAILABLE', detail))
        }, REQUEST_TIMEOUT_MS)
        timers.set(req, timer)
      })
      const clear = async (req: object) => clearTimeout(timers.get(req))
      fastify.addHook('onSend', async (req, _reply, payload) => {
        await clear(req)
        return payload
      })
      fastify.addHook('onResponse', clear)
    }

    const security = securityHeaders({
      contentSecurityPolicy,
      // the API is meant to be called from other origins (CORS decides who): don't block those reads
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    })
    fastify.addHook('onRequest', (_req, reply, done) => {
      reply.headers(security)
      done()
    })

    if (RATE_LIMIT_MAX > 0) {
      await fastify.register(rateLimit, {
        max: RATE_LIMIT_MAX,
        timeWindow: RATE_LIMIT_WINDOW_MS,
        // per API key when a valid one is presented, else per client IP (behind a proxy: set TRUST_PROXY)
        keyGenerator: (req) => {
          const key = fastify.hasDecorator('apiKeyOf') ? fastify.apiKeyOf(req) : null
          return key ? `key:${key.name}` : `ip:${req.ip}`
        },
        enableDraftSpec: true, // RateLimit-Limit / -Remaining / -Reset, and Retry-After on 429
        errorResponseBuilder: (_req, ctx) =>
          Object.assign(
            new AppError('RATE_LIMITED', `Rate limit of ${ctx.max} requests per ${ctx.after} exceeded; retry later.`),
            { statusCode: 429 },
          ),
      })
    }

    await fastify.register(cors, {
      origin: CORS_ORIGINS.includes('*') ? '*' : CORS_ORIGINS,
      methods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'Link', 'Content-Disposition', 'X-Request-Id', 'Retry-After', 'RateLimit-Limit',
        'RateLimit-Remaining', 'RateLimit-Reset'],
      maxAge: 600,
    })
    await fastify.register(etag, { weak: true })
    await fastify.register(compress, { global: true, encodings: ['br', 'gzip', 'deflate'], threshold: 1024 })
    // overload → a 503 error with Retry-After, rendered as problem+json by the error handler
    await fastify.register(underPressure, { maxEventLoopDelay: 2000, retryAfter: 5 })

    fastify.addHook('onSend', async (req, reply, payload) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && (reply.statusCode < 300 || reply.statusCode === 304)) {
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', `public, max-age=${CACHE_MAX_AGE}`)
        // shared caches must keep JSON/CSV/NDJSON and each compression apart
        if (/\bpublic\b/.test(String(reply.getHeader('cache-control')))) vary(reply, 'Accept', 'Accept-Encoding')
      }
      return payload
    })
  },
  { name: 'http', dependencies: ['config', 'errors'] },
)
