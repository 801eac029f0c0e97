import type PgBoss from 'pg-boss'
import { ITEMS_QUEUE, type ItemMessage } from './queue.ts'
import type { JobsService } from '../services/jobs-service.ts'

/** Starts `concurrency` workers on the items queue in this process; their ids (for boss.offWork). */
export async function startWorkers(boss: PgBoss, jobs: JobsService, concurrency: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < concurrency; i++) {
    ids.push(await boss.work<ItemMessage>(
      ITEMS_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 },
      async (messages) => {
        for (const m of messages) await jobs.work({ data: m.data, retryCount: m.retryCount, retryLimit: m.retryLimit })
      },
    ))
  }
  return ids
}
