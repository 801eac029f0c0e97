// As root with the project in a folder only root may enter (e.g. cloned into /root), PostgreSQL
// (which refuses to run as root) runs as the `postgres` user, which cannot reach the programs or the
// data folder there: `spawn …/initdb EACCES` before. The programs and data move to PG_RUNTIME_DIR.
import t from 'tap'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { canRun, fromRoot, packagedBinaries, postgresUser } from '../src/db/embedded-binaries.ts'
import { startEmbeddedPostgres } from '../src/db/embedded.ts'
import { freePort } from '../src/db/throwaway.ts'

const root = process.getuid?.() === 0 && process.platform === 'linux'

const skip = !root && 'runs as root on Linux only'
t.test('as root, a project in a root-only folder still gets its embedded PostgreSQL', { skip }, async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'parley-root-home-')) // like /root: 0700, owned by root
  const runtime = mkdtempSync(join(tmpdir(), 'parley-runtime-'))
  chmodSync(runtime, 0o755)
  t.teardown(() => {
    rmSync(home, { recursive: true, force: true })
    rmSync(runtime, { recursive: true, force: true })
  })
  chmodSync(home, 0o700)
  const packaged = packagedBinaries()
  const project = join(home, 'parley')
  mkdirSync(project)
  cpSync(packaged.root, join(project, 'native'), { recursive: true, verbatimSymlinks: true })
  const binaries = fromRoot(join(project, 'native'), packaged.version)
  t.notOk(canRun(binaries, postgresUser()), 'the postgres user cannot run programs under a root-only folder')

  const logs: string[] = []
  const server = await startEmbeddedPostgres({
    dir: join(project, '.data', 'pg'), port: await freePort(), binaries, runtimeDir: runtime, log: (m) => logs.push(m),
  })
  t.teardown(() => server.stop())
  t.ok(server.dataDir.startsWith(runtime), `data kept in ${server.dataDir}`)
  t.match(logs.join('\n'), /cannot reach .*\.data\/pg; its data is kept in/, 'the move is explained')
  const copied = join(runtime, `postgresql-${packaged.version}-linux-${process.arch}`, 'bin', 'postgres')
  t.ok(existsSync(copied), 'programs copied')
  const sql = postgres(server.url('postgres'), { max: 1, onnotice: () => {} })
  t.same(await sql`SELECT 1 AS one`, [{ one: 1 }])
  await sql.end()
  await server.stop()
  t.equal(server.pid, 0)
})
