// Articles: a page in publication order, or one article with its texts and record counts.
import type { Sql } from '../db/sql.ts'
import { tables } from '../db/tables.ts'
import type { ArticleFilter } from '../schemas/articles.ts'
import type { Sort } from '../schemas/common.ts'
import { NotFoundError } from '../domain/errors.ts'
import { columnsOf, selectList, type SelectedRow } from './columns.ts'
import { where, type Conditions } from './conditions.ts'

const articleConditions: Conditions<ArticleFilter> = {
  from: (sql, day) => sql`a.published_date >= ${day}::date`,
  to: (sql, day) => sql`a.published_date <= ${day}::date`,
  outlet: (sql, outlet) => sql`a.outlet = ${outlet}`,
}

const summaryFields = [
  'id', 'file_name', 'title', 'outlet', 'url', 'published_date', 'language', 'content_hash', 'source',
  'ingested_at', 'updated_at',
] as const
const summary = columnsOf(tables.articles, 'a', { pick: summaryFields })
const article = columnsOf(tables.articles, 'a')

export type ArticleSummaryRow = SelectedRow<typeof summary>
export type ArticleRow = SelectedRow<typeof article> & { event_count: number; statement_count: number }

/** An article list's keyset position: (published_date, id). */
export type ArticleKey = [date: string, id: string]

export function createArticlesRepository(sql: Sql) {
  const summaryColumns = selectList(sql, summary)
  const articleColumns = selectList(sql, article)
  return {
    async list(filter: ArticleFilter, sort: Sort, take: number, after?: ArticleKey): Promise<ArticleSummaryRow[]> {
      const dir = sort === 'date' ? sql`ASC` : sql`DESC`
      const keyset = after && (sort === 'date'
        ? sql`(a.published_date, a.id) > (${after[0]}::date, ${after[1]}::text)`
        : sql`(a.published_date, a.id) < (${after[0]}::date, ${after[1]}::text)`)
      return sql<ArticleSummaryRow[]>`
        SELECT ${summaryColumns} FROM articles a
        WHERE ${where(sql, articleConditions, filter, keyset ? [keyset] : [])}
        ORDER BY a.published_date ${dir}, a.id ${dir}
        LIMIT ${take}`
    },

    /** One article with the number of events it reports and of statements it holds. */
    async get(id: string): Promise<ArticleRow> {
      const [row] = await sql<ArticleRow[]>`
        SELECT ${articleColumns},
          (SELECT count(DISTINCT m.event_id)::int FROM event_mentions m WHERE m.article_id = a.id) AS event_count,
          (SELECT count(*)::int FROM statements s WHERE s.article_id = a.id) AS statement_count
        FROM articles a WHERE a.id = ${id}`
      if (!row) throw new NotFoundError('article', id)
      return row
    },
  }
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>
