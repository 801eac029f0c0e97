import type { ArticlesRepository, ArticleSummaryRow } from '../repositories/articles-repository.ts'
import type { CursorCodec } from '../lib/cursor.ts'
import { isoDate, toPage } from '../lib/pagination.ts'
import { badParameter, notFound } from '../errors.ts'
import type { Article, ArticleListQuery, ArticleSummary } from '../schemas/articles.ts'

const toSummary = (a: ArticleSummaryRow): ArticleSummary => ({
  id: a.id,
  file_name: a.fileName,
  title: a.title,
  outlet: a.outlet,
  url: a.url,
  published_date: isoDate(a.publishedDate),
  language: a.language,
  content_hash: a.contentHash,
  ingested_at: a.ingestedAt.toISOString(),
  updated_at: a.updatedAt.toISOString(),
})

export function createArticlesService(repo: ArticlesRepository, cursors: CursorCodec) {
  return {
    async list(q: ArticleListQuery, url: string) {
      if (q.from && q.to && q.from > q.to) throw badParameter('from', `must not be after to (${q.to})`)
      const scope = `articles:${q.sort}`
      const after = q.cursor ? cursors.decode(scope, q.cursor) : undefined
      const keyset = after ? { date: String(after[0]), id: String(after[1]) } : undefined
      const rows = await repo.list(q, q.sort === 'date' ? 'asc' : 'desc', q.limit + 1, keyset)
      return toPage(rows, q.limit, url, (r) => cursors.encode(scope, [isoDate(r.publishedDate), r.id]), toSummary)
    },

    async get(id: string): Promise<Article> {
      const a = await repo.get(id)
      if (!a) throw notFound('article', id)
      return {
        ...toSummary(a),
        text: a.text,
        raw_text: a.rawText,
        counts: { events: await repo.countEvents(id), statements: a._count.statements },
      }
    },
  }
}

export type ArticlesService = ReturnType<typeof createArticlesService>
