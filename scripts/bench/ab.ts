// `npx tsx scripts/bench/ab.ts`: API variants compared in one run (docs/benchmarks.md, "The JSON path"). Each
// variant is its own process (a checkout in `cwd`, extra `env`; `script` for the bare route), measured with
// autocannon (50 connections) one after the other for each path, with the server's peak RSS. Settings from
// the environment: AB_VARIANTS='[{"name","cwd","env","port","script"?}]', AB_PATHS='["/v1/…"]', AB_DB
// (parley_scale_1m), AB_DURATION (8 s); CURSOR_SECRET must be set (the variants run in production mode).
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { loadavg } from 'node:os'

const db = process.env.AB_DB ?? 'parley_scale_1m'
const duration = Number(process.env.AB_DURATION ?? 8)
const base = {
  ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_ON_START: 'false', RATE_LIMIT_MAX: '0',
  HOST: '127.0.0.1', DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${db}`,
}
interface V {
  name: string
  cwd: string
  env: Record<string, string>
  port: number
  script?: string
  child?: ChildProcess
}
const variants: V[] = JSON.parse(process.env.AB_VARIANTS!)
const paths: string[] = JSON.parse(process.env.AB_PATHS!)
const rss = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024
  } catch {
    return 0 // the process has gone: its failure is in the output
  }
}
const procs: ChildProcess[] = []
process.on('exit', () => procs.forEach((p) => p.kill()))
for (const v of variants) {
  v.child = spawn(process.execPath, ['--import', 'tsx', v.script ?? 'scripts/start.ts'],
    { cwd: v.cwd, env: { ...base, ...v.env, PORT: String(v.port) }, stdio: ['ignore', 'inherit', 'inherit'] })
  procs.push(v.child)
}
for (const v of variants) {
  for (let i = 0; ; i++) {
    try { if ((await fetch(`http://127.0.0.1:${v.port}${v.script ? '/hello' : '/health'}`)).ok) break } catch {}
    if (i > 240) throw new Error(`${v.name} not up`)
    await sleep(500)
  }
}
console.log(`load at start ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`)
for (const path of paths) {
  for (const v of variants) {
    const p = v.script ? '/hello' : path
    const probe = await fetch(`http://127.0.0.1:${v.port}${p}`)
    const bytes = (await probe.arrayBuffer()).byteLength
    let peak = 0
    const timer = setInterval(() => { peak = Math.max(peak, rss(v.child!.pid!)) }, 250)
    const r = await autocannon({ url: `http://127.0.0.1:${v.port}${p}`, connections: 50, duration, timeout: 10 })
    clearInterval(timer)
    console.log([path.slice(0, 60).padEnd(60), v.name.padEnd(14), `${r.requests.average.toFixed(0).padStart(6)} req/s`,
      `p50 ${r.latency.p50} p99 ${r.latency.p99} ms`, `non2xx ${r.non2xx} err ${r.errors}`, `${bytes} B`,
      `RSS ${peak.toFixed(0)} MB`, `load ${loadavg()[0]!.toFixed(1)}`].join('  '))
  }
}
procs.forEach((p) => p.kill())
process.exit(0)
