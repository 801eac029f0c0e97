import t from 'tap'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, DEFAULT_CURSOR_SECRET, loadConfig, loadDotEnv } from '../src/config.ts'

t.test('defaults apply when the environment is empty', async (t) => {
  const c = loadConfig({})
  t.equal(c.PORT, 3000)
  t.equal(c.HOST, '0.0.0.0')
  t.equal(c.DATABASE_URL, undefined, 'no DATABASE_URL means embedded PostgreSQL')
  t.same(c.CORS_ORIGINS, ['*'])
  t.equal(c.SEED_ON_START, true)
  t.equal(c.PG_DATA_DIR, '.data/pg')
})

t.test('values are parsed and coerced', async (t) => {
  const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://u@h:5432/db', CORS_ORIGINS: 'https://a.example, https://b.example', SEED_ON_START: 'false', CACHE_MAX_AGE: '0' })
  t.equal(c.PORT, 8080)
  t.equal(c.DATABASE_URL, 'postgresql://u@h:5432/db')
  t.same(c.CORS_ORIGINS, ['https://a.example', 'https://b.example'])
  t.equal(c.SEED_ON_START, false)
  t.equal(c.CACHE_MAX_AGE, 0)
})

t.test('empty strings count as unset', async (t) => {
  t.equal(loadConfig({ DATABASE_URL: '' }).DATABASE_URL, undefined)
})

t.test('invalid values fail at boot, naming every bad variable', async (t) => {
  const err = t.throws(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })) as ConfigError
  t.type(err, ConfigError)
  t.match(err.message, /PORT/)
  t.match(err.message, /DATABASE_URL: must be a postgres/)
  t.match(err.message, /LOG_LEVEL/)
  t.equal(err.issues.length, 3)
})

t.test('out-of-range port and short cursor secret are rejected', async (t) => {
  t.throws(() => loadConfig({ PORT: '70000' }), ConfigError)
  t.throws(() => loadConfig({ CURSOR_SECRET: 'short' }), ConfigError)
  t.throws(() => loadConfig({ SEED_ON_START: 'maybe' }), ConfigError)
})

t.test('the built-in CURSOR_SECRET is refused in production, with the fix in the message', async (t) => {
  const err = t.throws(() => loadConfig({ NODE_ENV: 'production' })) as ConfigError
  t.match(err.message, /CURSOR_SECRET: the built-in default must not be used with NODE_ENV=production/)
  t.match(err.message, /openssl rand -hex 32/)
  t.throws(() => loadConfig({ REQUIRE_SECRETS: 'true' }), /CURSOR_SECRET: .*REQUIRE_SECRETS=true/)
  t.equal(loadConfig({ NODE_ENV: 'production', CURSOR_SECRET: 'a-long-random-secret-of-ours' }).NODE_ENV, 'production')
  t.equal(loadConfig({}).CURSOR_SECRET, DEFAULT_CURSOR_SECRET, 'development keeps working without one')
})

t.test('hardening settings: defaults and parsing', async (t) => {
  const c = loadConfig({})
  t.equal(c.RATE_LIMIT_MAX, 600)
  t.equal(c.DB_STATEMENT_TIMEOUT_MS, 10_000)
  t.equal(c.REQUEST_TIMEOUT_MS, 15_000)
  t.equal(c.TRUST_PROXY, false)
  t.equal(c.PUBLIC_URL, undefined)
  t.equal(loadConfig({ PUBLIC_URL: 'https://api.example.org/' }).PUBLIC_URL, 'https://api.example.org', 'no trailing slash')
  t.throws(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' }), /PUBLIC_URL: must be an http\(s\) URL/)
  t.equal(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY, true)
  t.equal(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY, 2)
  t.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).TRUST_PROXY, '10.0.0.0/8')
  t.throws(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '-1' }), /DB_STATEMENT_TIMEOUT_MS/)
})

t.test('.env is read from the project folder; the environment wins over it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-env-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, '.env')
  writeFileSync(file, '# a comment\nPARLEY_TEST_FROM_FILE=file\nPARLEY_TEST_BOTH=file\n')
  process.env.PARLEY_TEST_BOTH = 'env'
  t.teardown(() => {
    delete process.env.PARLEY_TEST_FROM_FILE
    delete process.env.PARLEY_TEST_BOTH
  })
  t.equal(loadDotEnv(file), file)
  t.equal(process.env.PARLEY_TEST_FROM_FILE, 'file')
  t.equal(process.env.PARLEY_TEST_BOTH, 'env')
  t.equal(loadDotEnv(join(dir, 'missing.env')), null, 'no file, nothing read')
})
