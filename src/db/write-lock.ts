// Writers of articles and their records (the seed's sync, an ingest, a deletion, a re-extraction) take
// one transaction-level advisory lock, so they run one at a time: an event shared by two articles is
// never deleted by one while the other adds a mention to it, and a duplicate is found, not raced.
// Extraction runs before the transaction; the locked part is only the SQL (milliseconds).
import type postgres from 'postgres'

/** An arbitrary constant naming Parley's write lock among the database's advisory locks. */
export const WRITE_LOCK_KEY = 7_090_101

/** Waits for, and holds until the transaction ends, the one write lock. */
export async function lockWrites(tx: postgres.TransactionSql) {
  await tx`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`
}
