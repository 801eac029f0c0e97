import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { parseApiKeys } from './lib/api-keys.ts'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const ms = (fallback: number, what: string) => z.coerce.number().int().min(0).default(fallback).describe(what)

/** The cursor-signing key used when none is configured: fine for development, refused in production. */
export const DEFAULT_CURSOR_SECRET = 'parley-cursor-v1'

/** Every setting Parley reads from the environment, validated once at boot. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional()
      .describe('PostgreSQL server to use; unset = embedded PostgreSQL'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://api.example.org' })
      .transform((v) => v.replace(/\/+$/, ''))
      .optional()
      .describe('base URL clients reach the API at; absolute links are built from it (unset: relative links)'),
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((v): boolean | number | string =>
        /^(true|false)$/.test(v) ? v === 'true' : /^\d+$/.test(v) ? Number(v) : v)
      .describe('behind a reverse proxy: true, the number of proxies, or their addresses/CIDRs (comma-separated)'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CORS_ORIGINS: z
      .string()
      .default('*')
      .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
      .describe('comma-separated allowed origins, or *'),
    RESPONSE_CACHE_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .default(32 * 1024 * 1024)
      .describe('in-process cache of GET answers by data version, bytes; 0 = off (ETags still by data version)'),
    CACHE_CONSISTENCY: z
      .enum(['strict', 'notify'])
      .default('strict')
      .describe(
        'strict: each request reads the data version (shared reads), exact after any write; notify: the version ' +
          'from LISTEN/NOTIFY, no read per request, a write committed in the last instant may be missed',
      ),
    HEAVY_CONCURRENCY: z.coerce
      .number()
      .int()
      .min(0)
      .default(4)
      .describe('stats from base tables and CSV/NDJSON exports running at once; more is a 503; 0 = no limit'),
    CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60).describe('Cache-Control max-age (s) of GET responses'),
    CURSOR_SECRET: z.string().min(8).default(DEFAULT_CURSOR_SECRET).describe('HMAC key that signs pagination cursors'),
    REQUIRE_SECRETS: bool.default(false).describe('refuse the built-in CURSOR_SECRET even outside production'),
    RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600).describe('requests per window per client IP; 0 = off'),
    RATE_LIMIT_WINDOW_MS: ms(60_000, 'rate-limit window'),
    BODY_LIMIT: z.coerce.number().int().min(1).default(1_048_576).describe('largest request body, bytes'),
    REQUEST_TIMEOUT_MS: ms(15_000, 'time until a response must start, else 503; 0 = none'),
    SHUTDOWN_TIMEOUT_MS: ms(10_000, 'how long SIGTERM waits for in-flight requests before closing them'),
    DB_POOL_MAX: z.coerce.number().int().min(1).default(10).describe('connections in the API pool'),
    DB_CONNECT_TIMEOUT_MS: ms(5_000, 'connecting to PostgreSQL, and the /ready check'),
    DB_STATEMENT_TIMEOUT_MS: ms(10_000, 'longest SQL statement (statement_timeout); 0 = none'),
    DB_IDLE_TX_TIMEOUT_MS: ms(10_000, 'idle_in_transaction_session_timeout; 0 = none'),
    PG_DATA_DIR: z.string().min(1).default('.data/pg').describe('embedded PostgreSQL data folder (start only)'),
    PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329).describe('embedded PostgreSQL port (start only)'),
    PG_RUNTIME_DIR: z
      .string()
      .min(1)
      .default('/var/lib/parley')
      .describe('as root: where the embedded PostgreSQL programs and data go when the postgres user cannot reach them'),
    SEED_ON_START: bool.default(true),
    ARTICLES_DIR: z.string().min(1).optional().describe('folder of articles to seed (default data/articles)'),
    API_KEYS: z
      .string()
      .optional()
      .describe('comma-separated `name:role:secret` entries (role read|write|admin; secret as is or sha256:<hex>)'),
    READS_REQUIRE_KEY: bool.default(false).describe('GET routes under /v1 need a key too (any role)'),
    INGEST_BODY_LIMIT: z.coerce.number().int().min(1).default(8_388_608)
      .describe('largest POST /v1/articles body, bytes'),
    BATCH_BODY_LIMIT: z.coerce.number().int().min(1).default(33_554_432).describe('largest NDJSON batch, bytes'),
    BATCH_MAX_LINES: z.coerce.number().int().min(1).default(1000).describe('most articles in one NDJSON batch'),
    WORKER: bool.default(true).describe('run queue workers in the API process (off: only `npm run worker` works jobs)'),
    QUEUE_EXPIRE_SECONDS: z.coerce.number().int().min(1).default(300)
      .describe('a job item a worker took and did not finish in this time goes to another worker (set by the ' +
        'process that enqueues the item: the API for batches and re-extraction jobs)'),
    QUEUE_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).default(30)
      .describe('how often expired items are looked for'),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(1)
      .describe('jobs a worker process runs at once'),
  })
  .superRefine((c, ctx) => {
    if (c.API_KEYS !== undefined) {
      try {
        parseApiKeys(c.API_KEYS)
      } catch (err) {
        ctx.addIssue({ code: 'custom', path: ['API_KEYS'], message: (err as Error).message })
      }
    }
    if ((c.NODE_ENV === 'production' || c.REQUIRE_SECRETS) && c.CURSOR_SECRET === DEFAULT_CURSOR_SECRET) {
      const why = c.NODE_ENV === 'production' ? 'with NODE_ENV=production' : 'with REQUIRE_SECRETS=true'
      ctx.addIssue({
        code: 'custom',
        path: ['CURSOR_SECRET'],
        message:
          `the built-in default must not be used ${why} (anyone could forge cursors); ` +
          'set CURSOR_SECRET to a random string, e.g. `openssl rand -hex 32`',
      })
    }
  })

export type Config = z.infer<typeof configSchema>

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`)
    this.name = 'ConfigError'
  }
}

/** Validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])),
  )
  const parsed = configSchema.safeParse(known)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
  }
  return parsed.data
}

/** The project folder (where package.json and .env are). */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * Reads `.env` from the project folder into process.env, if there is one. Variables already set in
 * the environment win over the file. Returns the file read, for the start log.
 */
export function loadDotEnv(file = join(projectRoot, '.env')): string | null {
  if (!existsSync(file)) return null
  try {
    process.loadEnvFile(file)
  } catch (err) {
    throw new ConfigError([`${file}: ${(err as Error).message}`])
  }
  return file
}

/** For the command-line scripts: `.env`, then the validated config; a bad setting is logged and exits 1. */
export function loadConfigOrExit(log: (msg: string) => void): Config {
  try {
    loadDotEnv()
    return loadConfig()
  } catch (err) {
    log(err instanceof ConfigError ? err.message : String(err))
    process.exit(1)
  }
}
