// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → seed → API.
import { loadConfig, ConfigError } from '../src/config.ts'
import { openDatabase } from '../src/db/bootstrap.ts'
import { seed, formatSummary } from '../src/seed/seed.ts'
import { startServer } from '../src/server.ts'

const log = (msg: string) => console.error(`[parley] ${msg}`)

try {
  const config = loadConfig()
  const db = await openDatabase(config, log)
  try {
    if (config.SEED_ON_START) log(formatSummary(await seed({ url: db.url })))
    const server = await startServer({ ...config, DATABASE_URL: db.url }, db.stop)
    const origin = server.listeningOrigin.replace(/\/\/(0\.0\.0\.0|\[::\])(?=:)/, '//localhost')
    log(`dashboard at ${origin}/ · API docs at ${origin}/docs`)
  } catch (err) {
    await db.stop()
    throw err
  }
} catch (err) {
  log(err instanceof ConfigError ? err.message : `failed to start: ${(err as Error).stack ?? err}`)
  process.exit(1)
}
