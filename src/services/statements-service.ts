import type { StatementRow, StatementsRepository } from '../repositories/statements-repository.ts'
import { roleOf } from '../repositories/dated.ts'
import { byDate, type Listing } from '../lib/listing.ts'
import { asIs, csvColumnsOf, type CsvColumns } from '../lib/export.ts'
import { DateIdKey } from '../schemas/common.ts'
import type { ActorStatementsQuery, Statement, StatementListQuery } from '../schemas/statements.ts'
import { catalogued } from './catalogue.ts'

/** The one mapping from a stored statement to the API's Statement. */
export const toStatement = (r: StatementRow): Statement => ({
  id: r.id,
  speaker: {
    id: r.speaker_id, name: r.speaker_name, kind: r.speaker_kind, country: r.speaker_country, role: roleOf(r, 'role_'),
  },
  text: r.text,
  direct: r.direct,
  date: r.date,
  date_end: r.date_end,
  date_precision: r.date_precision,
  date_text: r.date_text,
  article: {
    id: r.article_id, title: r.article_title, outlet: r.article_outlet, url: r.article_url,
    published_date: r.article_published_date,
  },
  evidence: {
    article_id: r.article_id, sentence_index: r.sentence_index, char_start: r.char_start, char_end: r.char_end,
    text: r.evidence,
  },
  coder_version: r.coder_version,
  created_at: r.created_at,
  updated_at: r.updated_at,
})

const own = (field: keyof Statement & string) => asIs<Statement>(field)

/** The CSV columns of a statement export, by the field that brings them (NDJSON lines are the objects). */
const statementCsv: CsvColumns<Statement> = {
  id: own('id'),
  speaker: {
    speaker_id: (s) => s.speaker.id,
    speaker_name: (s) => s.speaker.name,
    speaker_role: (s) => s.speaker.role?.title,
    speaker_affiliation: (s) => s.speaker.role?.affiliation,
  },
  text: own('text'),
  direct: own('direct'),
  date: own('date'),
  date_end: own('date_end'),
  date_precision: own('date_precision'),
  date_text: own('date_text'),
  article: {
    article_id: (s) => s.article.id,
    article_title: (s) => s.article.title,
    article_outlet: (s) => s.article.outlet,
    article_url: (s) => s.article.url,
    article_published_date: (s) => s.article.published_date,
  },
  evidence: {
    sentence_index: (s) => s.evidence.sentence_index,
    char_start: (s) => s.evidence.char_start,
    char_end: (s) => s.evidence.char_end,
    evidence: (s) => s.evidence.text,
  },
  coder_version: own('coder_version'),
  created_at: own('created_at'),
  updated_at: own('updated_at'),
}

type Query = ActorStatementsQuery & { speaker?: string; article?: string }

export function createStatementsService(repo: StatementsRepository, listing: Listing) {
  /** The listing of `q` (the query is the filter, passed whole); an actor's history checks that actor first. */
  const keyset = (q: Query, scope: string, pathActor?: string) =>
    byDate(scope, q.sort, DateIdKey, (take, after) => repo.list(q, q.sort, take, after, pathActor))

  const exportRows = async (q: Query, scope: string, pathActor?: string) => ({
    columns: csvColumnsOf(statementCsv),
    toObject: (s: Statement) => s,
    rows: await listing.all(keyset(q, scope, pathActor), toStatement),
  })

  return catalogued({
    list: (q: StatementListQuery, url: string) => listing.page(keyset(q, 'statements'), q, url, toStatement),
    listForActor: (actorId: string, q: ActorStatementsQuery, url: string) =>
      listing.page(keyset(q, `actor-statements:${actorId}`, actorId), q, url, toStatement),
    /** Every matching statement for a CSV/NDJSON export (cursor and limit ignored); checks run first. */
    export: (q: StatementListQuery) => exportRows(q, 'statements'),
    exportForActor: (actorId: string, q: ActorStatementsQuery) => exportRows(q, `actor-statements:${actorId}`, actorId),
    get: async (id: string) => toStatement(await repo.get(id)),
  })
}

export type StatementsService = ReturnType<typeof createStatementsService>
