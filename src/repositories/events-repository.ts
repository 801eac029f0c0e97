// Events: the one SQL builder of the event filters (`eventFilterSql`, also used by the stats), the
// list and export pages, and the detail. Each request is one statement.
import type { Fragment, Sql } from '../db/sql.ts'
import { tables } from '../db/tables.ts'
import type { EventFilter } from '../schemas/events.ts'
import type { Sort } from '../schemas/common.ts'
import { NotFoundError } from '../domain/errors.ts'
import { columnsOf, jsonObject, jsonPairs, outer, selectList, type SelectedRow } from './columns.ts'
import { where, type Conditions } from './conditions.ts'
import { overlap, roleAt, type RoleColumns } from './dated.ts'
import { checkReferences, checked, referencesOf, type Reference } from './references.ts'
import { kindsOf, lineSql, type LineRow, type LineSpec } from './export-lines.ts'

const text = (sql: Sql, q: string) => sql`websearch_to_tsquery('english', ${q})`
/**
 * The positive part of a query as plain lexemes (phrases as AND, negations left out: `querytree`),
 * which event_search.doc, the lexemes of an event's summary and mentions, has whenever the summary or
 * one mention matches the query; TRUE when the query has no positive part.
 */
const anyLexemes = (sql: Sql, q: string) => sql`(querytree(${text(sql, q)}) = 'T'
  OR es.doc @@ regexp_replace(querytree(${text(sql, q)}), ' <(-|[0-9]+)> ', ' & ', 'g')::tsquery)`

/** One direction of a dyad. */
const direction = (sql: Sql, a: string, b: string) => sql`(e.source_actor_id = ${a} AND e.target_actor_id = ${b})`

/** How each event filter becomes a condition over `events e`. */
const eventConditions: Conditions<EventFilter> = {
  from: (sql, day) => overlap.from(sql, 'e', day),
  to: (sql, day) => overlap.to(sql, 'e', day),
  actor: (sql, ids) => sql`(e.source_actor_id = ANY(${ids}::text[]) OR e.target_actor_id = ANY(${ids}::text[]))`,
  source: (sql, ids) => sql`e.source_actor_id = ANY(${ids}::text[])`,
  target: (sql, ids) => sql`e.target_actor_id = ANY(${ids}::text[])`,
  dyad: (sql, [a, b]) => sql`(${direction(sql, a, b)} OR ${direction(sql, b, a)})`,
  country_dyad: (sql, [a, b]) => sql`EXISTS (
    SELECT 1 FROM actors cs JOIN actors ct ON ct.id = e.target_actor_id
    WHERE cs.id = e.source_actor_id
      AND ((cs.country = ${a}::char(3) AND ct.country = ${b}::char(3))
        OR (cs.country = ${b}::char(3) AND ct.country = ${a}::char(3))))`,
  type: (sql, type) => sql`e.event_type = ${type}`,
  // digits only: no LIKE metacharacters
  cameo: (sql, prefixes) => sql`e.cameo_code LIKE ANY(${prefixes.map((p) => `${p}%`)}::text[])`,
  root: (sql, roots) => sql`e.cameo_root = ANY(${roots}::text[])`,
  quad: (sql, quads) => sql`e.quad_class = ANY(${quads}::smallint[])`,
  country: (sql, countries) => sql`EXISTS (
    SELECT 1 FROM actors ca
    WHERE ca.id IN (e.source_actor_id, e.target_actor_id) AND ca.country = ANY(${countries}::char(3)[]))`,
  goldstein_min: (sql, v) => sql`e.goldstein >= ${v}::real`,
  goldstein_max: (sql, v) => sql`e.goldstein <= ${v}::real`,
  confidence_min: (sql, v) => sql`e.confidence >= ${v}::real`,
  confidence_max: (sql, v) => sql`e.confidence <= ${v}::real`,
  article: (sql, id) => sql`EXISTS (
    SELECT 1 FROM event_mentions am WHERE am.event_id = e.id AND am.article_id = ${id})`,
  // the summary or one mention matches; found through event_search's index (a superset), then checked.
  // OFFSET 0 keeps the mention check per row (not a hash of every matching mention, built up front)
  q: (sql, q) => sql`EXISTS (SELECT 1 FROM event_search es WHERE es.event_id = e.id AND ${anyLexemes(sql, q)})
    AND (e.search @@ ${text(sql, q)} OR EXISTS (
      SELECT 1 FROM event_mentions qm WHERE qm.event_id = e.id AND qm.search @@ ${text(sql, q)} OFFSET 0))`,
}

/** The filter's conditions over `events e`, ANDed (TRUE when there are none). */
export const eventFilterSql = (sql: Sql, filter: EventFilter, extra: Fragment[] = []) =>
  where(sql, eventConditions, filter, extra)

/** Which filters name records that must exist, in the order they are checked. */
const eventReferences = { actor: 'actor', source: 'actor', target: 'actor', dyad: 'actor', article: 'article' } as const

/** The references of an event filter; a path actor (GET /v1/actors/:id/events) is checked first, as `actor`. */
export function eventFilterReferences(filter: EventFilter, pathActor?: string): Reference[] {
  if (pathActor === undefined) return referencesOf(filter, eventReferences)
  const { actor: _path, ...rest } = eventReferences
  return [{ entity: 'actor', id: pathActor }, ...referencesOf(filter, rest)]
}

const actorRef = ['id', 'name', 'kind', 'country'] as const
const event = columnsOf(tables.events, 'e')
const source = columnsOf(tables.actors, 's', { pick: actorRef, prefix: 'source_' })
const target = outer(columnsOf(tables.actors, 't', { pick: actorRef, prefix: 'target_' }))
const evidence = outer(columnsOf(tables.event_mentions, 'fm', {
  pick: ['article_id', 'sentence_index', 'char_start', 'char_end', 'evidence'], prefix: 'ev_',
}))

/** An event as the list, the export and the detail read it. */
export type EventListRow = SelectedRow<typeof event> & SelectedRow<typeof source> & SelectedRow<typeof target> &
  SelectedRow<typeof evidence> & { mention_count: number }

const sourceDetail = columnsOf(tables.actors, 's', { pick: ['description'], prefix: 'source_' })
const targetDetail = outer(columnsOf(tables.actors, 't', { pick: ['description'], prefix: 'target_' }))
const mentionArticle = columnsOf(tables.articles, 'a', { pick: ['id', 'title', 'outlet', 'url', 'published_date'] })
const mention = columnsOf(tables.event_mentions, 'm', {
  pick: ['sentence_index', 'char_start', 'char_end', 'evidence'],
})

export type MentionRow = { article: SelectedRow<typeof mentionArticle> } & SelectedRow<typeof mention>

/** An event with what its detail adds: actor descriptions, their roles that day, every mention. */
export type EventDetailRow = EventListRow & SelectedRow<typeof sourceDetail> & SelectedRow<typeof targetDetail> &
  RoleColumns<'source_role_'> & RoleColumns<'target_role_'> & { mentions: MentionRow[] }

/** A dyad's two directions (one when both actors are the same). */
const directions = ([a, b]: [string, string]): [string, string][] => (a === b ? [[a, b]] : [[a, b], [b, a]])

/** An event list's keyset position: (date, id). */
export type EventKey = [date: string, id: string]

/** How each column of an EventListRow is written in an export line. */
const listKinds = kindsOf([event, source, target, evidence], { mention_count: 'number' })

export function createEventsRepository(sql: Sql) {
  const listColumns = selectList(sql, event, source, target, evidence)
  const joins = sql`
    JOIN actors s ON s.id = e.source_actor_id
    LEFT JOIN actors t ON t.id = e.target_actor_id
    LEFT JOIN LATERAL (
      SELECT m.article_id, m.sentence_index, m.char_start, m.char_end, m.evidence FROM event_mentions m
      WHERE m.event_id = e.id ORDER BY m.article_id, m.char_start, m.id LIMIT 1
    ) fm ON TRUE`
  const from = (events: Fragment) => sql`FROM ${events} e ${joins}`
  const mentionCount = sql`(SELECT count(*)::int FROM event_mentions cm WHERE cm.event_id = e.id) AS mention_count`

  /** The ORDER BY of `sort`, and the keyset condition of the rows after `after`. */
  const ordering = (sort: Sort, after?: EventKey) => {
    const dir = sort === 'date' ? sql`ASC` : sql`DESC`
    const keyset = after && (sort === 'date'
      ? sql`(e.date, e.id) > (${after[0]}::date, ${after[1]})`
      : sql`(e.date, e.id) < (${after[0]}::date, ${after[1]})`)
    return { keyset, order: sql`e.date ${dir}, e.id ${dir}` }
  }

  return {
    /**
     * Up to `take` events in (date, id) order after `after`; checks in the same statement that the
     * actors and article the filter names (and `pathActor`) exist.
     */
    async list(filter: EventFilter, sort: Sort, take: number, after?: EventKey, pathActor?: string) {
      const { keyset, order } = ordering(sort, after)
      const { dyad, ...others } = filter
      const where = (f: EventFilter, ...extra: Fragment[]) =>
        eventFilterSql(sql, f, keyset ? [keyset, ...extra] : extra)
      // a dyad: the page of each direction from the (source, target, date, id) index, merged; the
      // actors and evidence are then joined to at most two pages, not to every event of the pair
      const events = dyad
        ? sql`(${directions(dyad).map(([a, b]) => sql`(SELECT e.* FROM events e
            WHERE ${where(others, direction(sql, a, b))}
            ORDER BY ${order} LIMIT ${take})`).reduce((all, branch) => sql`${all} UNION ALL ${branch}`)})`
        : sql`events`
      return checked<EventListRow>(sql, eventFilterReferences(filter, pathActor), sql`
        SELECT row_number() OVER (ORDER BY ${order}) AS row_no, ${listColumns}, ${mentionCount}
        ${from(events)}
        WHERE ${dyad ? sql`TRUE` : where(filter)}
        ORDER BY ${order}
        LIMIT ${take}`)
    },

    /**
     * An export batch: up to `take` events after `after` and the `skip` next ones (the list's filter
     * and order), each as its line, written by PostgreSQL. The events are picked first, then joined,
     * so skipped ones cost an index step. The references are checked once, before
     * (`checkReferences`). The query is returned unawaited: it can be cancelled.
     */
    exportBatch<T>(filter: EventFilter, sort: Sort, take: number, after: EventKey | undefined,
      line: LineSpec<EventListRow, T>, skip = 0) {
      const { keyset, order } = ordering(sort, after)
      return sql`
        SELECT r.date, r.id, ${lineSql(sql, line, listKinds)} AS line FROM (
          SELECT ${listColumns}, ${mentionCount}
          FROM (
            SELECT e.* FROM events e
            WHERE ${eventFilterSql(sql, filter, keyset ? [keyset] : [])}
            ORDER BY ${order}
            LIMIT ${take} OFFSET ${skip}) e
          ${joins}
          ORDER BY ${order}) r`.raw() as unknown as Promise<LineRow[]> & { cancel(): unknown }
    },

    /** Throws the domain error of the first actor or article the filter (or `pathActor`) names that does not exist. */
    checkReferences: (filter: EventFilter, pathActor?: string) =>
      checkReferences(sql, eventFilterReferences(filter, pathActor)),

    /** One event with its actors' descriptions and roles on its date, and every mention. */
    async get(id: string): Promise<EventDetailRow> {
      const sourceRole = roleAt(sql, sql`e.source_actor_id`, sql`e.date`, 'source_role_')
      const targetRole = roleAt(sql, sql`e.target_actor_id`, sql`e.date`, 'target_role_')
      const [row] = await sql<EventDetailRow[]>`
        SELECT ${listColumns}, ${mentionCount}, ${selectList(sql, sourceDetail, targetDetail)},
          ${sourceRole.columns}, ${targetRole.columns},
          (SELECT coalesce(json_agg(
                    json_build_object('article', ${jsonObject(sql, mentionArticle)}, ${jsonPairs(sql, mention)})
                    ORDER BY a.published_date, m.article_id, m.char_start, m.id), '[]')
           FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id) AS mentions
        ${from(sql`events`)} ${sourceRole.join} ${targetRole.join}
        WHERE e.id = ${id}`
      if (!row) throw new NotFoundError('event', id)
      return row
    },
  }
}

export type EventsRepository = ReturnType<typeof createEventsRepository>
