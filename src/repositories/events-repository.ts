// Events need raw SQL (the full-text `search` columns are tsvector, unsupported by Prisma), so the
import type { ActorKind } from '../domain/actor-kind.ts'
// filters are composed as Prisma.sql fragments: `eventFilterSql` is the one place a filter becomes
// SQL, shared by the list, the export and the stats.
import { Prisma } from '../generated/prisma/client.ts'
import type { Tx } from '../db/prisma.ts'
import { assertActorsExist, rolesAt } from './actor-lookup.ts'

export interface EventFilter {
  from?: string
  to?: string
  actor?: string
  source?: string
  target?: string
  dyad?: [string, string]
  type?: string
  cameo?: string
  root?: string
  quad?: number
  country?: string
  article?: string
  q?: string
}

export interface EventKeyset {
  date: string
  id: string
}

/** The WHERE conditions of a filter over `events e`, ANDed (TRUE when there are none). */
export function eventFilterSql(f: EventFilter): Prisma.Sql {
  const c: Prisma.Sql[] = []
  if (f.from) c.push(Prisma.sql`e.date_end >= ${f.from}::date`)
  if (f.to) c.push(Prisma.sql`e.date <= ${f.to}::date`)
  if (f.actor) c.push(Prisma.sql`(e.source_actor_id = ${f.actor} OR e.target_actor_id = ${f.actor})`)
  if (f.source) c.push(Prisma.sql`e.source_actor_id = ${f.source}`)
  if (f.target) c.push(Prisma.sql`e.target_actor_id = ${f.target}`)
  if (f.dyad) {
    const [a, b] = f.dyad
    c.push(Prisma.sql`((e.source_actor_id = ${a} AND e.target_actor_id = ${b}) OR (e.source_actor_id = ${b} AND e.target_actor_id = ${a}))`)
  }
  if (f.type) c.push(Prisma.sql`e.event_type = ${f.type}`)
  if (f.cameo) c.push(Prisma.sql`e.cameo_code LIKE ${`${f.cameo}%`}`) // digits only: no LIKE metacharacters
  if (f.root) c.push(Prisma.sql`e.cameo_root = ${f.root}`)
  if (f.quad !== undefined) c.push(Prisma.sql`e.quad_class = ${f.quad}::smallint`)
  if (f.country) { c.push(Prisma.sql`EXISTS (SELECT 1 FROM actors ca WHERE ca.id IN (e.source_actor_id, e.target_actor_id) AND ca.country = ${f.country}::char(3))`) }
  if (f.article) c.push(Prisma.sql`EXISTS (SELECT 1 FROM event_mentions am WHERE am.event_id = e.id AND am.article_id = ${f.article})`)
  if (f.q) {
    const query = Prisma.sql`websearch_to_tsquery('english', ${f.q})`
    c.push(Prisma.sql`(e.search @@ ${query} OR EXISTS (SELECT 1 FROM event_mentions qm WHERE qm.event_id = e.id AND qm.search @@ ${query}))`)
  }
  return c.length ? Prisma.join(c, ' AND ') : Prisma.sql`TRUE`
}

/** One event row as the list, the export and the detail read it. */
export interface EventRow {
  id: string
  date: string
  date_end: string
  date_precision: 'day' | 'month' | 'year'
  date_text: string | null
  source_id: string
  source_name: string
  source_kind: ActorKind
  source_country: string | null
  target_id: string | null
  target_name: string | null
  target_kind: ActorKind | null
  target_country: string | null
  event_type: string
  cameo_code: string
  cameo_root: string
  quad_class: number
  goldstein: number
  summary: string
  confidence: number
  coder_version: string
  mention_count: number
  created_at: Date
  updated_at: Date
  ev_article_id: string | null
  ev_sentence_index: number | null
  ev_char_start: number | null
  ev_char_end: number | null
  ev_text: string | null
}

const selectEvents = Prisma.sql`
  SELECT e.id, to_char(e.date, 'YYYY-MM-DD') AS date, to_char(e.date_end, 'YYYY-MM-DD') AS date_end, e.date_precision::text AS date_precision, e.date_text,
    s.id AS source_id, s.name AS source_name, s.kind::text AS source_kind, s.country::text AS source_country,
    t.id AS target_id, t.name AS target_name, t.kind::text AS target_kind, t.country::text AS target_country,
    e.event_type, e.cameo_code, e.cameo_root, e.quad_class::int AS quad_class, e.goldstein, e.summary, e.confidence,
    e.coder_version, e.created_at, e.updated_at,
    (SELECT count(*)::int FROM event_mentions cm WHERE cm.event_id = e.id) AS mention_count,
    fm.article_id AS ev_article_id, fm.sentence_index AS ev_sentence_index, fm.char_start AS ev_char_start,
    fm.char_end AS ev_char_end, fm.evidence AS ev_text
  FROM events e
  JOIN actors s ON s.id = e.source_actor_id
  LEFT JOIN actors t ON t.id = e.target_actor_id
  LEFT JOIN LATERAL (
    SELECT m.article_id, m.sentence_index, m.char_start, m.char_end, m.evidence FROM event_mentions m
    WHERE m.event_id = e.id ORDER BY m.article_id, m.char_start, m.id LIMIT 1
  ) fm ON TRUE`

export function createEventsRepository(db: Tx) {
  return {
    /** A page of events in (date, id) order, after the keyset when given. */
    async list(filter: EventFilter, order: 'asc' | 'desc', take: number, after?: EventKeyset, tx: Tx = db): Promise<EventRow[]> {
      const where = [eventFilterSql(filter)]
      if (after) {
        where.push(
          order === 'asc'
            ? Prisma.sql`(e.date, e.id) > (${after.date}::date, ${after.id})`
            : Prisma.sql`(e.date, e.id) < (${after.date}::date, ${after.id})`,
        )
      }
      const dir = order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`
      return tx.$queryRaw<EventRow[]>`${selectEvents} WHERE ${Prisma.join(where, ' AND ')} ORDER BY e.date ${dir}, e.id ${dir} LIMIT ${take}`
    },

    async get(id: string, tx: Tx = db): Promise<EventRow | undefined> {
      const rows = await tx.$queryRaw<EventRow[]>`${selectEvents} WHERE e.id = ${id}`
      return rows[0]
    },

    /** Every mention of an event with its article, by publication date then offset. */
    async mentions(eventId: string, tx: Tx = db) {
      return tx.eventMention.findMany({
        where: { eventId },
        orderBy: [{ article: { publishedDate: 'asc' } }, { articleId: 'asc' }, { charStart: 'asc' }, { id: 'asc' }],
        select: {
          sentenceIndex: true,
          charStart: true,
          charEnd: true,
          evidence: true,
          article: { select: { id: true, title: true, outlet: true, url: true, publishedDate: true } },
        },
      })
    },

    async actorDetails(ids: string[], tx: Tx = db) {
      return tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, kind: true, country: true, description: true } })
    },

    rolesAt: (pairs: { actorId: string; date: string }[], tx: Tx = db) => rolesAt(tx, pairs),

    assertActorsExist: (params: Record<string, string[] | undefined>, tx: Tx = db) => assertActorsExist(tx, params),

    async actorExists(id: string, tx: Tx = db) {
      return (await tx.actor.count({ where: { id } })) > 0
    },

    async articleExists(id: string, tx: Tx = db) {
      return (await tx.article.count({ where: { id } })) > 0
    },
  }
}

export type EventsRepository = ReturnType<typeof createEventsRepository>
