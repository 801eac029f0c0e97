import type { Config } from '../config.ts'
import { ensureDatabase, migrate } from './admin.ts'
import { startEmbeddedPostgres } from './embedded.ts'

export interface Database {
  url: string
  /** stops the embedded server, if one was started */
  stop(): Promise<void>
}

/**
 * The database `npm start` and `npm run seed` use: DATABASE_URL when set, otherwise an embedded
 * PostgreSQL whose data is kept in PG_DATA_DIR; created if missing, then migrated.
 */
export async function openDatabase(config: Config, log: (msg: string) => void = () => {}): Promise<Database> {
  let url = config.DATABASE_URL
  let stop = async () => {}
  if (!url) {
    log(`starting embedded PostgreSQL (data in ${config.PG_DATA_DIR}, port ${config.PG_PORT})`)
    const server = await startEmbeddedPostgres({
      dir: config.PG_DATA_DIR, port: config.PG_PORT, runtimeDir: config.PG_RUNTIME_DIR, log,
    })
    url = server.url('parley')
    stop = () => server.stop()
  }
  try {
    await ensureDatabase(url)
    await migrate(url)
  } catch (err) {
    await stop()
    throw err
  }
  return { url, stop }
}
