// Running the project's scripts as a user would (`npm start`, `npm run seed`) and watching their output.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * The environment for a child process running the project's TypeScript through tsx: this one's, with
 * `extra`, the child and its children collecting no coverage (tap's processinfo still tracks them).
 * tsx compiles the sources differently from the test runner's loader, and V8 ranges of two
 * compilations of one file merge into a wrong report (the suite's 94% read as 83–89%); the children's
 * code is covered by the in-process tests.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, _TAPJS_PROCESSINFO_COV_EXCLUDE_: '/./', ...extra }
}

export interface Running {
  pid: number
  exited: Promise<number | null>
  output(): string
  /** resolves with the first match of `re` in the output, or rejects if the process exits first / after `ms` */
  waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray>
  kill(signal?: NodeJS.Signals): void
}

/**
 * Runs `script` (scripts/<script>.ts) the way its npm script does (`node --import tsx …`), or through
 * npm itself with `viaNpm`, in the project folder with `env` added to the environment.
 */
export function run(script: 'start' | 'seed', env: Record<string, string>, opts: { viaNpm?: boolean } = {}): Running {
  const [cmd, args] = opts.viaNpm
    ? ['npm', ['run', '--silent', script]]
    : [process.execPath, ['--import', 'tsx', `scripts/${script}.ts`]]
  const child = spawn(cmd as string, args as string[], {
    cwd: root,
    env: childEnv({ LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const listeners = new Set<() => void>()
  const onData = (d: Buffer) => {
    out += d
    for (const l of listeners) l()
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  let code: number | null | undefined
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (c, signal) => {
      code = c ?? (signal ? null : c)
      for (const l of listeners) l()
      resolve(c)
    }),
  )
  return {
    pid: child.pid!,
    exited,
    output: () => out,
    waitFor(re, ms = 120_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = re.exec(out)
          if (m) done(() => resolve(m))
          else if (code !== undefined) done(() => reject(new Error(`exited (${code}) before ${re}:\n${out}`)))
        }
        const timer = setTimeout(() => done(() => reject(new Error(`no ${re} within ${ms} ms:\n${out}`))), ms)
        const done = (fn: () => void) => {
          clearTimeout(timer)
          listeners.delete(check)
          fn()
        }
        listeners.add(check)
        check()
      })
    },
    kill: (signal = 'SIGTERM') => {
      try {
        child.kill(signal)
      } catch {}
    },
  }
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The API's base URL from Fastify's "Server listening at" line. */
export const listening = async (app: Running) => (await app.waitFor(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/))[1]!
