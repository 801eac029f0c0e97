// `npm run seed`: extract data/articles and sync them into the database (embedded unless DATABASE_URL is set).
import { loadConfig } from '../src/config.ts'
import { openDatabase } from '../src/db/bootstrap.ts'
import { seed, formatSummary } from '../src/seed/seed.ts'

const db = await openDatabase(loadConfig(), (m) => console.error(`[parley] ${m}`))
try {
  console.log(formatSummary(await seed({ url: db.url })))
} catch (err) {
  console.error(`[parley] seed failed: ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await db.stop()
}
