import postgres from 'postgres'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The same server's maintenance database (`postgres`), for CREATE/DROP DATABASE. */
export function maintenanceUrl(url: string): string {
  const u = new URL(url)
  u.pathname = '/postgres'
  return u.toString()
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1))

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`)
  return `"${name}"`
}

async function onServer<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(maintenanceUrl(url), { max: 1, onnotice: () => {} })
  try {
    return await fn(sql)
  } finally {
    await sql.end()
  }
}

/** Creates the database of `url` unless it exists. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url)
  await onServer(url, async (sql) => {
    const [row] = await sql`SELECT 1 AS x FROM pg_database WHERE datname = ${name}`
    if (!row) await sql.unsafe(`CREATE DATABASE ${ident(name)}`)
  })
}

export async function createDatabase(url: string, template?: string): Promise<void> {
  const from = template ? ` TEMPLATE ${ident(template)}` : ''
  await onServer(url, (sql) => sql.unsafe(`CREATE DATABASE ${ident(databaseName(url))}${from}`))
}

/** Names of the server's databases that start with `prefix`. */
export async function listDatabases(url: string, prefix: string): Promise<string[]> {
  return onServer(url, async (sql) =>
    (await sql`SELECT datname FROM pg_database WHERE starts_with(datname, ${prefix})`).map((r) => r.datname as string),
  )
}

export async function dropDatabase(url: string): Promise<void> {
  await onServer(url, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS ${ident(databaseName(url))} WITH (FORCE)`))
}

/** Applies prisma/migrations with `prisma migrate deploy`; output is shown only on failure. */
export function migrate(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('node_modules/prisma/build/index.js', `file://${root}/`)), 'migrate', 'deploy'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${out}`)),
    )
  })
}
