import { isDatabaseUnavailable } from './db/connection.ts'
import { EmbeddedPostgresError } from './db/embedded.ts'
import { ArticleSourceError } from './seed/article-source.ts'

/** A URL with its password hidden, for messages. */
export const redact = (url: string) => {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '(unparsable URL)'
  }
}

/**
 * One line (or a few) saying why the start or seed failed and what to do, for anything thrown,
 * including non-errors (`undefined`), so the message itself can never fail.
 */
export function describeStartError(err: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (err === undefined || err === null) return 'an unknown error (nothing was thrown to describe it)'
  if (!(err instanceof Error)) return String(err)
  const e = err as NodeJS.ErrnoException & { port?: number; address?: string }
  if (err instanceof EmbeddedPostgresError || err instanceof ArticleSourceError) return err.message
  if (e.code === 'EADDRINUSE' && e.syscall === 'listen') {
    return (
      `PORT ${e.port} is already in use (another \`npm start\`?). Stop that process or choose another port, ` +
      `e.g. PORT=${(e.port ?? 3000) + 1} npm start.`
    )
  }
  if (e.code === 'EACCES' && e.syscall === 'listen') {
    return `PORT ${e.port} needs privileges this user lacks: choose a port above 1023, e.g. PORT=3000.`
  }
  if (isDatabaseUnavailable(err)) {
    const where = env.DATABASE_URL ? `the PostgreSQL at ${redact(env.DATABASE_URL)} (DATABASE_URL)` : 'the database'
    return `cannot reach ${where}: ${err.message}. Is it running and reachable?`
  }
  return err.stack ?? err.message
}
