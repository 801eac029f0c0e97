import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase, dropDatabase, listDatabases, migrate, withDatabase } from './admin.ts'
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded.ts'

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

/** Durability is pointless for a server whose data is deleted at the end: faster tests. */
export const throwawaySettings = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }

export interface Throwaway {
  /** a URL on the server (its maintenance database) */
  server: string
  /** creates a database (empty and migrated, or a copy of `template`) that close() drops */
  create(name: string, opts?: { template?: string }): Promise<string>
  /** drops every database created and stops the embedded server, if any */
  close(): Promise<void>
}

/**
 * Databases for tests and benchmarks: on the server of `serverUrl` when given, otherwise on a
 * throwaway embedded PostgreSQL in a temporary folder. Nothing outlives close().
 */
export async function openThrowaway(
  serverUrl: string | undefined,
  opts: { sweepPrefix?: string; log?: (m: string) => void } = {},
): Promise<Throwaway> {
  const log = opts.log ?? (() => {})
  let embedded: EmbeddedServer | null = null
  let dir: string | null = null
  if (!serverUrl) {
    dir = mkdtempSync(join(tmpdir(), 'parley-pg-'))
    chmodSync(dir, 0o711) // as root the server runs as `postgres`, which must reach its data folder in here
    const port = await freePort()
    log(`starting a throwaway embedded PostgreSQL on port ${port}`)
    embedded = await startEmbeddedPostgres({ dir: join(dir, 'data'), port, log, settings: throwawaySettings })
    serverUrl = embedded.url('postgres')
  }
  const server = serverUrl
  const created: string[] = []
  return {
    server,
    async create(name, opts = {}) {
      const url = withDatabase(server, name)
      await createDatabase(url, opts.template)
      created.push(url)
      if (!opts.template) await migrate(url)
      return url
    },
    async close() {
      // databases the tests made themselves and could not drop (a crashed test) go too
      const leftovers = opts.sweepPrefix
        ? (await listDatabases(server, opts.sweepPrefix)).map((name) => withDatabase(server, name))
        : []
      for (const url of [...new Set([...leftovers, ...created.reverse()])]) {
        await dropDatabase(url).catch((err) => log(`could not drop ${url}: ${err}`))
      }
      await embedded?.stop().catch(() => {})
      if (dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}
