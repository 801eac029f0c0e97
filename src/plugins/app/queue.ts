import fp from 'fastify-plugin'
import type PgBoss from 'pg-boss'
import type { Config } from '../../config.ts'
import { startQueue, type QueueSettings } from '../../jobs/queue.ts'
import { startWorkers } from '../../jobs/worker.ts'
import { createJobsRepository } from '../../repositories/jobs-repository.ts'
import { createJobsService, type JobsService } from '../../services/jobs-service.ts'

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobsService
  }
}

export const queueSettings = (c: Config): QueueSettings =>
  ({ expireSeconds: c.QUEUE_EXPIRE_SECONDS, maintenanceSeconds: c.QUEUE_MAINTENANCE_SECONDS, retryLimit: 5 })

/**
 * Jobs (bulk ingest, re-extraction) on the pg-boss queue. pg-boss starts when the app is ready if this
 * process works jobs (WORKER, the default), else on the first job asked for; it stops (letting the
 * item in hand finish) when the app closes.
 */
export default fp(
  async (fastify) => {
    const { config } = fastify
    let boss: Promise<PgBoss> | undefined
    const queue = () => {
      boss ??= startQueue(config.DATABASE_URL!, queueSettings(config))
      boss.catch(() => {
        boss = undefined // retried by the next request
      })
      return boss
    }
    fastify.decorate('jobs', createJobsService(createJobsRepository(fastify.sql), fastify.ingest, queue))
    if (config.WORKER) {
      fastify.addHook('onReady', async () => {
        await startWorkers(await queue(), fastify.jobs, config.WORKER_CONCURRENCY)
      })
    }
    fastify.addHook('onClose', async () => {
      const started = await boss?.catch(() => undefined)
      await started?.stop({ graceful: true, wait: true, timeout: 10_000 })
    })
  },
  { name: 'queue', dependencies: ['db', 'ingest'] },
)
