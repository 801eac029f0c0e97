// `npm run reextract [-- --force]`: re-extracts every article whose records were not extracted by the
// current coder version (every article with --force), one transaction per article, with the changes
// reported in /v1/changes. Idempotent: a second run finds nothing to do. The same through the queue:
// POST /v1/admin/reextract.
import { loadConfigOrExit } from '../src/config.ts'
import { openDatabase } from '../src/db/bootstrap.ts'
import { createLifecycle } from '../src/lifecycle.ts'
import { reextractAll, writeServices } from '../src/jobs/standalone.ts'
import { CODER_VERSION } from '../src/pipeline/types.ts'
import { describeStartError } from '../src/start-errors.ts'

const log = (msg: string) => console.error(`[parley] ${msg}`)

const config = loadConfigOrExit(log)

const lifecycle = createLifecycle({ log, hardDeadlineMs: 60_000 })
let code = 1
try {
  const db = await openDatabase(config, log)
  lifecycle.onShutdown(() => db.stop())
  const services = writeServices(db.url, config)
  lifecycle.onShutdown(() => services.close())
  const s = await reextractAll(services.ingest, process.argv.includes('--force'))
  console.log(
    `re-extracted ${s.articles} articles with ${CODER_VERSION}; removed ${s.removed.event} events, ` +
      `${s.removed.statement} statements, ${s.removed.actor} actors`,
  )
  code = 0
} catch (err) {
  log(`reextract failed: ${describeStartError(err)}`)
}
await lifecycle.exit(code)
