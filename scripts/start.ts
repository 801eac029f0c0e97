// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → seed → API, and an
// orderly stop on SIGTERM/SIGINT: drain the API, close its pool, then stop the embedded PostgreSQL.
import { loadConfig, loadDotEnv, ConfigError } from '../src/config.ts'
import { openDatabase } from '../src/db/bootstrap.ts'
import { createLifecycle } from '../src/lifecycle.ts'
import { seed, formatSummary, formatQuarantine } from '../src/seed/seed.ts'
import { publicBase, startServer } from '../src/server.ts'
import { describeStartError } from '../src/start-errors.ts'

const log = (msg: string) => console.error(`[parley] ${msg}`)

let config
try {
  const envFile = loadDotEnv()
  config = loadConfig()
  if (envFile) log(`read settings from ${envFile}`)
} catch (err) {
  log(err instanceof ConfigError ? err.message : String(err))
  process.exit(1)
}

const lifecycle = createLifecycle({ log, hardDeadlineMs: config.SHUTDOWN_TIMEOUT_MS + 60_000 })
try {
  const db = await openDatabase(config, log)
  lifecycle.onShutdown(() => db.stop())
  if (config.SEED_ON_START) {
    const summary = await seed({ url: db.url, articlesDir: config.ARTICLES_DIR })
    log(formatSummary(summary))
    for (const line of formatQuarantine(summary)) log(line)
  }
  const server = await startServer({ ...config, DATABASE_URL: db.url }, lifecycle)
  const { port } = server.server.address() as { port: number }
  const base = publicBase(config, port)
  log(`dashboard at ${base}/ · API docs at ${base}/docs · OpenAPI at ${base}/openapi.json`)
} catch (err) {
  log(`failed to start: ${describeStartError(err)}`)
  await lifecycle.exit(1, 'start failed')
}
