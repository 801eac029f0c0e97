import type { EventDetailRow, EventListRow, EventsRepository } from '../repositories/events-repository.ts'
import { roleOf } from '../repositories/dated.ts'
import { byDate, lineBatches, type DatedKey, type LineKeyset, type Listing } from '../lib/listing.ts'
import { asIs, csvColumnsOf, lineEnd, type CsvColumns, type ExportFormat, type ExportText } from '../lib/export.ts'
import type { JsonShape, LineRow, LineSpec } from '../repositories/export-lines.ts'
import { DateIdKey } from '../schemas/common.ts'
import {
  eventFieldNames, type ActorEventsQuery, type Event, type EventDetail, type EventFieldName, type EventListQuery,
} from '../schemas/events.ts'
import { catalogued } from './catalogue.ts'

/** The one mapping from a stored event to the API's Event. */
export const toEvent = (r: EventListRow): Event => ({
  id: r.id,
  date: r.date,
  date_end: r.date_end,
  date_precision: r.date_precision,
  date_text: r.date_text,
  source: { id: r.source_id, name: r.source_name, kind: r.source_kind, country: r.source_country },
  target: r.target_id !== null && r.target_name !== null && r.target_kind !== null
    ? { id: r.target_id, name: r.target_name, kind: r.target_kind, country: r.target_country }
    : null,
  event_type: r.event_type,
  cameo_code: r.cameo_code,
  cameo_root: r.cameo_root,
  quad_class: r.quad_class,
  goldstein: r.goldstein,
  summary: r.summary,
  confidence: r.confidence,
  coder_version: r.coder_version,
  mention_count: r.mention_count,
  evidence: r.ev_article_id === null
    ? null
    : {
        article_id: r.ev_article_id,
        sentence_index: r.ev_sentence_index ?? 0,
        char_start: r.ev_char_start ?? 0,
        char_end: r.ev_char_end ?? 0,
        text: r.ev_evidence ?? '',
      },
  created_at: r.created_at,
  updated_at: r.updated_at,
})

/**
 * Where each field of an Event comes from in a stored row, in toEvent's order: what PostgreSQL writes
 * an export's NDJSON and CSV lines from (the test checks both give the same text).
 */
export const eventRowShape: JsonShape<EventListRow, Event> = {
  id: 'id',
  date: 'date',
  date_end: 'date_end',
  date_precision: 'date_precision',
  date_text: 'date_text',
  source: { fields: { id: 'source_id', name: 'source_name', kind: 'source_kind', country: 'source_country' } },
  target: {
    fields: { id: 'target_id', name: 'target_name', kind: 'target_kind', country: 'target_country' },
    nullWhenNull: ['target_id', 'target_name', 'target_kind'],
  },
  event_type: 'event_type',
  cameo_code: 'cameo_code',
  cameo_root: 'cameo_root',
  quad_class: 'quad_class',
  goldstein: 'goldstein',
  summary: 'summary',
  confidence: 'confidence',
  coder_version: 'coder_version',
  mention_count: 'mention_count',
  evidence: {
    fields: {
      article_id: 'ev_article_id', sentence_index: 'ev_sentence_index', char_start: 'ev_char_start',
      char_end: 'ev_char_end', text: 'ev_evidence',
    },
    nullWhenNull: ['ev_article_id'],
  },
  created_at: 'created_at',
  updated_at: 'updated_at',
}

/** The CSV columns of an event export (header → path in the Event), by the field that brings them. */
export const eventCsv: CsvColumns<Event> = {
  id: asIs('id'),
  date: asIs('date'),
  date_end: asIs('date_end'),
  date_precision: asIs('date_precision'),
  date_text: asIs('date_text'),
  source: { source_id: 'source.id', source_name: 'source.name' },
  target: { target_id: 'target.id', target_name: 'target.name' },
  event_type: asIs('event_type'),
  cameo_code: asIs('cameo_code'),
  cameo_root: asIs('cameo_root'),
  quad_class: asIs('quad_class'),
  goldstein: asIs('goldstein'),
  summary: asIs('summary'),
  confidence: asIs('confidence'),
  mention_count: asIs('mention_count'),
  evidence: {
    evidence: 'evidence.text',
    article_id: 'evidence.article_id',
    sentence_index: 'evidence.sentence_index',
    char_start: 'evidence.char_start',
    char_end: 'evidence.char_end',
  },
  coder_version: asIs('coder_version'),
  created_at: asIs('created_at'),
  updated_at: asIs('updated_at'),
}

/** The event with only the fields kept (and `id`), or whole. */
const project = (e: Event, keep: ReadonlySet<EventFieldName> | undefined): Partial<Event> & { id: string } =>
  keep ? { id: e.id, ...Object.fromEntries(eventFieldNames.filter((f) => keep.has(f)).map((f) => [f, e[f]])) } : e

/** An event detail: the event, both actors with their description and role that day, every mention. */
function toEventDetail(r: EventDetailRow): EventDetail {
  return {
    ...toEvent(r),
    source: {
      id: r.source_id, name: r.source_name, kind: r.source_kind, country: r.source_country,
      description: r.source_description, role: roleOf(r, 'source_role_'),
    },
    target: r.target_id === null || r.target_name === null || r.target_kind === null
      ? null
      : {
          id: r.target_id, name: r.target_name, kind: r.target_kind, country: r.target_country,
          description: r.target_description, role: roleOf(r, 'target_role_'),
        },
    mentions: r.mentions,
  }
}

type Query = ActorEventsQuery & { actor?: string[] }

export function createEventsService(repo: EventsRepository, listing: Listing) {
  /** The listing of `q` (the query is the filter, passed whole); an actor's events check that actor first. */
  const keyset = (q: Query, scope: string, pathActor?: string) =>
    byDate(scope, q.sort, DateIdKey, (take, after) => repo.list(q, q.sort, take, after, pathActor))

  const page = (q: Query, url: string, scope: string, pathActor?: string) =>
    listing.page(keyset(q, scope, pathActor), q, url, (r) => project(toEvent(r), q.fields))

  /**
   * Every matching event as NDJSON or CSV lines written by PostgreSQL, in batches; the references
   * the filter names are checked first (a 404 before any byte).
   */
  const exportText = async (q: Query, format: ExportFormat, pathActor?: string): Promise<ExportText> => {
    await repo.checkReferences(q, pathActor)
    const columns = csvColumnsOf(eventCsv, q.fields)
    const keys = q.fields && eventFieldNames.filter((f) => f === 'id' || q.fields!.has(f))
    const line: LineSpec<EventListRow, Event> = format === 'ndjson'
      ? { format, shape: eventRowShape, ...(keys && { keys }) }
      : { format, shape: eventRowShape, paths: Object.values(columns) }
    const lines: LineKeyset<LineRow, DatedKey> = {
      keyOf: ([date, id]) => [date.toString(), id.toString()],
      lineOf: ([, , line]) => line,
      fetch: (take, after, skip) => repo.exportBatch(q, q.sort, take, after, line, skip),
    }
    return { headers: Object.keys(columns), batches: await lineBatches(lines, lineEnd(format)) }
  }

  return catalogued({
    list: (q: EventListQuery, url: string) => page(q, url, 'events'),
    export: (q: EventListQuery, format: ExportFormat) => exportText(q, format),
    listForActor: (actorId: string, q: ActorEventsQuery, url: string) =>
      page({ ...q, actor: [actorId] }, url, `actor-events:${actorId}`, actorId),
    exportForActor: (actorId: string, q: ActorEventsQuery, format: ExportFormat) =>
      exportText({ ...q, actor: [actorId] }, format, actorId),
    get: async (id: string) => toEventDetail(await repo.get(id)),
  })
}

export type EventsService = ReturnType<typeof createEventsService>
