// `npm run worker`: works job items (bulk ingest, re-extraction) from the PostgreSQL queue, alongside
// any number of API processes and other workers. SIGTERM/SIGINT: the item in hand is finished, then
// it exits; an item of a worker that died is worked again by another after QUEUE_EXPIRE_SECONDS.
import { loadConfigOrExit } from '../src/config.ts'
import { openDatabase } from '../src/db/bootstrap.ts'
import { createLifecycle } from '../src/lifecycle.ts'
import { writeServices } from '../src/jobs/standalone.ts'
import { startWorkers } from '../src/jobs/worker.ts'
import { describeStartError } from '../src/start-errors.ts'

const log = (msg: string) => console.error(`[worker ${process.pid}] ${msg}`)

const config = loadConfigOrExit(log)

const lifecycle = createLifecycle({ log, hardDeadlineMs: 30_000 })
try {
  const db = await openDatabase(config, log)
  lifecycle.onShutdown(() => db.stop())
  const services = writeServices(db.url, config)
  lifecycle.onShutdown(() => services.close())
  await startWorkers(await services.queue(), services.jobs, config.WORKER_CONCURRENCY)
  log(`working job items (concurrency ${config.WORKER_CONCURRENCY})`)
} catch (err) {
  log(`worker failed: ${describeStartError(err)}`)
  await lifecycle.exit(1)
}
