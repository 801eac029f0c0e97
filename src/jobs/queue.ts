// The PostgreSQL-backed queue (pg-boss 10, in the `pgboss` schema of the app's database): one queue
// message per job item. Jobs and their items live in our own tables (`jobs`, `job_items`), written
// in the same transaction as the queue messages, so an acknowledged (202) item is never lost: a
// worker that dies mid-item leaves its message active until it expires, and pg-boss hands it to
// another worker. Working an item is idempotent (an item not pending is skipped). A message that has
// used up its tries (thrown or expired) goes to the gave-up queue, whose worker marks its item failed,
// itself retried until that write lands: an item never stays pending after its last try.
import PgBoss from 'pg-boss'
import type postgres from 'postgres'

export const ITEMS_QUEUE = 'parley-job-items'
/** pg-boss's dead letter queue of ITEMS_QUEUE: messages whose tries are used up */
export const GAVE_UP_QUEUE = 'parley-job-items-gave-up'

export interface ItemMessage { job: string; line: number }

export interface QueueSettings {
  /** an item not finished this long after a worker took it goes to another worker */
  expireSeconds: number
  /** how often expired items are looked for */
  maintenanceSeconds: number
  retryLimit: number
}

export const defaultQueueSettings: QueueSettings = { expireSeconds: 300, maintenanceSeconds: 30, retryLimit: 5 }

/** A started pg-boss on `url`, with the items queue created. */
export async function startQueue(url: string, settings: QueueSettings = defaultQueueSettings): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: 'pgboss',
    application_name: 'parley-queue',
    max: 4,
    schedule: false,
    expireInSeconds: settings.expireSeconds,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    retryLimit: settings.retryLimit,
    retryDelay: 1,
  })
  boss.on('error', () => {}) // reported by the operation that failed; a lost connection is retried by pg-boss
  await boss.start()
  await boss.createQueue(GAVE_UP_QUEUE)
  await boss.createQueue(ITEMS_QUEUE, { name: ITEMS_QUEUE, deadLetter: GAVE_UP_QUEUE })
  // a queue created before the gave-up queue existed
  await boss.updateQueue(ITEMS_QUEUE, { name: ITEMS_QUEUE, deadLetter: GAVE_UP_QUEUE })
  return boss
}

/** pg-boss's database interface over a postgres.js transaction: its messages commit with our rows. */
export const inTransaction = (tx: postgres.TransactionSql): PgBoss.Db => ({
  executeSql: async (text, values) => {
    // pg-boss is written for node-postgres: undefined is NULL there (postgres.js refuses it), and its
    // insert sends the jobs as a JSON text for a json parameter, which postgres.js would encode again
    // as a JSON string: it gets the parsed value, encoded once. (Used for boss.insert only.)
    const param = (v: unknown) =>
      v === undefined ? null : typeof v === 'string' && /^\s*\[/.test(v) ? (JSON.parse(v) as unknown) : v
    const params = (values ?? []).map(param) as postgres.ParameterOrJSON<never>[]
    return { rows: await tx.unsafe(text, params) }
  },
})

/** Enqueues one message per item, in the caller's transaction. */
export async function enqueueItems(boss: PgBoss, tx: postgres.TransactionSql, job: string, lines: number[]) {
  for (let i = 0; i < lines.length; i += 1000) {
    const batch = lines.slice(i, i + 1000).map((line) => ({ name: ITEMS_QUEUE, data: { job, line } }))
    await boss.insert(batch, { db: inTransaction(tx) })
  }
}
