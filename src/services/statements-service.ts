import type { StatementFilter, StatementKeyset, StatementRow, StatementsRepository } from '../repositories/statements-repository.ts'
import type { CursorCodec } from '../lib/cursor.ts'
import { allPages } from '../lib/export.ts'
import { isoDate, toPage } from '../lib/pagination.ts'
import { AppError, badParameter, notFound } from '../errors.ts'
import type { ActorStatementsQuery, Statement, StatementListQuery } from '../schemas/statements.ts'

/** Rows fetched per query when exporting. */
const EXPORT_BATCH = 500

type Sort = StatementListQuery['sort']

/** CSV columns of a statement export (NDJSON lines are the JSON objects themselves). */
export const statementColumns: Record<string, (s: Statement) => unknown> = {
  id: (s) => s.id,
  speaker_id: (s) => s.speaker.id,
  speaker_name: (s) => s.speaker.name,
  speaker_role: (s) => s.speaker.role?.title,
  speaker_affiliation: (s) => s.speaker.role?.affiliation,
  text: (s) => s.text,
  direct: (s) => s.direct,
  date: (s) => s.date,
  date_end: (s) => s.date_end,
  date_precision: (s) => s.date_precision,
  date_text: (s) => s.date_text,
  article_id: (s) => s.article.id,
  article_title: (s) => s.article.title,
  article_outlet: (s) => s.article.outlet,
  article_url: (s) => s.article.url,
  article_published_date: (s) => s.article.published_date,
  sentence_index: (s) => s.evidence.sentence_index,
  char_start: (s) => s.evidence.char_start,
  char_end: (s) => s.evidence.char_end,
  evidence: (s) => s.evidence.text,
  coder_version: (s) => s.coder_version,
  created_at: (s) => s.created_at,
  updated_at: (s) => s.updated_at,
}

const filterOf = (q: ActorStatementsQuery, speaker?: string, article?: string): StatementFilter => ({
  speaker,
  article,
  from: q.from,
  to: q.to,
  direct: q.direct,
  q: q.q,
})

export function createStatementsService(repo: StatementsRepository, cursors: CursorCodec) {
  /** Maps rows to the API shape, with each speaker's role on the statement's date. */
  async function toStatements(rows: StatementRow[]): Promise<Statement[]> {
    const roles = await repo.rolesAt(rows.map((r) => ({ actorId: r.speakerId, date: isoDate(r.date) })))
    return rows.map((r) => ({
      id: r.id,
      speaker: { id: r.speaker.id, name: r.speaker.name, kind: r.speaker.kind, country: r.speaker.country, role: roles.get(`${r.speakerId}|${isoDate(r.date)}`) ?? null },
      text: r.text,
      direct: r.direct,
      date: isoDate(r.date),
      date_end: isoDate(r.dateEnd),
      date_precision: r.datePrecision,
      date_text: r.dateText,
      article: { id: r.article.id, title: r.article.title, outlet: r.article.outlet, url: r.article.url, published_date: isoDate(r.article.publishedDate) },
      evidence: { article_id: r.articleId, sentence_index: r.sentenceIndex, char_start: r.charStart, char_end: r.charEnd, text: r.evidence },
      coder_version: r.coderVersion,
      created_at: r.createdAt.toISOString(),
      updated_at: r.updatedAt.toISOString(),
    }))
  }

  /** Checks what the database must confirm before anything is listed or streamed. */
  async function check(filter: StatementFilter, actorPath?: string) {
    if (filter.from && filter.to && filter.from > filter.to) throw badParameter('from', `must not be after to (${filter.to})`)
    if (actorPath !== undefined) {
      if (!(await repo.actorExists(actorPath))) throw notFound('actor', actorPath)
    } else {
      await repo.assertActorsExist({ speaker: filter.speaker === undefined ? undefined : [filter.speaker] })
    }
    if (filter.article !== undefined && !(await repo.articleExists(filter.article))) { throw new AppError('NOT_FOUND', `article: no article with id '${filter.article}'`, [{ in: 'query', parameter: 'article', message: `unknown article id '${filter.article}'` }]) }
  }

  async function page(filter: StatementFilter, q: ActorStatementsQuery, url: string, listing: string) {
    const scope = `${listing}:${q.sort}`
    const after = q.cursor ? cursors.decode(scope, q.cursor) : undefined
    const keyset = after ? { date: String(after[0]), id: String(after[1]) } : undefined
    const rows = await repo.list(filter, order(q.sort), q.limit + 1, keyset)
    const pageOf = toPage(rows, q.limit, url, (r) => cursors.encode(scope, [isoDate(r.date), r.id]), (r) => r)
    return { ...pageOf, data: await toStatements(pageOf.data) }
  }

  /** Every matching statement, fetched in keyset batches. */
  function stream(filter: StatementFilter, sort: Sort): AsyncIterable<Statement> {
    return allPages<Statement, StatementKeyset>(async (after) => {
      const rows = await repo.list(filter, order(sort), EXPORT_BATCH, after)
      const last = rows.at(-1)
      const next = rows.length === EXPORT_BATCH && last ? { date: isoDate(last.date), id: last.id } : undefined
      return { rows: await toStatements(rows), next }
    })
  }

  return {
    async list(q: StatementListQuery, url: string) {
      const filter = filterOf(q, q.speaker, q.article)
      await check(filter)
      return page(filter, q, url, 'statements')
    },

    async listForActor(actorId: string, q: ActorStatementsQuery, url: string) {
      const filter = filterOf(q, actorId)
      await check(filter, actorId)
      return page(filter, q, url, `actor-statements:${actorId}`)
    },

    /** Validates, then returns every matching row for a CSV/NDJSON export (cursor and limit ignored). */
    async export(q: StatementListQuery) {
      const filter = filterOf(q, q.speaker, q.article)
      await check(filter)
      return stream(filter, q.sort)
    },

    async exportForActor(actorId: string, q: ActorStatementsQuery) {
      const filter = filterOf(q, actorId)
      await check(filter, actorId)
      return stream(filter, q.sort)
    },

    async get(id: string): Promise<Statement> {
      const row = await repo.get(id)
      if (!row) throw notFound('statement', id)
      const [statement] = await toStatements([row])
      return statement!
    },
  }
}

const order = (sort: Sort) => (sort === 'date' ? 'asc' : 'desc')

export type StatementsService = ReturnType<typeof createStatementsService>
