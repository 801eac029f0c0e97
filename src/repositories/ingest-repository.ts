// Writes of one article and the records it supports, under the one write lock (src/db/write-lock.ts):
// ingest (a new article), re-extraction (its records replaced by a new extraction) and deletion (an
// empty extraction, then the article). Events are shared between the articles that report them (one
// mention per report): an event, or an actor, goes only with the last record that needs it, and every
// removal is recorded in `deletions` for the change feed. Columns come from src/db/tables.ts.
import type postgres from 'postgres'
import type { Sql } from '../db/sql.ts'
import { tables, type EntityType, type Table } from '../db/tables.ts'
import { lockWrites } from '../db/write-lock.ts'
import type { Dataset } from '../seed/dataset.ts'
import { NotFoundError } from '../domain/errors.ts'

type Tx = postgres.TransactionSql
const q = (name: string) => `"${name}"`
const names = (t: Table) => Object.keys(t.columns)
const list = (cols: string[], prefix = '') => cols.map((c) => `${prefix}${q(c)}`).join(', ')
/** `jsonb_to_recordset($1)` typed by the table's declared columns */
const recordset = (t: Table) =>
  `jsonb_to_recordset($1::jsonb) AS x(${Object.entries(t.columns).map(([c, col]) => `${q(c)} ${col.sql}`).join(', ')})`
const json = (tx: Tx, rows: object[]) => tx.json(rows as postgres.JSONValue)

/** Which existing article an ingest repeats, and by what. */
export interface Duplicate { id: string; matched_by: 'url' | 'content_hash' }

/** The ids of an article's records: the actors its events and statements name. */
export interface ArticleRecords { actors: string[]; events: string[]; statements: string[] }

/** What a write removed (each also recorded in `deletions`). */
export type Removed = Record<Exclude<EntityType, 'article'>, string[]>

async function tombstones(tx: Tx, entity: EntityType, ids: string[]) {
  if (!ids.length) return
  await tx`INSERT INTO deletions (entity, entity_id) SELECT ${entity}::"EntityType", unnest(${ids}::text[])`
}

/** Inserts the rows, or updates those whose written columns differ (updated_at moves only then). */
async function upsert(tx: Tx, t: Table, rows: object[], set?: Record<string, string>) {
  if (!rows.length) return
  const cols = names(t)
  const data = cols.filter((c) => c !== 'id')
  const value = (c: string) => set?.[c] ?? `EXCLUDED.${q(c)}`
  const assign = data.map((c) => `${q(c)} = ${value(c)}`).join(', ')
  await tx.unsafe(
    `INSERT INTO ${q(t.name)} (${list(cols)}) SELECT ${list(cols)} FROM ${recordset(t)}
     ON CONFLICT (id) DO UPDATE SET ${assign}, updated_at = now()
     WHERE (${list(data, `${q(t.name)}.`)}) IS DISTINCT FROM (${data.map(value).join(', ')})`,
    [json(tx, rows)],
  )
}

/** Adds the actors not stored yet, with their aliases and roles; returns the ids added. */
async function addActors(tx: Tx, ds: Dataset): Promise<string[]> {
  if (!ds.actors.length) return []
  const a = tables.actors
  const added = await tx.unsafe(
    `INSERT INTO actors (${list(names(a))}) SELECT ${list(names(a))} FROM ${recordset(a)}
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [json(tx, ds.actors)],
  )
  const ids = added.map((r) => r.id as string)
  for (const [t, rows] of [[tables.actor_aliases, ds.aliases], [tables.actor_roles, ds.roles]] as const) {
    const mine = rows.filter((r) => ids.includes(r.actor_id))
    if (!mine.length) continue
    await tx.unsafe(
      `INSERT INTO ${q(t.name)} (${list(names(t))}) SELECT ${list(names(t))} FROM ${recordset(t)}
       ON CONFLICT DO NOTHING`,
      [json(tx, mine)],
    )
  }
  return ids
}

/**
 * Makes the article's mentions and statements those of `ds` (which holds this article only), adding
 * the events and actors they need, and removes the events and actors no record needs any more (an
 * actor in `keepActors` — the gazetteer — always stays).
 */
async function syncRecords(tx: Tx, articleId: string, ds: Dataset, keepActors: (id: string) => boolean) {
  await addActors(tx, ds)
  // an event reported again keeps its highest confidence
  await upsert(tx, tables.events, ds.events, { confidence: 'GREATEST(events.confidence, EXCLUDED.confidence)' })

  const m = tables.event_mentions
  const key = (p: string) => `(${p}event_id, ${p}char_start, ${p}char_end)`
  const gone = await tx.unsafe(
    `DELETE FROM event_mentions t WHERE t.article_id = $2
       AND ${key('t.')} NOT IN (SELECT event_id, char_start, char_end FROM ${recordset(m)})
     RETURNING t.event_id`,
    [json(tx, ds.mentions), articleId],
  )
  const added = await tx.unsafe(
    `INSERT INTO event_mentions (${list(names(m))}) SELECT ${list(names(m))} FROM ${recordset(m)}
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [json(tx, ds.mentions)],
  )
  const touched = [...new Set([...gone, ...added].map((r) => r.event_id as string))]
  const removedEvents = await tx<{ id: string; source_actor_id: string; target_actor_id: string | null }[]>`
    DELETE FROM events e WHERE e.id = ANY(${touched}::text[])
      AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)
    RETURNING id, source_actor_id, target_actor_id`
  await tx`UPDATE events SET updated_at = now() WHERE id = ANY(${touched}::text[]) AND updated_at < now()`

  const keep = ds.statements.map((s) => s.id)
  const removedStatements = await tx<{ id: string; speaker_id: string }[]>`
    DELETE FROM statements WHERE article_id = ${articleId} AND NOT (id = ANY(${keep}::text[]))
    RETURNING id, speaker_id`
  await upsert(tx, tables.statements, ds.statements)

  const candidates = [
    ...removedEvents.flatMap((e) => [e.source_actor_id, e.target_actor_id]),
    ...removedStatements.map((s) => s.speaker_id),
  ].filter((id): id is string => id !== null && !keepActors(id))
  const removedActors = candidates.length
    ? await tx<{ id: string }[]>`
        DELETE FROM actors a WHERE a.id = ANY(${[...new Set(candidates)]}::text[])
          AND NOT EXISTS (SELECT 1 FROM events e WHERE e.source_actor_id = a.id OR e.target_actor_id = a.id)
          AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.speaker_id = a.id)
        RETURNING id`
    : []
  const removed: Removed = {
    event: removedEvents.map((e) => e.id),
    statement: removedStatements.map((s) => s.id),
    actor: removedActors.map((a) => a.id),
  }
  for (const [entity, ids] of Object.entries(removed)) await tombstones(tx, entity as EntityType, ids)
  return removed
}

export function createIngestRepository(sql: Sql) {
  const findDuplicate = async (db: Sql | Tx, url: string | null, hash: string): Promise<Duplicate | null> => {
    const [row] = await db<{ id: string; by_hash: boolean }[]>`
      SELECT id, content_hash = ${hash} AS by_hash FROM articles
      WHERE content_hash = ${hash} OR (${url}::text IS NOT NULL AND url = ${url})
      ORDER BY (content_hash = ${hash}) DESC LIMIT 1`
    return row ? { id: row.id, matched_by: row.by_hash ? 'content_hash' : 'url' } : null
  }

  return {
    /** The article already stored with this URL or text hash, if any (no lock: a hint before extracting). */
    findDuplicate: (url: string | null, hash: string) => findDuplicate(sql, url, hash),

    /**
     * Stores a new article (the one article of `ds`) and its records in one transaction, unless one
     * with its URL or text hash is there by then: that one is returned instead. `after` runs in the
     * same transaction (a job marks its item done there).
     */
    async insert(
      ds: Dataset, keepActors: (id: string) => boolean, after?: (tx: Tx, result: Duplicate | null) => Promise<void>,
    ): Promise<Duplicate | null> {
      const article = ds.articles[0]!
      return sql.begin(async (tx) => {
        await lockWrites(tx)
        const dup = await findDuplicate(tx, article.url, article.content_hash)
        if (!dup) {
          await upsert(tx, tables.articles, ds.articles)
          await syncRecords(tx, article.id, ds, keepActors)
        }
        await after?.(tx, dup)
        return dup
      }) as Promise<Duplicate | null>
    },

    /** Replaces an article's cleaned text and records by a new extraction (`ds`); unchanged rows are not touched. */
    async replace(ds: Dataset, keepActors: (id: string) => boolean, after?: (tx: Tx) => Promise<void>) {
      const article = ds.articles[0]!
      return sql.begin(async (tx) => {
        await lockWrites(tx)
        const [found] = await tx`SELECT 1 FROM articles WHERE id = ${article.id} FOR UPDATE`
        if (!found) throw new NotFoundError('article', article.id)
        await upsert(tx, tables.articles, ds.articles)
        const removed = await syncRecords(tx, article.id, ds, keepActors)
        await after?.(tx)
        return removed
      }) as Promise<Removed>
    },

    /** Deletes an article and what it alone supported; what it removed. */
    async delete(id: string, keepActors: (id: string) => boolean): Promise<Removed> {
      return sql.begin(async (tx) => {
        await lockWrites(tx)
        const [found] = await tx`SELECT 1 FROM articles WHERE id = ${id} FOR UPDATE`
        if (!found) throw new NotFoundError('article', id)
        const empty: Dataset = {
          articles: [], actors: [], aliases: [], roles: [], events: [], mentions: [], statements: [],
        }
        const removed = await syncRecords(tx, id, empty, keepActors)
        await tx`DELETE FROM articles WHERE id = ${id}`
        await tombstones(tx, 'article', [id])
        return removed
      }) as Promise<Removed>
    },

    /** The ids of what an article supports: its events and statements, and the actors they name. */
    async records(id: string): Promise<ArticleRecords> {
      const [row] = await sql<ArticleRecords[]>`
        WITH ev AS (SELECT DISTINCT e.id, e.source_actor_id, e.target_actor_id FROM event_mentions m
                    JOIN events e ON e.id = m.event_id WHERE m.article_id = ${id}),
             st AS (SELECT id, speaker_id FROM statements WHERE article_id = ${id})
        SELECT
          coalesce((SELECT array_agg(DISTINCT a ORDER BY a) FROM (
            SELECT source_actor_id AS a FROM ev UNION SELECT target_actor_id FROM ev UNION SELECT speaker_id FROM st
          ) x WHERE a IS NOT NULL), '{}') AS actors,
          coalesce((SELECT array_agg(id ORDER BY id) FROM ev), '{}') AS events,
          coalesce((SELECT array_agg(id ORDER BY id) FROM st), '{}') AS statements`
      return row!
    },

    /** Articles whose records were not extracted by `coderVersion` (all of them with `force`), by id. */
    async staleArticles(coderVersion: string, force = false): Promise<string[]> {
      const rows = await sql<{ id: string }[]>`
        SELECT id FROM articles a WHERE ${force} OR a.coder_version IS DISTINCT FROM ${coderVersion} ORDER BY id`
      return rows.map((r) => r.id)
    },
  }
}

export type IngestRepository = ReturnType<typeof createIngestRepository>
