// Shared test set-up: `build(t)` gives the real app on the run's seeded database (see scripts/test.ts),
// closed when the test ends; `freshDatabase(t)` gives an empty migrated database of its own.
import Fastify, { type FastifyInstance } from 'fastify'
import { parse } from 'csv-parse/sync'
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultArticlesDir } from '../src/seed/article-source.ts'
import type { Test } from 'tap'
import app, { serverOptions } from '../src/app.ts'
import { loadConfig, type Config } from '../src/config.ts'
import { createDatabase, dropDatabase, migrate, withDatabase } from '../src/db/admin.ts'
import { startEmbeddedPostgres } from '../src/db/embedded.ts'
import { freePort, throwawaySettings } from '../src/db/throwaway.ts'

export function testConfig(overrides: Partial<Config> = {}): Config {
  if (!process.env.DATABASE_URL || !process.env.PARLEY_TEST_TEMPLATE) {
    throw new Error('Run the tests with `npm test`: it provides the test databases.')
  }
  // no rate limit unless a test asks for one: suites send thousands of requests from one address;
  // no queue worker in the app unless a test asks for one (it would start pg-boss in every app)
  return { ...loadConfig(process.env), LOG_LEVEL: 'silent', RATE_LIMIT_MAX: 0, WORKER: false, ...overrides }
}

export async function build(t: Test, overrides: Partial<Config> = {}) {
  const config = testConfig(overrides)
  const fastify = Fastify(serverOptions(config))
  await fastify.register(app, { config })
  await fastify.ready()
  t.teardown(() => fastify.close())
  return fastify
}

let counter = 0
/** A new, empty, migrated database on the test server, dropped when the test ends. */
export async function freshDatabase(t: Test): Promise<string> {
  const { DATABASE_URL, PARLEY_TEST_TEMPLATE, PARLEY_TEST_RUN } = testConfig() && process.env
  const url = withDatabase(DATABASE_URL!, `${PARLEY_TEST_RUN}_${process.pid}_${++counter}`)
  await createDatabase(url, PARLEY_TEST_TEMPLATE)
  t.teardown(() => dropDatabase(url))
  return url
}

/** Follows `links.next` from `url` to the last page; every item, and how many pages it took. */
export async function walk<T>(app: FastifyInstance, url: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = []
  let next: string | null = url
  let pages = 0
  while (next) {
    const res = await app.inject(next)
    if (res.statusCode !== 200) throw new Error(`${next}: ${res.statusCode} ${res.body}`)
    const body: { data: T[]; links: { next: string | null } } = res.json()
    items.push(...body.data)
    next = body.links.next
    pages++
  }
  return { items, pages }
}

/** RFC 4180 CSV → rows of cells (header included). */
export const parseCsv = (text: string): string[][] => parse(text, { relax_quotes: false })

/**
 * A copy of data/articles as an editor might leave it: article 003 removed, 004 retitled
 * "A corrected headline". Deleted when the test ends.
 */
export function editedArticlesDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-articles-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  cpSync(defaultArticlesDir, dir, { recursive: true })
  const meta = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as { file: string; title: string }[]
  const kept = meta.filter((m) => !m.file.startsWith('003_'))
  kept.find((m) => m.file.startsWith('004_'))!.title = 'A corrected headline'
  writeFileSync(join(dir, 'articles.json'), JSON.stringify(kept))
  rmSync(join(dir, '003_0ceba8022e856230.txt'))
  return dir
}

/**
 * An embedded PostgreSQL of the test's own (free port, temporary folder) with a migrated, empty
 * `parley` database, for tests that stop, restart or freeze the database. Stopped and deleted after.
 */
export async function ownPostgres(t: Test) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-own-pg-'))
  chmodSync(dir, 0o711) // as root the server runs as `postgres`, which must reach its folder in here
  const port = await freePort()
  const server = await startEmbeddedPostgres({ dir: join(dir, 'data'), port, settings: throwawaySettings })
  t.teardown(async () => {
    if (server.pid) signalServer(server.pid, 'SIGCONT') // never leave it frozen
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  })
  const url = server.url('parley')
  await createDatabase(url)
  await migrate(url)
  return { server, url }
}

/**
 * Sends `signal` to a PostgreSQL server: the postmaster and every process it forked (each backend
 * has a session of its own, so the postmaster's process group alone would not reach them). Linux.
 */
export function signalServer(postmaster: number, signal: NodeJS.Signals) {
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1] === String(postmaster)
      } catch {
        return false
      }
    })
  for (const pid of [postmaster, ...children.map(Number)]) {
    try {
      process.kill(pid, signal)
    } catch {}
  }
}

/** Polls `check` until it is true, for at most `ms` (a generous bound, not a timing assertion). */
export async function eventually(check: () => Promise<boolean>, ms = 60_000): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return false
}

/** `p`, or a rejection after `ms`: a test never hangs on a request that should have been bounded. */
export function bounded<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    p,
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}
