// The ceiling of a benchmark: Fastify with one route and nothing else, in a process of its own.
// `node --import tsx scripts/bench/bare-server.ts` with PORT (and HOST) set.
import Fastify from 'fastify'

const app = Fastify({ logger: false })
app.get('/hello', async () => ({ hello: 'world' }))
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 3116) })
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => app.close().then(() => process.exit(0)))
