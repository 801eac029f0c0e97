// Jobs and their items: a bulk ingest (an item per NDJSON line) or a re-extraction (an item per
// article). Counts are those of the items; an item leaves `pending` once, in the transaction that
// did its work.
import type postgres from 'postgres'
import type { Sql } from '../db/sql.ts'
import { isoInstant } from '../db/sql.ts'
import type { JobItemStatus, JobKind } from '../db/tables.ts'
import { NotFoundError } from '../domain/errors.ts'

export interface NewItem { line: number; payload: unknown; error?: string }

export interface JobRow {
  id: string
  kind: JobKind
  total: number
  counts: Record<JobItemStatus, number>
  errors: { line: number; article_id: string | null; detail: string }[]
  created_at: string
  updated_at: string
}

export interface ItemRow { kind: JobKind; status: JobItemStatus; payload: unknown }

export function createJobsRepository(sql: Sql) {
  return {
    /** Stores a job and its items; `then` runs in the same transaction (it enqueues the pending items). */
    async create(
      id: string, kind: JobKind, keyName: string | null, items: NewItem[],
      then: (tx: postgres.TransactionSql, pending: number[]) => Promise<void>,
    ) {
      await sql.begin(async (tx) => {
        await tx`INSERT INTO jobs (id, kind, key_name, total) VALUES (${id}, ${kind}, ${keyName}, ${items.length})`
        const rows = items.map((i) => ({
          job_id: id, line: i.line, payload: i.error ? null : i.payload, status: i.error ? 'failed' : 'pending',
          error: i.error ?? null,
        }))
        for (let i = 0; i < rows.length; i += 1000) {
          await tx`
            INSERT INTO job_items (job_id, line, payload, status, error)
            SELECT job_id, line, payload, status::"JobItemStatus", error
            FROM jsonb_to_recordset(${tx.json(rows.slice(i, i + 1000) as postgres.JSONValue)}::jsonb)
              AS x(job_id text, line int, payload jsonb, status text, error text)`
        }
        await then(tx, items.filter((i) => !i.error).map((i) => i.line))
      })
    },

    async get(id: string): Promise<JobRow> {
      const [row] = await sql<JobRow[]>`
        SELECT j.id, j.kind, j.total, ${isoInstant(sql, sql`j.created_at`)} AS created_at,
          ${isoInstant(sql, sql`greatest(j.updated_at, (SELECT max(updated_at) FROM job_items WHERE job_id = j.id))`)}
            AS updated_at,
          (SELECT jsonb_build_object(
             'pending', count(*) FILTER (WHERE status = 'pending'),
             'created', count(*) FILTER (WHERE status = 'created'),
             'duplicate', count(*) FILTER (WHERE status = 'duplicate'),
             'failed', count(*) FILTER (WHERE status = 'failed'),
             'done', count(*) FILTER (WHERE status = 'done'))
           FROM job_items WHERE job_id = j.id) AS counts,
          coalesce((SELECT jsonb_agg(jsonb_build_object('line', line, 'article_id', article_id, 'detail', error)
             ORDER BY line) FROM (SELECT * FROM job_items WHERE job_id = j.id AND status = 'failed'
             ORDER BY line LIMIT 1000) f), '[]') AS errors
        FROM jobs j WHERE j.id = ${id}`
      if (!row) throw new NotFoundError('job', id)
      return row
    },

    async item(job: string, line: number): Promise<ItemRow | null> {
      const [row] = await sql<ItemRow[]>`
        SELECT j.kind, i.status, i.payload FROM job_items i JOIN jobs j ON j.id = i.job_id
        WHERE i.job_id = ${job} AND i.line = ${line}`
      return row ?? null
    },

    /** Marks a pending item finished (in `tx` when given); false when it was not pending any more. */
    async finish(
      job: string, line: number, status: Exclude<JobItemStatus, 'pending'>, articleId: string | null,
      error: string | null, tx?: postgres.TransactionSql,
    ): Promise<boolean> {
      const db = tx ?? sql
      const rows = await db`
        UPDATE job_items SET status = ${status}::"JobItemStatus", article_id = ${articleId}, error = ${error},
          updated_at = now()
        WHERE job_id = ${job} AND line = ${line} AND status = 'pending' RETURNING 1`
      return rows.length > 0
    },
  }
}

export type JobsRepository = ReturnType<typeof createJobsRepository>
