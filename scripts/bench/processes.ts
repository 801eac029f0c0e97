// The servers a benchmark runs — Parley as users run it, the bare Fastify route, Platformatic DB —
// as child processes that are always stopped: on success, on failure, on Ctrl-C and on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

export interface Server {
  name: string
  pid: number
  url: string
  /** SIGTERM, then SIGKILL after 5 s; resolves when it has exited */
  stop(): Promise<void>
}

const children = new Set<ChildProcess>()

function killAll(signal: NodeJS.Signals) {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill(signal)
}

let installed = false
/** Makes sure no child outlives the benchmark (exit, Ctrl-C, SIGTERM, an uncaught error). */
export function installCleanup(log: (m: string) => void) {
  if (installed) return
  installed = true
  process.on('exit', () => killAll('SIGKILL'))
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the servers`)
      killAll('SIGTERM')
      setTimeout(() => process.exit(130), 3000).unref()
      Promise.all([...children].map((c) => new Promise((resolve) => c.once('exit', resolve)))).then(() =>
        process.exit(130),
      )
    })
  }
}

export interface StartOptions {
  name: string
  args: string[]
  env: NodeJS.ProcessEnv
  cwd?: string
  /** a URL answering 2xx once the server is up */
  readyUrl: string
  log: (m: string) => void
  timeoutMs?: number
}

/** Spawns `node …args` and waits until readyUrl answers 2xx; its stderr/stdout are kept for error reports. */
export async function startServer(o: StartOptions): Promise<Server> {
  const child = spawn(process.execPath, o.args, { env: o.env, cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  let output = ''
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20_000))
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      children.delete(child)
      resolve()
    }),
  )
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
  const deadline = Date.now() + (o.timeoutMs ?? 120_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${o.name} exited with ${child.exitCode} before it was ready:\n${output}`)
    }
    const ok = await fetch(o.readyUrl).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { name: o.name, pid: child.pid!, url: new URL(o.readyUrl).origin, stop }
    await sleep(250)
  }
  await stop()
  throw new Error(`${o.name} was not ready within ${(o.timeoutMs ?? 120_000) / 1000} s:\n${output}`)
}

/** Resident set size of a process in MB (Linux /proc), or null where unavailable. */
export function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round(Number(m[1]) / 1024) : null
  } catch {
    return null
  }
}

/** Samples a process's RSS every 200 ms until stopped; the peak seen. */
export function watchRss(pid: number): { stop(): number | null } {
  let peak: number | null = rssMb(pid)
  const timer = setInterval(() => {
    const r = rssMb(pid)
    if (r !== null && (peak === null || r > peak)) peak = r
  }, 200)
  return {
    stop() {
      clearInterval(timer)
      return peak
    },
  }
}
