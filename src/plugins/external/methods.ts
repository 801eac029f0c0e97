import fp from 'fastify-plugin'
import { sendProblem } from './errors.ts'

/** A route path (`/v1/events/:id`, `/docs/static/*`) as a matcher of request paths. */
const matcher = (url: string) => {
  const pattern = url
    .split(/(:[A-Za-z0-9_]+|\*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${pattern.replace(/\/$/, '')}/?$`)
}

/**
 * Knows which methods each path answers, for the error handler's 405 (with `Allow`) instead of a
 * 404 when the path exists, and answers a bare OPTIONS (not a CORS preflight) with 204 and `Allow`.
 * Register before any route.
 */
export default fp(
  async (fastify) => {
    const routes: { methods: Set<string>; match: RegExp }[] = []
    fastify.addHook('onRoute', (route) => {
      if (route.url === '*' || route.url === '/*') return // catch-alls (the CORS preflight route) say nothing
      const methods = [route.method].flat()
      const all = methods.includes('GET') ? [...methods, 'HEAD'] : methods
      routes.push({ methods: new Set(all), match: matcher(route.url) })
    })

    const allowedMethods = (path: string) => {
      const found = new Set<string>()
      for (const r of routes) if (path === '*' || r.match.test(path)) r.methods.forEach((m) => found.add(m))
      if (found.size) found.add('OPTIONS')
      const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
      return [...found].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    }
    fastify.decorate('allowedMethods', allowedMethods)

    fastify.addHook('onRequest', async (req, reply) => {
      if (req.method !== 'OPTIONS' || (req.headers.origin && req.headers['access-control-request-method'])) return
      const path = req.url.split('?')[0]!
      const allowed = allowedMethods(path)
      if (!allowed.length) return sendProblem(reply, req, 'ROUTE_NOT_FOUND', `No endpoint ${path}`)
      return reply.code(204).header('allow', allowed.join(', ')).header('cache-control', 'no-store').send()
    })
  },
  { name: 'methods', dependencies: ['errors'] },
)
