// `npm run seed`: extract data/articles and sync them into the database (embedded unless DATABASE_URL
// is set; an embedded server that `npm start` is running is used as it is). Exit code: 0 all seeded,
// 2 seeded except the quarantined articles it lists, 1 failed (nothing changed).
import { loadConfigOrExit } from '../src/config.ts'
import { openDatabase } from '../src/db/bootstrap.ts'
import { createLifecycle } from '../src/lifecycle.ts'
import { seed, formatSummary, formatQuarantine } from '../src/seed/seed.ts'
import { describeStartError } from '../src/start-errors.ts'

const log = (msg: string) => console.error(`[parley] ${msg}`)

const config = loadConfigOrExit(log)

const lifecycle = createLifecycle({ log, hardDeadlineMs: 120_000 })
let code = 1
try {
  const db = await openDatabase(config, log)
  lifecycle.onShutdown(() => db.stop())
  const summary = await seed({ url: db.url, articlesDir: config.ARTICLES_DIR })
  console.log(formatSummary(summary))
  for (const line of formatQuarantine(summary)) log(line)
  code = summary.quarantined.length ? 2 : 0
} catch (err) {
  log(`seed failed: ${describeStartError(err)}`)
}
await lifecycle.exit(code)
