import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.ts'

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
