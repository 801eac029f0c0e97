// The peer: Platformatic DB (@platformatic/db 2.x, the last line that runs on Node 20) serving the
// same tables over REST, started from a throwaway config as its own process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer, type Server } from './processes.ts'

const cli = fileURLToPath(new URL('../../node_modules/@platformatic/db/db.mjs', import.meta.url))

export async function startPlatformatic(databaseUrl: string, port: number, log: (m: string) => void): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-plt-'))
  const config = {
    server: { hostname: '127.0.0.1', port, logger: { level: 'warn' } },
    db: {
      connectionString: databaseUrl,
      graphql: false,
      openapi: true,
      ignore: { _prisma_migrations: true },
    },
    watch: false,
  }
  writeFileSync(join(dir, 'platformatic.json'), JSON.stringify(config, null, 2))
  try {
    const server = await startServer({
      name: 'Platformatic DB',
      args: [cli, 'start', '-c', join(dir, 'platformatic.json')],
      env: { ...process.env, NODE_ENV: 'production' },
      cwd: dir,
      readyUrl: `http://127.0.0.1:${port}/events?limit=1`,
      log,
    })
    return { ...server, stop: () => server.stop().finally(() => rmSync(dir, { recursive: true, force: true })) }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
}
