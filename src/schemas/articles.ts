import { z } from 'zod'
import { ARTICLE_SOURCES } from '../db/tables.ts'
import { Cursor, DateParam, DateString, Timestamp, Limit, Sort, Text, page, querySchema } from './common.ts'

export const ArticleSummary = z
  .object({
    id: z.string().meta({ example: '004-c6aa0806ec42fcf8' }),
    file_name: z.string().nullable().describe('the seed file; null when ingested over HTTP')
      .meta({ example: '004_c6aa0806ec42fcf8.txt' }),
    title: z.string().meta({ example: 'Russia, U.S. agree to continue dialogue on missile defense' }),
    outlet: z.string().meta({ example: 'Sputnik International' }),
    url: z.string().nullable(),
    published_date: DateString().describe('YYYY-MM-DD').meta({ example: '2007-04-23' }),
    language: z.string().meta({ example: 'en' }),
    content_hash: z.string().describe('SHA-256 of the raw text'),
    source: z.enum(ARTICLE_SOURCES).describe('seed (data/articles), api (POST /v1/articles) or batch (a bulk job)'),
    ingested_at: Timestamp().describe('ISO timestamp'),
    updated_at: Timestamp().describe('ISO timestamp'),
  })
  .meta({ id: 'ArticleSummary', description: 'An ingested news article, without its text' })

export const Article = ArticleSummary.extend({
  text: z.string().describe('the cleaned text'),
  raw_text: z.string().describe('the text as captured; evidence offsets point into it'),
  counts: z.object({ events: z.number().int(), statements: z.number().int() }),
}).meta({ id: 'Article', description: 'An article with its raw and cleaned text' })

/** The filters of GET /v1/articles. */
export const articleFilterFields = {
  from: DateParam.optional().describe('published on or after (YYYY-MM-DD)').meta({ example: '2012-01-01' }),
  to: DateParam.optional().describe('published on or before (YYYY-MM-DD)').meta({ example: '2016-12-31' }),
  outlet: Text().min(1).max(200).optional().describe('exact outlet name').meta({ example: 'Sputnik International' }),
}

export const ArticleFilter = z.object(articleFilterFields)

export const ArticleListQuery = querySchema({
  limit: Limit,
  cursor: Cursor.optional(),
  sort: Sort.default('date').describe('by publication date, oldest first (`date`) or newest first (`-date`)'),
  ...articleFilterFields,
})

export const ArticlePage = page(ArticleSummary).meta({ id: 'ArticlePage' })

export type ArticleFilter = z.output<typeof ArticleFilter>
export type ArticleListQuery = z.infer<typeof ArticleListQuery>
export type ArticleSummary = z.infer<typeof ArticleSummary>
export type Article = z.infer<typeof Article>
