import type PgBoss from 'pg-boss'
import { GAVE_UP_QUEUE, ITEMS_QUEUE, type ItemMessage } from './queue.ts'
import type { JobsService } from '../services/jobs-service.ts'

/**
 * Starts `concurrency` workers on the items queue and one on its gave-up queue in this process;
 * their ids (for boss.offWork).
 */
export async function startWorkers(boss: PgBoss, jobs: JobsService, concurrency: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < concurrency; i++) {
    ids.push(await boss.work<ItemMessage>(
      ITEMS_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 },
      async (messages) => {
        for (const m of messages) await jobs.work(m.data)
      },
    ))
  }
  ids.push(await boss.work<ItemMessage>(
    GAVE_UP_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 },
    async (messages) => {
      for (const m of messages) await jobs.gaveUp(m.data, m.retryLimit + 1) // the item's limit, copied
    },
  ))
  return ids
}
