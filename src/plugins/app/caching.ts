// HTTP caching by data version (src/caching): every cacheable GET carries
// `ETag: W/"<data version>-<hash of route, URL and representation>"` (no body is hashed), a request
// whose If-None-Match names it is a 304 without running the handler, and whole JSON responses are
// kept in an in-process LRU cache valid for their data version. The version is read fresh for each
// request (reads shared between concurrent requests), so after any write commits, the next request
// gets the new data: the cache needs no TTL and is never stale.
import fp from 'fastify-plugin'
import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { createSql } from '../../db/sql.ts'
import { dbSettings, postgresJsOptions } from '../../db/connection.ts'
import {
  createDataVersion, listenedDataVersion, versionReader, type DataVersion,
} from '../../caching/data-version.ts'
import { createResponseCache, type CachedResponse, type ResponseCache } from '../../caching/response-cache.ts'

declare module 'fastify' {
  interface FastifyInstance {
    dataVersion: DataVersion
    responseCache: ResponseCache
  }
  interface FastifyRequest {
    cacheKey?: { key: string; version: string; etag: string; hit: boolean; release?: () => void }
  }
  interface FastifyContextConfig {
    /** false: never cached nor given a version ETag (answers that change without a data change) */
    cache?: boolean | ((req: FastifyRequest) => boolean)
  }
}

/** GET routes whose answer is a function of the data version and the request alone. */
const CACHEABLE = new Set([
  '/v1/events', '/v1/events/:id', '/v1/statements', '/v1/statements/:id', '/v1/actors', '/v1/actors/:id',
  '/v1/actors/:id/events', '/v1/actors/:id/statements', '/v1/articles', '/v1/articles/:id',
  '/v1/stats/timeline', '/v1/stats/dyads', '/v1/stats/actors', '/v1/changes',
])

/** The application_name of the connection that reads the data version. */
export const VERSION_READER = 'parley-api-version'

/** Bumped when the shape of answers changes, so ETags from an older build never match. */
const REPRESENTATION = 'parley-1'

function cacheable(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const route = req.routeOptions.url
  if (route === undefined || !CACHEABLE.has(route)) return false
  const flag = req.routeOptions.config.cache
  if (flag === false) return false
  if (typeof flag === 'function' && !flag(req)) return false
  // the change feed's first page computes `until` from the clock; later pages carry it in their cursor
  if (route === '/v1/changes') return /[?&]cursor=/.test(req.url)
  return true
}

/** JSON answers, which the cache keeps (an export is a stream: requests for one are not made to wait). */
const coalescable = (req: FastifyRequest) =>
  !/[?&]format=(csv|ndjson)\b/.test(req.url) && !/text\/csv|ndjson|jsonl/.test(req.headers.accept ?? '')

/** The size from which the http plugin compresses (its `threshold`). */
const COMPRESS_THRESHOLD = 1024

/** Does Accept-Encoding allow gzip (named without q=0)? */
function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [name, ...params] = part.split(';').map((p) => p.trim())
    if (name?.toLowerCase() !== 'gzip') return false
    const q = params.find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/** Does If-None-Match (a list, or *) name `etag`? Weak comparison, as RFC 9110 says for GET. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((t) => {
    const tag = t.trim()
    return tag === '*' || tag.replace(/^W\//, '') === bare
  })
}

export default fp(
  async (fastify) => {
    const config = fastify.config
    // its own connection: version reads never queue behind slow queries on the main pool
    const options = postgresJsOptions(dbSettings(config))
    const sql = createSql(config.DATABASE_URL!, {
      ...options, max: 1, connection: { ...options.connection, application_name: VERSION_READER },
    })
    fastify.addHook('onClose', async () => {
      await sql.end({ timeout: 5 })
    })
    const cache = createResponseCache(config.RESPONSE_CACHE_BYTES)
    const onChange = (v: string) => cache.onVersion(v)
    let version: DataVersion
    if (config.CACHE_CONSISTENCY === 'notify') {
      const listened = await listenedDataVersion(sql, onChange)
      fastify.addHook('preClose', async () => listened.stop())
      version = listened
    } else {
      version = createDataVersion(versionReader(sql), onChange)
    }
    fastify.decorate('dataVersion', version)
    fastify.decorate('responseCache', cache)

    const tag = (v: string, key: string) =>
      `W/"${v}-${createHash('sha1').update(REPRESENTATION).update(key).digest('base64url').slice(0, 16)}"`

    const notModified = (reply: FastifyReply) => reply.code(304).send()
    const serve = (req: FastifyRequest, reply: FastifyReply, key: string, hit: CachedResponse) => {
      reply.headers(hit.headers)
      // gzip made once per entry, not by the compression plugin on every answer (it skips an encoded body)
      if (hit.body.length >= COMPRESS_THRESHOLD && acceptsGzip(req.headers['accept-encoding'])) {
        reply.header('content-encoding', 'gzip')
        return reply.send(cache.gzipped(key, hit))
      }
      return reply.send(hit.body)
    }

    /**
     * Identical requests that miss together are computed once: the first computes, the others wait
     * for it and are answered from the cache (50 clients asking for a new timeline make one query).
     */
    const inflight = new Map<string, Promise<void>>()
    const lead = (flight: string) => {
      let done!: () => void
      inflight.set(flight, new Promise<void>((resolve) => { done = resolve }))
      return () => {
        if (inflight.get(flight)) inflight.delete(flight)
        done()
      }
    }

    // after every onRequest hook (security headers, rate limit, timers): answer from the version
    fastify.addHook('preParsing', async (req, reply, payload) => {
      if (!cacheable(req)) return payload
      let v: string
      try {
        v = await version.fresh()
      } catch {
        return payload // the database is unreachable: the handler will say so
      }
      const key = `${req.url}\n${req.headers.accept ?? ''}`
      let hit = cache.get(key, v)
      const etag = hit?.etag ?? tag(v, key)
      reply.header('etag', etag)
      if (!hit && config.RESPONSE_CACHE_BYTES > 0 && coalescable(req)) {
        const flight = `${v}\n${key}`
        const leader = inflight.get(flight)
        if (leader) {
          await leader
          hit = cache.get(key, v)
        } else {
          req.cacheKey = { key, version: v, etag, hit: false, release: lead(flight) }
          return payload
        }
      }
      req.cacheKey = { key, version: v, etag, hit: hit !== undefined }
      if (hit) {
        if (matches(req.headers['if-none-match'], etag)) return notModified(reply)
        return serve(req, reply, key, hit)
      }
      return payload
    })
    const release = async (req: FastifyRequest) => req.cacheKey?.release?.()
    fastify.addHook('onResponse', release)
    fastify.addHook('onRequestAbort', release)

    // after validation: a request naming the current ETag needs no work (an invalid one got its 400)
    fastify.addHook('preHandler', async (req, reply) => {
      const k = req.cacheKey
      if (k && !k.hit && matches(req.headers['if-none-match'], k.etag)) return notModified(reply)
    })

    // before compression (this plugin is registered before the http plugin): keep the JSON as sent
    fastify.addHook('onSend', async (req, reply, payload) => {
      const k = req.cacheKey
      if (!k || k.hit || req.method !== 'GET' || reply.statusCode !== 200) return payload
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
      const contentType = String(reply.getHeader('content-type') ?? '')
      if (!contentType.startsWith('application/json')) return payload
      const link = reply.getHeader('link')
      const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload)
      const headers: Record<string, string> = { 'content-type': contentType }
      if (link) headers.link = String(link)
      cache.set(k.key, { version: k.version, body, etag: k.etag, headers })
      k.release?.()
      return body
    })
  },
  { name: 'caching', dependencies: ['config', 'db'] },
)
