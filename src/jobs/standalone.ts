// The write services without the HTTP server: for `npm run worker` and `npm run reextract`.
import type PgBoss from 'pg-boss'
import type { Config } from '../config.ts'
import { createSql } from '../db/sql.ts'
import { dbSettings, postgresJsOptions } from '../db/connection.ts'
import { createArticlesRepository } from '../repositories/articles-repository.ts'
import { createIngestRepository } from '../repositories/ingest-repository.ts'
import { createJobsRepository } from '../repositories/jobs-repository.ts'
import { createIngestService } from '../services/ingest-service.ts'
import { createJobsService } from '../services/jobs-service.ts'
import { CODER_VERSION } from '../pipeline/types.ts'
import { startQueue } from './queue.ts'
import { queueSettings } from '../plugins/app/queue.ts'

export function writeServices(url: string, config: Config) {
  const sql = createSql(url, postgresJsOptions(dbSettings(config)))
  const ingest = createIngestService(createIngestRepository(sql), createArticlesRepository(sql))
  let boss: Promise<PgBoss> | undefined
  const queue = () => (boss ??= startQueue(url, queueSettings(config)))
  const jobs = createJobsService(createJobsRepository(sql), ingest, queue)
  return {
    sql, ingest, jobs, queue,
    async close() {
      const started = await boss?.catch(() => undefined)
      await started?.stop({ graceful: true, wait: true, timeout: 10_000 })
      await sql.end({ timeout: 5 })
    },
  }
}

export interface ReextractSummary { articles: number; removed: { event: number; statement: number; actor: number } }

/** Re-extracts, one transaction each, every article not coded by the current coder (every one with `force`). */
export async function reextractAll(
  ingest: ReturnType<typeof writeServices>['ingest'], force = false, progress?: (done: number, total: number) => void,
): Promise<ReextractSummary> {
  const ids = await ingest.staleArticles(CODER_VERSION, force)
  const removed = { event: 0, statement: 0, actor: 0 }
  for (const [i, id] of ids.entries()) {
    const r = await ingest.reextract(id)
    removed.event += r.event.length
    removed.statement += r.statement.length
    removed.actor += r.actor.length
    progress?.(i + 1, ids.length)
  }
  return { articles: ids.length, removed }
}
