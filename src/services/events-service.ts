import type { EventFilter, EventKeyset, EventRow, EventsRepository } from '../repositories/events-repository.ts'
import type { CursorCodec } from '../lib/cursor.ts'
import { allPages } from '../lib/export.ts'
import { isoDate, toPage } from '../lib/pagination.ts'
import { AppError, badParameter, notFound } from '../errors.ts'
import { eventFieldNames, type Event, type EventDetail, type EventFieldName, type EventFilterInput, type EventListQuery } from '../schemas/events.ts'

/** Rows fetched per query while streaming an export. */
const EXPORT_BATCH = 500

type ListQuery = Omit<EventListQuery, 'actor'> & { actor?: string }

const toEvent = (r: EventRow): Event => ({
  id: r.id,
  date: r.date,
  date_end: r.date_end,
  date_precision: r.date_precision,
  date_text: r.date_text,
  source: { id: r.source_id, name: r.source_name, kind: r.source_kind, country: r.source_country },
  target: r.target_id && r.target_name && r.target_kind ? { id: r.target_id, name: r.target_name, kind: r.target_kind, country: r.target_country } : null,
  event_type: r.event_type,
  cameo_code: r.cameo_code,
  cameo_root: r.cameo_root,
  quad_class: r.quad_class,
  goldstein: r.goldstein,
  summary: r.summary,
  confidence: r.confidence,
  coder_version: r.coder_version,
  mention_count: r.mention_count,
  evidence:
    r.ev_article_id === null
      ? null
      : { article_id: r.ev_article_id, sentence_index: r.ev_sentence_index ?? 0, char_start: r.ev_char_start ?? 0, char_end: r.ev_char_end ?? 0, text: r.ev_text ?? '' },
  created_at: r.created_at.toISOString(),
  updated_at: r.updated_at.toISOString(),
})

/** CSV columns, flat, in order, each with the top-level field that brings it. */
const csvColumns: [column: string, field: EventFieldName, value: (r: EventRow) => unknown][] = [
  ['id', 'id', (r) => r.id],
  ['date', 'date', (r) => r.date],
  ['date_end', 'date_end', (r) => r.date_end],
  ['date_precision', 'date_precision', (r) => r.date_precision],
  ['date_text', 'date_text', (r) => r.date_text],
  ['source_id', 'source', (r) => r.source_id],
  ['source_name', 'source', (r) => r.source_name],
  ['target_id', 'target', (r) => r.target_id],
  ['target_name', 'target', (r) => r.target_name],
  ['event_type', 'event_type', (r) => r.event_type],
  ['cameo_code', 'cameo_code', (r) => r.cameo_code],
  ['cameo_root', 'cameo_root', (r) => r.cameo_root],
  ['quad_class', 'quad_class', (r) => r.quad_class],
  ['goldstein', 'goldstein', (r) => r.goldstein],
  ['summary', 'summary', (r) => r.summary],
  ['confidence', 'confidence', (r) => r.confidence],
  ['mention_count', 'mention_count', (r) => r.mention_count],
  ['evidence', 'evidence', (r) => r.ev_text],
  ['article_id', 'evidence', (r) => r.ev_article_id],
  ['sentence_index', 'evidence', (r) => r.ev_sentence_index],
  ['char_start', 'evidence', (r) => r.ev_char_start],
  ['char_end', 'evidence', (r) => r.ev_char_end],
  ['coder_version', 'coder_version', (r) => r.coder_version],
  ['created_at', 'created_at', (r) => r.created_at.toISOString()],
  ['updated_at', 'updated_at', (r) => r.updated_at.toISOString()],
]

/** `fields=a,b` as the set of fields to keep (with `id`), or null for all; an unknown name is a 400. */
function parseFields(fields: string | undefined): Set<EventFieldName> | null {
  if (fields === undefined) return null
  const names = fields.split(',').map((f) => f.trim()).filter(Boolean)
  const unknown = names.filter((n) => !(eventFieldNames as readonly string[]).includes(n))
  if (unknown.length) throw badParameter('fields', `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${u}'`).join(', ')}; use any of ${eventFieldNames.join(', ')}`)
  if (!names.length) throw badParameter('fields', 'names no field')
  return new Set<EventFieldName>(['id', ...(names as EventFieldName[])])
}

const project = (e: Event, keep: Set<EventFieldName> | null): Partial<Event> & { id: string } =>
  keep ? { id: e.id, ...Object.fromEntries(eventFieldNames.filter((f) => keep.has(f)).map((f) => [f, e[f]])) } : e

export function createEventsService(repo: EventsRepository, cursors: CursorCodec) {
  /** Checks a filter (range, actor and article ids) and turns it into the repository's form. */
  async function resolveFilter(q: EventFilterInput): Promise<EventFilter> {
    if (q.from && q.to && q.from > q.to) throw badParameter('from', `must not be after to (${q.to})`)
    const dyad = q.dyad ? (q.dyad.split(',') as [string, string]) : undefined
    await repo.assertActorsExist({ actor: q.actor ? [q.actor] : undefined, source: q.source ? [q.source] : undefined, target: q.target ? [q.target] : undefined, dyad })
    if (q.article && !(await repo.articleExists(q.article))) { throw new AppError('NOT_FOUND', `article: no article with id '${q.article}'`, [{ in: 'query', parameter: 'article', message: `unknown article id '${q.article}'` }]) }
    const { from, to, actor, source, target, type, cameo, root, quad, article, q: text } = q
    return { from, to, actor, source, target, dyad, type, cameo, root, quad, article, q: text, country: q.country?.toUpperCase() }
  }

  const order = (sort: 'date' | '-date') => (sort === 'date' ? 'asc' : 'desc')

  async function list(q: ListQuery, url: string, scope: string) {
    const keep = parseFields(q.fields)
    const filter = await resolveFilter(q)
    const cursorScope = `${scope}:${q.sort}`
    let after: EventKeyset | undefined
    if (q.cursor) {
      const [date, id] = cursors.decode(cursorScope, q.cursor)
      if (typeof date !== 'string' || typeof id !== 'string') throw badParameter('cursor', 'is malformed')
      after = { date, id }
    }
    const rows = await repo.list(filter, order(q.sort), q.limit + 1, after)
    return toPage(rows, q.limit, url, (r) => cursors.encode(cursorScope, [r.date, r.id]), (r) => project(toEvent(r), keep))
  }

  /** Everything an export needs; checks run before the first byte is sent. */
  async function exportRows(q: ListQuery) {
    const keep = parseFields(q.fields)
    const filter = await resolveFilter(q)
    const rows = allPages<EventRow, EventKeyset>(async (after) => {
      const batch = await repo.list(filter, order(q.sort), EXPORT_BATCH + 1, after)
      const more = batch.length > EXPORT_BATCH
      const kept = more ? batch.slice(0, EXPORT_BATCH) : batch
      const last = kept.at(-1)
      return { rows: kept, next: more && last ? { date: last.date, id: last.id } : undefined }
    })
    const columns = Object.fromEntries(csvColumns.filter(([, field]) => !keep || keep.has(field)).map(([column, , value]) => [column, value]))
    return { columns, toObject: (r: EventRow) => project(toEvent(r), keep), rows }
  }

  async function assertActor(id: string) {
    if (!(await repo.actorExists(id))) throw notFound('actor', id)
  }

  return {
    resolveFilter,

    list: (q: EventListQuery, url: string) => list(q, url, 'events'),

    export: (q: EventListQuery) => exportRows(q),

    async listForActor(actorId: string, q: Omit<EventListQuery, 'actor'>, url: string) {
      await assertActor(actorId)
      return list({ ...q, actor: actorId }, url, `actor-events:${actorId}`)
    },

    async exportForActor(actorId: string, q: Omit<EventListQuery, 'actor'>) {
      await assertActor(actorId)
      return exportRows({ ...q, actor: actorId })
    },

    async get(id: string): Promise<EventDetail> {
      const row = await repo.get(id)
      if (!row) throw notFound('event', id)
      const ids = [row.source_id, ...(row.target_id ? [row.target_id] : [])]
      const [mentions, actors, roles] = await Promise.all([
        repo.mentions(id),
        repo.actorDetails(ids),
        repo.rolesAt(ids.map((actorId) => ({ actorId, date: row.date }))),
      ])
      const expand = (actorId: string) => {
        const a = actors.find((x) => x.id === actorId)
        if (!a) throw new Error(`event ${id} refers to missing actor ${actorId}`)
        return { id: a.id, name: a.name, kind: a.kind, country: a.country, description: a.description, role: roles.get(`${actorId}|${row.date}`) ?? null }
      }
      return {
        ...toEvent(row),
        source: expand(row.source_id),
        target: row.target_id ? expand(row.target_id) : null,
        mentions: mentions.map((m) => ({
          article: { id: m.article.id, title: m.article.title, outlet: m.article.outlet, url: m.article.url, published_date: isoDate(m.article.publishedDate) },
          sentence_index: m.sentenceIndex,
          char_start: m.charStart,
          char_end: m.charEnd,
          evidence: m.evidence,
        })),
      }
    },
  }
}

export type EventsService = ReturnType<typeof createEventsService>
