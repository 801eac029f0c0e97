// Prisma CLI configuration. Prisma 6.19.3 runs offline only with its WASM schema engine
// (`engine: 'js'` + a driver adapter); the four patches below work around CLI-side bugs
// of that combination. None of this runs inside the API.
import 'dotenv/config'
import pg from 'pg'
import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'

// `url = env("DATABASE_URL")` must resolve even for `prisma generate` (npm install),
// otherwise Prisma 6 tries to download a query-engine binary.
process.env.DATABASE_URL ??= 'postgresql://postgres:postgres@127.0.0.1:5432/parley_dev'

// 1. prisma/orm#27403: adapter-pg 6.x cannot map catalog types `name` (OID 19) and
//    `"char"` (OID 18) returned by the engine's introspection queries: re-tag them as text.
type Fields = { dataTypeID: number }[]
const resultProto = pg.Result.prototype as unknown as { addFields(this: unknown, fields: Fields): void }
const addFields = resultProto.addFields
resultProto.addFields = function (fields) {
  for (const f of fields) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25
  return addFields.call(this, fields)
}

// 2. adapter-pg 6.x's shadow database reuses the main connection string and drops the
//    shadow database before closing its pool. allowExitOnIdle lets the CLI exit promptly.
// 4. adapter-pg 6.x runs a migration by splitting its script on every `;`, even inside
//    dollar-quoted function bodies (so no PL/pgSQL trigger could be migrated): send the script
//    whole instead, one simple-protocol query, which PostgreSQL also runs as one transaction.
type Adapter = Awaited<ReturnType<PrismaPg['connect']>>
function wholeScripts(adapter: Adapter): Adapter {
  const inner = adapter as unknown as { client: pg.Pool; onError(err: unknown): never }
  adapter.executeScript = async (script: string) => {
    await inner.client.query(script).catch((err: unknown) => inner.onError(err))
  }
  return adapter
}

class PrismaPgMigrate extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url, allowExitOnIdle: true })
  }

  override async connect() {
    return wholeScripts(await super.connect())
  }

  override async connectToShadowDb() {
    const main = await this.connect()
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`
    await main.executeScript(`CREATE DATABASE "${database}"`)
    const u = new URL(this.url)
    u.pathname = `/${database}`
    const shadow = wholeScripts(await new PrismaPg({ connectionString: u.toString(), allowExitOnIdle: true }).connect())
    const disposeShadow = shadow.dispose.bind(shadow)
    shadow.dispose = async () => {
      await disposeShadow()
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`)
      await main.dispose()
    }
    return shadow
  }
}

// 3. The WASM schema engine arms 10 s / 60 s timers it never clears: unref them so the CLI
//    exits as soon as its work is done.
const realSetTimeout = globalThis.setTimeout
globalThis.setTimeout = Object.assign(
  (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const t = realSetTimeout(fn, ms, ...args)
    if ((ms ?? 0) >= 10_000) t.unref()
    return t
  },
  realSetTimeout,
) as typeof setTimeout

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPgMigrate(process.env.DATABASE_URL!),
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})
