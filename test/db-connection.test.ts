// The pool settings reach the database sessions, for node-postgres (today's Prisma pool) and for
// postgres.js (the pool the read path moves to); and which errors count as "database unavailable".
import t from 'tap'
import postgres from 'postgres'
import {
  createPgPool, dbSettings, isDatabaseUnavailable, postgresJsOptions, withDeadline,
} from '../src/db/connection.ts'
import { testConfig } from './helper.ts'

const settings = dbSettings(testConfig({ DB_STATEMENT_TIMEOUT_MS: 7000, DB_IDLE_TX_TIMEOUT_MS: 9000 }))
const show = 'SELECT current_setting($1) AS v'

t.test('node-postgres pool: statement and idle-in-transaction timeouts, application name', async (t) => {
  const pool = createPgPool(process.env.DATABASE_URL!, settings)
  t.teardown(() => pool.end())
  const get = async (name: string) => (await pool.query(show, [name])).rows[0].v
  t.equal(await get('statement_timeout'), '7s')
  t.equal(await get('idle_in_transaction_session_timeout'), '9s')
  t.equal(await get('application_name'), 'parley-api')
  t.ok(pool.listenerCount('error') > 0, 'a dropped idle connection cannot crash the process')
})

t.test('postgres.js options carry the same settings', async (t) => {
  const sql = postgres(process.env.DATABASE_URL!, postgresJsOptions(settings))
  t.teardown(() => sql.end())
  const get = async (name: string) => (await sql.unsafe(show, [name]))[0]!.v
  t.equal(await get('statement_timeout'), '7s')
  t.equal(await get('idle_in_transaction_session_timeout'), '9s')
  const slow = await sql`SELECT pg_sleep(30)`.catch((err) => err)
  t.ok(slow instanceof Error && isDatabaseUnavailable(slow), 'a statement over the limit is cancelled: unavailable')
})

t.test('what counts as the database being unavailable', async (t) => {
  const unavailable = [
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    new Error('Connection terminated due to connection timeout'),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    Object.assign(new Error('x'), { code: '08006' }),
    Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' }),
    Object.assign(new Error('wrapped'), { cause: Object.assign(new Error('inner'), { code: 'ETIMEDOUT' }) }),
    Object.assign(new Error('prisma'), { code: 'P1001' }),
    await withDeadline(new Promise((resolve) => setTimeout(resolve, 500)), 10, 'the database').catch((err) => err),
  ]
  for (const err of unavailable) t.ok(isDatabaseUnavailable(err), (err as Error).message)
  const bugs = [new Error('boom'), Object.assign(new Error('syntax'), { code: '42601' }), null, 'text', undefined]
  for (const err of bugs) t.notOk(isDatabaseUnavailable(err), String((err as Error)?.message ?? err))
})
