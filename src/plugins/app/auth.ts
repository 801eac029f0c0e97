import fp from 'fastify-plugin'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../errors.ts'
import { allows, bearerToken, findKey, parseApiKeys, type ApiKey, type Role } from '../../lib/api-keys.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** the API key a request presents (null: none, or not a configured one); computed once per request */
    apiKeyOf(req: FastifyRequest): ApiKey | null
    /** an onRequest hook: 401 without a valid key, 403 when the key's role is below `role` */
    requireKey(role: Role): (req: FastifyRequest, reply: FastifyReply) => Promise<void>
  }
}

/** The OpenAPI security requirement of a route that needs a key. */
export const bearerSecurity = [{ bearerAuth: [] as string[] }]

/**
 * Access: write routes need `Authorization: Bearer <key>` with a key from API_KEYS (hashed, compared in
 * constant time); GET routes under /v1 too when READS_REQUIRE_KEY. 401 (with WWW-Authenticate) when
 * no valid key is presented, 403 when its role is not enough. The header is redacted from logs (server.ts).
 */
export default fp(
  async (fastify) => {
    const keys = parseApiKeys(fastify.config.API_KEYS ?? '')
    const seen = new WeakMap<FastifyRequest, ApiKey | null>()

    fastify.decorate('apiKeyOf', (req: FastifyRequest) => {
      if (seen.has(req)) return seen.get(req)!
      const token = bearerToken(req.headers.authorization)
      const key = token === null ? null : findKey(keys, token)
      seen.set(req, key)
      return key
    })

    fastify.decorate('requireKey', (role: Role) => async (req: FastifyRequest, reply: FastifyReply) => {
      const key = fastify.apiKeyOf(req)
      if (!key) {
        const presented = req.headers.authorization !== undefined
        const challenge = presented ? 'Bearer realm="parley", error="invalid_token"' : 'Bearer realm="parley"'
        reply.header('www-authenticate', challenge)
        const detail = !keys.length
          ? 'This server has no API keys configured (API_KEYS), so it accepts no writes.'
          : presented
            ? 'The Authorization header does not carry a valid API key (Authorization: Bearer <key>).'
            : 'This operation needs an API key: send Authorization: Bearer <key>.'
        throw new AppError('UNAUTHORIZED', detail)
      }
      if (!allows(key.role, role)) {
        throw new AppError('FORBIDDEN', `The key '${key.name}' has the role ${key.role}; this operation needs ${role}.`)
      }
    })

    if (fastify.config.READS_REQUIRE_KEY) {
      const readKey = fastify.requireKey('read')
      fastify.addHook('onRequest', async (req, reply) => {
        const path = req.url.split('?')[0]!
        if ((req.method === 'GET' || req.method === 'HEAD') && path.startsWith('/v1/')) await readKey(req, reply)
      })
    }
  },
  { name: 'auth', dependencies: ['config', 'errors'] },
)
