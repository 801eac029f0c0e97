import type { StatementRow, StatementsRepository } from '../repositories/statements-repository.ts'
import { roleOf } from '../repositories/dated.ts'
import { byDate, lineBatches, type DatedKey, type LineKeyset, type Listing } from '../lib/listing.ts'
import { asIs, csvColumnsOf, lineEnd, type CsvColumns, type ExportFormat, type ExportText } from '../lib/export.ts'
import type { JsonShape, LineRow, LineSpec } from '../repositories/export-lines.ts'
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

/**
 * Where each field of a Statement comes from in a stored row, in toStatement's order: what PostgreSQL
 * writes an export's NDJSON and CSV lines from (the test checks both give the same text).
 */
export const statementRowShape: JsonShape<StatementRow, Statement> = {
  id: 'id',
  speaker: {
    fields: {
      id: 'speaker_id', name: 'speaker_name', kind: 'speaker_kind', country: 'speaker_country',
      role: {
        fields: {
          title: 'role_title', affiliation: 'role_affiliation', country: 'role_country',
          valid_from: 'role_valid_from', valid_to: 'role_valid_to',
        },
        nullWhenNull: ['role_title'],
      },
    },
  },
  text: 'text',
  direct: 'direct',
  date: 'date',
  date_end: 'date_end',
  date_precision: 'date_precision',
  date_text: 'date_text',
  article: {
    fields: {
      id: 'article_id', title: 'article_title', outlet: 'article_outlet', url: 'article_url',
      published_date: 'article_published_date',
    },
  },
  evidence: {
    fields: {
      article_id: 'article_id', sentence_index: 'sentence_index', char_start: 'char_start', char_end: 'char_end',
      text: 'evidence',
    },
  },
  coder_version: 'coder_version',
  created_at: 'created_at',
  updated_at: 'updated_at',
}

/** The CSV columns of a statement export (header → path in the Statement), by the field that brings them. */
export const statementCsv: CsvColumns<Statement> = {
  id: asIs('id'),
  speaker: {
    speaker_id: 'speaker.id',
    speaker_name: 'speaker.name',
    speaker_role: 'speaker.role.title',
    speaker_affiliation: 'speaker.role.affiliation',
  },
  text: asIs('text'),
  direct: asIs('direct'),
  date: asIs('date'),
  date_end: asIs('date_end'),
  date_precision: asIs('date_precision'),
  date_text: asIs('date_text'),
  article: {
    article_id: 'article.id',
    article_title: 'article.title',
    article_outlet: 'article.outlet',
    article_url: 'article.url',
    article_published_date: 'article.published_date',
  },
  evidence: {
    sentence_index: 'evidence.sentence_index',
    char_start: 'evidence.char_start',
    char_end: 'evidence.char_end',
    evidence: 'evidence.text',
  },
  coder_version: asIs('coder_version'),
  created_at: asIs('created_at'),
  updated_at: asIs('updated_at'),
}

type Query = ActorStatementsQuery & { speaker?: string; article?: string }

export function createStatementsService(repo: StatementsRepository, listing: Listing) {
  /** The listing of `q` (the query is the filter, passed whole); an actor's history checks that actor first. */
  const keyset = (q: Query, scope: string, pathActor?: string) =>
    byDate(scope, q.sort, DateIdKey, (take, after) => repo.list(q, q.sort, take, after, pathActor))

  /**
   * Every matching statement as NDJSON or CSV lines written by PostgreSQL, in batches; the speaker
   * and article named are checked first (a 404 before any byte).
   */
  const exportText = async (q: Query, format: ExportFormat, pathActor?: string): Promise<ExportText> => {
    await repo.checkReferences(q, pathActor)
    const columns = csvColumnsOf(statementCsv)
    const line: LineSpec<StatementRow, Statement> = format === 'ndjson'
      ? { format, shape: statementRowShape }
      : { format, shape: statementRowShape, paths: Object.values(columns) }
    const lines: LineKeyset<LineRow, DatedKey> = {
      keyOf: ([date, id]) => [date.toString(), id.toString()],
      lineOf: ([, , line]) => line,
      fetch: (take, after, skip) => repo.exportBatch(q, q.sort, take, after, line, skip, pathActor),
    }
    return { headers: Object.keys(columns), batches: await lineBatches(lines, lineEnd(format)) }
  }

  return catalogued({
    list: (q: StatementListQuery, url: string) => listing.page(keyset(q, 'statements'), q, url, toStatement),
    listForActor: (actorId: string, q: ActorStatementsQuery, url: string) =>
      listing.page(keyset(q, `actor-statements:${actorId}`, actorId), q, url, toStatement),
    /** Every matching statement for a CSV/NDJSON export (cursor and limit ignored); checks run first. */
    export: (q: StatementListQuery, format: ExportFormat) => exportText(q, format),
    exportForActor: (actorId: string, q: ActorStatementsQuery, format: ExportFormat) =>
      exportText(q, format, actorId),
    get: async (id: string) => toStatement(await repo.get(id)),
  })
}

export type StatementsService = ReturnType<typeof createStatementsService>
