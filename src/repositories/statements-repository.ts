// Statements with their speaker, the speaker's role on the statement's date and the source article:
// a page, an export batch or one statement, each in one statement.
import type { Sql } from '../db/sql.ts'
import { tables } from '../db/tables.ts'
import type { StatementFilter } from '../schemas/statements.ts'
import type { Sort } from '../schemas/common.ts'
import { NotFoundError } from '../domain/errors.ts'
import { columnsOf, selectList, type SelectedRow } from './columns.ts'
import { where, type Conditions } from './conditions.ts'
import { overlap, roleAt, roleColumns, type RoleColumns } from './dated.ts'
import { checkReferences, checked, referencesOf } from './references.ts'
import { kindsOf, lineSql, type LineRow, type LineSpec } from './export-lines.ts'

/** How each statement filter becomes a condition over `statements s`. */
const statementConditions: Conditions<StatementFilter> = {
  speaker: (sql, id) => sql`s.speaker_id = ${id}`,
  article: (sql, id) => sql`s.article_id = ${id}`,
  from: (sql, day) => overlap.from(sql, 's', day),
  to: (sql, day) => overlap.to(sql, 's', day),
  direct: (sql, direct) => sql`s.direct = ${direct}`,
  q: (sql, q) => sql`s.search @@ websearch_to_tsquery('english', ${q})`,
}

/** Which filters name records that must exist, in the order they are checked. */
const statementReferences = { speaker: 'actor', article: 'article' } as const

const statement = columnsOf(tables.statements, 's')
// the speaker's and the article's ids are the statement's speaker_id and article_id
const speaker = columnsOf(tables.actors, 'sp', { pick: ['name', 'kind', 'country'], prefix: 'speaker_' })
const article = columnsOf(tables.articles, 'a', {
  pick: ['title', 'outlet', 'url', 'published_date'], prefix: 'article_',
})

/** A statement as every statement route reads it. */
export type StatementRow = SelectedRow<typeof statement> & SelectedRow<typeof speaker> & SelectedRow<typeof article> &
  RoleColumns<'role_'>

/** How each column of a StatementRow is written in an export line. */
const rowKinds = kindsOf([statement, speaker, article, roleColumns('role_')])

/** A statement list's keyset position: (date, id). */
export type StatementKey = [date: string, id: string]

export function createStatementsRepository(sql: Sql) {
  const role = roleAt(sql, sql`s.speaker_id`, sql`s.date`, 'role_')
  const columns = sql`${selectList(sql, statement, speaker, article)}, ${role.columns}`
  const joins = sql`
    JOIN actors sp ON sp.id = s.speaker_id
    JOIN articles a ON a.id = s.article_id
    ${role.join}`
  const from = sql`FROM statements s ${joins}`

  /** The ORDER BY of `sort`, and the keyset condition of the rows after `after`. */
  const ordering = (sort: Sort, after?: StatementKey) => {
    const dir = sort === 'date' ? sql`ASC` : sql`DESC`
    const keyset = after && (sort === 'date'
      ? sql`(s.date, s.id) > (${after[0]}::date, ${after[1]}::text)`
      : sql`(s.date, s.id) < (${after[0]}::date, ${after[1]}::text)`)
    return { keyset, order: sql`s.date ${dir}, s.id ${dir}` }
  }
  /** With `pathActor` (an actor's history) that actor is the speaker and must exist. */
  const references = (filter: StatementFilter, pathActor?: string) => pathActor === undefined
    ? referencesOf(filter, statementReferences)
    : [{ entity: 'actor' as const, id: pathActor }, ...referencesOf(filter, { article: 'article' })]
  const scoped = (filter: StatementFilter, pathActor?: string) =>
    pathActor === undefined ? filter : { ...filter, speaker: pathActor }

  return {
    /**
     * Up to `take` statements in (date, id) order after `after`. With `pathActor` (an actor's history)
     * that actor is the speaker and must exist; so must a `speaker` or `article` the filter names.
     */
    async list(filter: StatementFilter, sort: Sort, take: number, after?: StatementKey, pathActor?: string) {
      const { keyset, order } = ordering(sort, after)
      return checked<StatementRow>(sql, references(filter, pathActor), sql`
        SELECT row_number() OVER (ORDER BY ${order}) AS row_no, ${columns}
        ${from}
        WHERE ${where(sql, statementConditions, scoped(filter, pathActor), keyset ? [keyset] : [])}
        ORDER BY ${order}
        LIMIT ${take}`)
    },

    /**
     * An export batch: up to `take` statements after `after` and the `skip` next ones (the list's
     * filter and order; picked first, then joined), each as its line, written by PostgreSQL.
     * References are checked once, before (`checkReferences`). The query is returned unawaited: it
     * can be cancelled.
     */
    exportBatch<T>(filter: StatementFilter, sort: Sort, take: number, after: StatementKey | undefined,
      line: LineSpec<StatementRow, T>, skip = 0, pathActor?: string) {
      const { keyset, order } = ordering(sort, after)
      return sql`
        SELECT r.date, r.id, ${lineSql(sql, line, rowKinds)} AS line FROM (
          SELECT ${columns}
          FROM (
            SELECT s.* FROM statements s
            WHERE ${where(sql, statementConditions, scoped(filter, pathActor), keyset ? [keyset] : [])}
            ORDER BY ${order}
            LIMIT ${take} OFFSET ${skip}) s
          ${joins}
          ORDER BY ${order}) r`.raw() as unknown as Promise<LineRow[]> & { cancel(): unknown }
    },

    /** Throws the domain error of the first speaker or article named (or `pathActor`) that does not exist. */
    checkReferences: (filter: StatementFilter, pathActor?: string) =>
      checkReferences(sql, references(filter, pathActor)),

    async get(id: string): Promise<StatementRow> {
      const [row] = await sql<StatementRow[]>`SELECT ${columns} ${from} WHERE s.id = ${id}`
      if (!row) throw new NotFoundError('statement', id)
      return row
    },
  }
}

export type StatementsRepository = ReturnType<typeof createStatementsRepository>
