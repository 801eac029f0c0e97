// An orderly end for the start and seed scripts. On SIGINT, SIGTERM or SIGHUP, on a crash, or when
// the `npm` that launched the process is killed (npm does not pass SIGTERM on: the process would be
// left running on its own), the registered cleanups run, last registered first (e.g. drain the HTTP
// server, then stop the embedded PostgreSQL), and the process exits with a code that tells what happened.

export interface Lifecycle {
  /** runs `fn` at shutdown; cleanups run in reverse order of registration; a throw makes the exit code 1 */
  onShutdown(fn: (reason: string) => Promise<void> | void): void
  /** runs the cleanups, then exits with `code` (or 1 if a cleanup failed) */
  exit(code: number, reason?: string): Promise<never>
  readonly closing: boolean
}

export interface LifecycleOptions {
  log: (msg: string) => void
  /** after this long the process exits with code 1 whatever is still running */
  hardDeadlineMs: number
}

export function createLifecycle(opts: LifecycleOptions): Lifecycle {
  const cleanups: ((reason: string) => Promise<void> | void)[] = []
  let closing = false

  async function shutdown(reason: string, code: number): Promise<never> {
    if (closing) {
      opts.log(`${reason} while closing: exiting now`)
      process.exit(code || 1)
    }
    closing = true
    setTimeout(() => {
      opts.log(`shutdown did not finish within ${opts.hardDeadlineMs} ms: exiting`)
      process.exit(1)
    }, opts.hardDeadlineMs).unref()
    for (const fn of cleanups.reverse()) {
      try {
        await fn(reason)
      } catch (err) {
        opts.log(`during shutdown: ${(err as Error)?.message ?? err}`)
        code ||= 1
      }
    }
    process.exit(code)
  }

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => shutdown(signal, 0))
  }
  process.on('uncaughtException', (err) => {
    opts.log(`uncaught exception: ${err?.stack ?? err}`)
    shutdown('uncaught exception', 1)
  })
  process.on('unhandledRejection', (err) => {
    opts.log(`unhandled rejection: ${(err as Error)?.stack ?? err}`)
    shutdown('unhandled rejection', 1)
  })
  // started by `npm start`/`npm run`: if npm is killed, its shell goes and we are re-parented
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid
    setInterval(() => {
      if (process.ppid !== parent) shutdown('parent npm process gone', 0)
    }, 1000).unref()
  }

  return {
    onShutdown: (fn) => { cleanups.push(fn) },
    exit: (code, reason = 'done') => shutdown(reason, code),
    get closing() {
      return closing
    },
  }
}
