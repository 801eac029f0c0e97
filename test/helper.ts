// Shared test set-up: `build(t)` gives the real app on the run's seeded database (see scripts/test.ts),
// closed when the test ends; `freshDatabase(t)` gives an empty migrated database of its own.
import Fastify, { type FastifyInstance } from 'fastify'
import { parse } from 'csv-parse/sync'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultArticlesDir } from '../src/seed/article-source.ts'
import type { Test } from 'tap'
import app, { fastifyOptions } from '../src/app.ts'
import { loadConfig, type Config } from '../src/config.ts'
import { createDatabase, dropDatabase, withDatabase } from '../src/db/admin.ts'

export function testConfig(overrides: Partial<Config> = {}): Config {
  if (!process.env.DATABASE_URL || !process.env.PARLEY_TEST_TEMPLATE) {
    throw new Error('Run the tests with `npm test`: it provides the test databases.')
  }
  return { ...loadConfig(process.env), LOG_LEVEL: 'silent', ...overrides }
}

export async function build(t: Test, overrides: Partial<Config> = {}) {
  const fastify = Fastify(fastifyOptions)
  await fastify.register(app, { config: testConfig(overrides) })
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
