// The data version as the API reads it: `data_version.version`, bumped by triggers at the commit of
// every transaction that changed data (see its migration). A read is "fresh" for a request when it
// started after the request arrived: then it reflects every write committed before, so whatever is
// keyed by it (ETags, the response cache) is exact. Reads are shared: a request that arrives while
// one is running waits for the next one (which starts when the running one ends), so under load the
// database sees one tiny query per round-trip time, not one per request.
import type { Sql } from '../db/sql.ts'

export interface DataVersion {
  /** the version as of a read started after this call */
  fresh(): Promise<string>
  /** the last version read (null before the first read) */
  readonly last: string | null
}

/** The version from `read`, with concurrent callers sharing reads. */
export function createDataVersion(read: () => Promise<string>, onChange?: (version: string) => void): DataVersion {
  let running: Promise<string> | null = null
  let queued: Promise<string> | null = null
  let last: string | null = null

  const start = (): Promise<string> => {
    const p = read().then((v) => {
      if (v !== last) {
        last = v
        onChange?.(v)
      }
      return v
    })
    running = p
    const clear = () => {
      if (running === p) running = null
    }
    p.then(clear, clear)
    return p
  }

  return {
    fresh() {
      if (!running) return start()
      // the running read may have started before this request: wait for the next one
      queued ??= running.then(noop, noop).then(() => {
        queued = null
        return running ?? start()
      })
      return queued
    },
    get last() {
      return last
    },
  }
}

const noop = () => {}

/** Reads the version row (a text: bigint never loses precision in JavaScript that way). */
export const versionReader = (sql: Sql) => async (): Promise<string> => {
  const [row] = await sql<{ version: string }[]>`SELECT version::text AS version FROM data_version`
  if (!row) throw new Error('data_version has no row: the database is not migrated')
  return row.version
}
