import { z } from 'zod'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

/** Every setting Parley reads from the environment, validated once at boot. */
export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .describe('PostgreSQL server to use; unset = embedded PostgreSQL'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .describe('comma-separated allowed origins, or *'),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60).describe('Cache-Control max-age (seconds) of GET responses'),
  CURSOR_SECRET: z.string().min(8).default('parley-cursor-v1').describe('HMAC key that signs pagination cursors'),
  PG_DATA_DIR: z.string().min(1).default('.data/pg').describe('embedded PostgreSQL data folder (start only)'),
  PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329).describe('embedded PostgreSQL port (start only)'),
  SEED_ON_START: bool.default(true),
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
