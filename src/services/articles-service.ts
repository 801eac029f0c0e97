import type { z } from 'zod'
import type {
  ArticleKey, ArticleRow, ArticleSummaryRow, ArticlesRepository,
} from '../repositories/articles-repository.ts'
import type { Keyset, Listing } from '../lib/listing.ts'
import { DateIdKey } from '../schemas/common.ts'
import type { Article, ArticleListQuery, ArticleSummary } from '../schemas/articles.ts'
import { catalogued } from './catalogue.ts'

export const toSummary = (a: ArticleSummaryRow): ArticleSummary => ({
  id: a.id,
  file_name: a.file_name,
  title: a.title,
  outlet: a.outlet,
  url: a.url,
  published_date: a.published_date,
  language: a.language,
  content_hash: a.content_hash,
  source: a.source,
  ingested_at: a.ingested_at,
  updated_at: a.updated_at,
})

const toArticle = (a: ArticleRow): Article => ({
  ...toSummary(a),
  text: a.text,
  raw_text: a.raw_text,
  counts: { events: a.event_count, statements: a.statement_count },
})

const ArticleKeySchema = DateIdKey as z.ZodType<ArticleKey>

export function createArticlesService(repo: ArticlesRepository, listing: Listing) {
  return catalogued({
    list(q: ArticleListQuery, url: string) {
      const keyset: Keyset<ArticleSummaryRow, ArticleKey> = {
        scope: `articles:${q.sort}`,
        key: ArticleKeySchema,
        keyOf: (r) => [r.published_date, r.id],
        fetch: (take, after) => repo.list(q, q.sort, take, after),
      }
      return listing.page(keyset, q, url, toSummary)
    },

    get: async (id: string) => toArticle(await repo.get(id)),
  })
}

export type ArticlesService = ReturnType<typeof createArticlesService>
