// HTTP throughput of the main endpoints against the real app on a seeded database, each as a ratio
// of GET /health measured in the same run (the cost of Fastify + the network path alone).
import autocannon from 'autocannon'
import Fastify from 'fastify'
import app, { fastifyOptions } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'

export interface HttpResult {
  path: string
  requestsPerSecond: number
  p50ms: number
  p99ms: number
  ratio: number
  errors: number
}

const paths = [
  '/health',
  '/v1/articles',
  '/v1/events?limit=50',
  '/v1/events?dyad=united-states,russia&from=2000-01-01',
  '/v1/events?q=missile%20defense',
  '/v1/actors?q=putin',
  '/v1/actors/vladimir-putin/statements',
  '/v1/stats/timeline?interval=month',
  '/v1/events?format=csv',
]

export async function benchHttp(databaseUrl: string, seconds = 4, connections = 10): Promise<HttpResult[]> {
  const server = Fastify(fastifyOptions)
  await server.register(app, { config: { ...loadConfig({}), DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' } })
  await server.listen({ host: '127.0.0.1', port: 0 })
  const { port } = server.server.address() as { port: number }
  const results: HttpResult[] = []
  try {
    for (const path of paths) {
      const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration: seconds })
      const base = results[0]?.requestsPerSecond ?? r.requests.average
      results.push({
        path,
        requestsPerSecond: Math.round(r.requests.average),
        p50ms: r.latency.p50,
        p99ms: r.latency.p99,
        ratio: Number((r.requests.average / base).toFixed(3)),
        errors: r.errors + r.non2xx,
      })
    }
  } finally {
    await server.close()
  }
  return results
}
