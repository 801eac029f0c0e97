// How the API talks to PostgreSQL when things go wrong: pool size, connect/statement/idle-in-
// transaction timeouts (settings in config.ts, mechanics here, for whichever driver the pool uses),
// and which errors mean "the database is unavailable" (→ 503 with Retry-After) rather than a bug.
import pg from 'pg'
import type { Options } from 'postgres'
import type { Config } from '../config.ts'

export interface DbSettings {
  poolMax: number
  connectTimeoutMs: number
  /** server-side `statement_timeout`; 0 = none */
  statementTimeoutMs: number
  /** server-side `idle_in_transaction_session_timeout`; 0 = none */
  idleInTransactionTimeoutMs: number
}

export const dbSettings = (c: Config): DbSettings => ({
  poolMax: c.DB_POOL_MAX,
  connectTimeoutMs: c.DB_CONNECT_TIMEOUT_MS,
  statementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
  idleInTransactionTimeoutMs: c.DB_IDLE_TX_TIMEOUT_MS,
})

const APPLICATION_NAME = 'parley-api'

/**
 * A server that stops answering (hung, or a network gone) cannot enforce its own statement_timeout:
 * the client gives up too, a little later than the server would.
 */
const clientQueryTimeout = (s: DbSettings) => (s.statementTimeoutMs ? s.statementTimeoutMs + 2_000 : undefined)

/** A node-postgres pool (what Prisma's driver adapter runs on). Idle-connection errors never crash. */
export function createPgPool(url: string, s: DbSettings): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: s.poolMax,
    connectionTimeoutMillis: s.connectTimeoutMs || undefined,
    statement_timeout: s.statementTimeoutMs || undefined,
    idle_in_transaction_session_timeout: s.idleInTransactionTimeoutMs || undefined,
    query_timeout: clientQueryTimeout(s),
    application_name: APPLICATION_NAME,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  })
  // a pooled connection the server drops (restart, admin shutdown) is discarded by the pool; without
  // a listener the 'error' event would end the process
  pool.on('error', () => {})
  return pool
}

/** The same settings for a postgres.js pool (`postgres(url, postgresJsOptions(s))`). */
export function postgresJsOptions(s: DbSettings): Options<Record<string, never>> {
  const connection: Record<string, string | number> = { application_name: APPLICATION_NAME }
  if (s.statementTimeoutMs) connection.statement_timeout = s.statementTimeoutMs
  if (s.idleInTransactionTimeoutMs) connection.idle_in_transaction_session_timeout = s.idleInTransactionTimeoutMs
  return {
    max: s.poolMax,
    connect_timeout: s.connectTimeoutMs ? Math.max(1, Math.ceil(s.connectTimeoutMs / 1000)) : undefined,
    idle_timeout: 30,
    keep_alive: 60,
    connection,
    onnotice: () => {},
  }
}

export class TimeoutError extends Error {
  override name = 'TimeoutError'
  readonly code = 'PARLEY_TIMEOUT'
}

/** `p`, or a TimeoutError after `ms` (0 = no limit); the timer never keeps the process alive. */
export function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  if (!ms) return p
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not answer within ${ms} ms`)), ms)
    timer.unref()
  })
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer))
}

// Node/driver error codes that mean the server could not be reached or went away.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND',
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'PARLEY_TIMEOUT',
  // Prisma: can't reach, timed out, server closed the connection, pool timeout, too many connections
  'P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037',
  // PostgreSQL SQLSTATE: statement timeout / cancel, shutting down, starting up, too many connections
  '57014', '57P01', '57P02', '57P03', '53300', '53000',
])
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'SocketTimeout', 'ConnectionClosed', 'TooManyConnections'])
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|canceling statement due to statement timeout|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|Server has closed the connection|Connection (closed|refused)/i

/**
 * Does this error (or anything it wraps) mean the database is down, hung, restarting or saturated?
 * Those are 503s with Retry-After, not 500s. SQLSTATE class 08 (connection exception) counts too.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 6) return false
  const e = err as Record<string, unknown>
  const code = typeof e.code === 'string' ? e.code : undefined
  if (code && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true
  if (typeof e.kind === 'string' && UNAVAILABLE_KINDS.has(e.kind)) return true
  if (typeof e.originalCode === 'string' && UNAVAILABLE_CODES.has(e.originalCode)) return true
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true
  const nested = [e.cause, (e.meta as Record<string, unknown> | undefined)?.driverAdapterError, e.errors]
  return nested.flat().some((n) => isDatabaseUnavailable(n, depth + 1))
}
