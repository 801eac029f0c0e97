// `npm run load [-- --duration 60 --connections 16 --writers 2 --url http://127.0.0.1:3000 --no-write-doc]`:
// mixed reads (autocannon) with concurrent ingests (POST /v1/articles, some of them repeats) on loopback
// for `duration` seconds, against a server it starts (`npm start` with an API key and no rate limit;
// PORT, PG_PORT and DATABASE_URL as in the environment) or one already running (`--url`, with
// LOAD_API_KEY set to one of its write keys). Then every acknowledged ingest (201, and 200 repeats) is
// looked up: the article must be there with as many statements as it was acknowledged with. Prints
// requests and errors by status and writes the summary to docs/load.md. Exit code 1 on any 5xx or loss.
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const root = join(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env.LOAD_DURATION ?? '60' },
    connections: { type: 'string', default: '16' },
    writers: { type: 'string', default: '2' },
    url: { type: 'string' },
    'no-write-doc': { type: 'boolean', default: false },
  },
})
const duration = Number(args.duration)
const log = (msg: string) => console.error(`[load] ${msg}`)

const key = process.env.LOAD_API_KEY ?? `load-${Math.random().toString(36).slice(2)}-${Date.now()}`
let server: ChildProcess | undefined
let base = args.url?.replace(/\/+$/, '')
if (!base) {
  const port = process.env.PORT ?? '3000'
  base = `http://127.0.0.1:${port}`
  log(`starting the server on port ${port}`)
  server = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], {
    env: {
      ...process.env, PORT: port, HOST: '127.0.0.1', API_KEYS: `load:write:${key}`, RATE_LIMIT_MAX: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

async function waitReady(ms = 300_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (server && server.exitCode !== null) throw new Error('the server exited before it was ready')
    const ok = await fetch(`${base}/ready`).then((r) => r.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${base}/ready did not answer 200 within ${ms} ms`)
}

// articles to ingest: the seed's texts, each made unique by a dateline; every 7th post repeats an earlier one
const texts = readdirSync(join(root, 'data/articles')).filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'data/articles', f), 'utf8'))
const run = Date.now().toString(36)
const articleFor = (n: number) => ({
  title: `Load test dispatch ${n}`, outlet: 'Load Wire', url: `https://load.example/${run}/${n}`, published: '2012-06-19',
  text: `Dispatch ${run}-${n}.\n\n${texts[n % texts.length]}`,
})

const writes: Record<string, number> = {}
const acknowledged = new Map<string, number>() // article id → statements acknowledged
let writeErrors = 0
async function writer(next: () => number, until: number) {
  while (Date.now() < until) {
    const n = next()
    const body = articleFor(n % 7 === 6 ? n - 3 : n)
    try {
      const res = await fetch(`${base}/v1/articles`, {
        method: 'POST', body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      })
      writes[res.status] = (writes[res.status] ?? 0) + 1
      if (res.status === 201 || res.status === 200) {
        const r = (await res.json()) as { article: { id: string }; statements: string[] }
        acknowledged.set(r.article.id, r.statements.length)
      } else await res.arrayBuffer()
    } catch {
      writeErrors++
    }
  }
}

const reads = [
  '/v1/events?limit=50', '/v1/events?sort=-date&limit=20', '/v1/statements?limit=50', '/v1/actors?q=putin',
  '/v1/articles?limit=20', '/v1/actors/vladimir-putin/statements', '/v1/stats/timeline?interval=year',
  '/v1/changes?since=1970-01-01T00:00:00Z&limit=100', '/v1/events?format=csv', '/health',
].map((path) => ({ method: 'GET' as const, path }))

let code = 1
try {
  await waitReady()
  log(`reads with ${args.connections} connections and ${args.writers} ingest loops for ${duration} s against ${base}`)
  let counter = 0
  const until = Date.now() + duration * 1000
  const writing = Promise.all(Array.from({ length: Number(args.writers) }, () => writer(() => counter++, until)))
  const result = await autocannon({ url: base, connections: Number(args.connections), duration, requests: reads })
  await writing

  // every acknowledged ingest is stored, with what it was acknowledged with
  let lost = 0
  for (const [id, statements] of acknowledged) {
    const res = await fetch(`${base}/v1/articles/${id}`)
    const body = res.ok ? ((await res.json()) as { counts: { statements: number } }) : null
    if (!body || body.counts.statements !== statements) {
      lost++
      log(`lost or changed: ${id} (${res.status})`)
    }
  }
  const readCodes: Record<string, number> = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([c, s]) => [c, s.count ?? 0]))
  const fivexx = [...Object.entries(readCodes), ...Object.entries(writes)]
    .filter(([c]) => c.startsWith('5')).reduce((n, [, k]) => n + k, 0)
  const summary = {
    date: new Date().toISOString(), duration_s: duration, connections: Number(args.connections),
    reads: {
      requests: result.requests.total, by_status: readCodes, errors: result.errors, timeouts: result.timeouts,
      rps: result.requests.average, latency_ms: { p50: result.latency.p50, p99: result.latency.p99 },
    },
    ingests: {
      requests: Object.values(writes).reduce((a, b) => a + b, 0), by_status: writes, errors: writeErrors,
      acknowledged: acknowledged.size, lost,
    },
    responses_5xx: fivexx,
  }
  console.log(JSON.stringify(summary, null, 2))
  if (!args['no-write-doc']) writeDoc(summary)
  code = fivexx === 0 && lost === 0 && result.errors === 0 && writeErrors === 0 ? 0 : 1
  log(code === 0 ? 'OK: no 5xx, no acknowledged ingest lost' : 'FAILED: see above')
} catch (err) {
  log(`failed: ${(err as Error).message}`)
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM')
    await new Promise((resolve) => server!.once('exit', resolve))
  }
}
process.exit(code)

function writeDoc(s: Record<string, unknown> & { reads: Record<string, unknown>; ingests: Record<string, unknown> }) {
  const file = join(root, 'docs/load.md')
  const doc = `# Load test (\`npm run load\`)

Mixed reads (autocannon over ${reads.length} GET routes: events, statements, actors, articles, an actor's
statements, a timeline, the change feed, a CSV export, /health) with concurrent ingests (\`POST /v1/articles\`
loops; every 7th post repeats an earlier article and must be a 200) on loopback, against a server that
\`npm run load\` starts (embedded PostgreSQL unless DATABASE_URL is set, the in-process queue worker on, no
rate limit). Afterwards every acknowledged ingest (201 or 200) is fetched: it must exist with as many
statements as it was acknowledged with. Acceptance (issue 9): **0 responses 5xx, 0 acknowledged ingests lost**.

Options: \`--duration\` seconds (default 60, or LOAD_DURATION), \`--connections\` (16), \`--writers\` (2),
\`--url\` to use a running server (with LOAD_API_KEY set to one of its write keys), \`--no-write-doc\`.

## Last run

Written by the script on ${s.date} (a shared 2-core machine):

\`\`\`json
${JSON.stringify(s, null, 2)}
\`\`\`
`
  writeFileSync(file, doc)
  log(`summary written to ${file}`)
}
