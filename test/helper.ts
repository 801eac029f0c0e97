// Shared test set-up: `build(t)` gives the real app on the run's seeded database (see scripts/test.ts),
// closed when the test ends; `freshDatabase(t)` gives an empty migrated database of its own.
import Fastify from 'fastify'
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
