import type { EventDetailRow, EventListRow, EventsRepository } from '../repositories/events-repository.ts'
import { roleOf } from '../repositories/dated.ts'
import { byDate, type Listing } from '../lib/listing.ts'
import { asIs, csvColumnsOf, type CsvColumns } from '../lib/export.ts'
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

const own = (field: keyof Event & string) => asIs<Event>(field)

/** The CSV columns of an event export, by the field that brings them (`fields=` keeps those it names). */
const eventCsv: CsvColumns<Event> = {
  id: own('id'),
  date: own('date'),
  date_end: own('date_end'),
  date_precision: own('date_precision'),
  date_text: own('date_text'),
  source: { source_id: (e) => e.source.id, source_name: (e) => e.source.name },
  target: { target_id: (e) => e.target?.id, target_name: (e) => e.target?.name },
  event_type: own('event_type'),
  cameo_code: own('cameo_code'),
  cameo_root: own('cameo_root'),
  quad_class: own('quad_class'),
  goldstein: own('goldstein'),
  summary: own('summary'),
  confidence: own('confidence'),
  mention_count: own('mention_count'),
  evidence: {
    evidence: (e) => e.evidence?.text,
    article_id: (e) => e.evidence?.article_id,
    sentence_index: (e) => e.evidence?.sentence_index,
    char_start: (e) => e.evidence?.char_start,
    char_end: (e) => e.evidence?.char_end,
  },
  coder_version: own('coder_version'),
  created_at: own('created_at'),
  updated_at: own('updated_at'),
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

  const exportRows = async (q: Query, scope: string, pathActor?: string) => ({
    columns: csvColumnsOf(eventCsv, q.fields),
    toObject: (e: Event) => project(e, q.fields),
    rows: await listing.all(keyset(q, scope, pathActor), toEvent),
  })

  return catalogued({
    list: (q: EventListQuery, url: string) => page(q, url, 'events'),
    export: (q: EventListQuery) => exportRows(q, 'events'),
    listForActor: (actorId: string, q: ActorEventsQuery, url: string) =>
      page({ ...q, actor: [actorId] }, url, `actor-events:${actorId}`, actorId),
    exportForActor: (actorId: string, q: ActorEventsQuery) =>
      exportRows({ ...q, actor: [actorId] }, `actor-events:${actorId}`, actorId),
    get: async (id: string) => toEventDetail(await repo.get(id)),
  })
}

export type EventsService = ReturnType<typeof createEventsService>
