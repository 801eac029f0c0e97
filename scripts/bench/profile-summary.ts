// `npx tsx scripts/bench/profile-summary.ts FILE.cpuprofile`: self time of a V8 CPU profile (from
// `npm run bench -- --profile DIR`) grouped by component — pg driver, Prisma, zod, Fastify, GC … —
// as a share of the busy (non-idle) time. Builtins count for their nearest caller with a source file.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

interface Node {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}
interface Profile {
  nodes: Node[]
  samples: number[]
  timeDeltas: number[]
}

const COMPONENTS: [name: string, test: RegExp][] = [
  [
    'pg driver (pg, pg-protocol, adapter)',
    /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-\w+|@prisma\/adapter-pg|@prisma\/driver-adapter-utils)\//,
  ],
  ['Prisma client (query engine WASM, runtime)', /node_modules\/(@prisma|\.prisma)\/|src\/generated\/prisma|wasm:\/\//],
  [
    'zod validation + response serialisation',
    /node_modules\/(zod|fastify-type-provider-zod|fast-json-stringify|@fastify\/fast-json-stringify-compiler)\//,
  ],
  ['ETag hashing', /node_modules\/@fastify\/etag\//],
  ['compression, CORS, under-pressure', /node_modules\/@fastify\/(compress|cors|under-pressure)\//],
  [
    'Fastify (routing, hooks, reply)',
    /node_modules\/(fastify|find-my-way|avvio|light-my-request|@fastify\/[\w-]+|fast-querystring|secure-json-parse|abstract-logging|pino[\w-]*|process-warning|rfdc|toad-cache)\//,
  ],
  ['the app (src/)', /\/src\//],
  ['Node core (http, net, streams, crypto, timers)', /^node:|^internal\//],
]

/** The component a frame's self time counts for. */
function componentOf(functionName: string, url: string): string {
  if (functionName === '(idle)') return '(idle)'
  if (functionName === '(garbage collector)') return 'garbage collection'
  if (functionName === '(program)') return 'V8/native (program)'
  if (/^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/.test(functionName)) return 'socket writes (syscalls)'
  const loading = /^(node:)?internal\/(modules|deps\/cjs-module-lexer)\//.test(url) ||
    /^(wrapSafe|compileSourceTextModule)$/.test(functionName)
  if (loading) return 'start-up (module loading)'
  const known = COMPONENTS.find(([, re]) => re.test(url))?.[0]
  if (known) return known
  return url ? `other: ${url.replace(/^.*node_modules\//, '').split('/')[0]}` : 'native / builtins'
}

export function summarise(profile: Profile): { component: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  /** a builtin (JSON.stringify, a RegExp …) counts for the nearest caller that has a source file */
  const owner = (id: number) => {
    let node = byId.get(id)!
    for (let p = parent.get(id); !node.callFrame.url && p !== undefined; p = parent.get(p)) node = byId.get(p)!
    return node.callFrame.url
  }
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const totals = new Map<string, number>()
  for (const [id, us] of self) {
    const { functionName } = byId.get(id)!.callFrame
    const url = owner(id)
    const component = componentOf(functionName, url)
    totals.set(component, (totals.get(component) ?? 0) + us)
  }
  totals.delete('(idle)')
  const busy = [...totals.values()].reduce((a, b) => a + b, 0)
  return [...totals]
    .map(([component, us]) => ({ component, ms: Math.round(us / 1000), share: Math.round((us / busy) * 1000) / 10 }))
    .sort((a, b) => b.ms - a.ms)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = summarise(JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile)
  console.log('| component | self ms | share of busy time |\n|---|---:|---:|')
  for (const r of rows.slice(0, 20)) console.log(`| ${r.component} | ${r.ms.toLocaleString('en-US')} | ${r.share}% |`)
}
