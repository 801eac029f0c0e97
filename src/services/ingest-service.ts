import type postgres from 'postgres'
import type { ArticleSource } from '../db/tables.ts'
import type { ArticlesRepository } from '../repositories/articles-repository.ts'
import type { Duplicate, IngestRepository, Removed } from '../repositories/ingest-repository.ts'
import { articleDataset, contentHash, ingestedArticleId, isGazetteerActor } from '../ingest/extraction.ts'
import type { SourceArticle } from '../seed/article-source.ts'
import type { ArticleInput, IngestResult } from '../schemas/ingest.ts'
import { catalogued } from './catalogue.ts'
import { toSummary } from './articles-service.ts'

/** PostgreSQL's unique_violation: a duplicate that got past the check (the constraints are the last word). */
const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === '23505'

export type AfterInsert = (tx: postgres.TransactionSql, result: Duplicate | null) => Promise<void>

/** The stored article as the seed's SourceArticle, for the extractor. */
const sourceArticle = (input: ArticleInput, source: ArticleSource): SourceArticle => {
  const hash = contentHash(input.text)
  return {
    id: ingestedArticleId(hash), fileName: null, title: input.title, outlet: input.outlet, url: input.url,
    published: input.published, language: input.language, raw: input.text, contentHash: hash, source,
  }
}

export function createIngestService(repo: IngestRepository, articles: ArticlesRepository) {
  const result = async (id: string, dup: Duplicate | null): Promise<IngestResult> => {
    const [row, records] = await Promise.all([articles.get(id), repo.records(id)])
    return { article: toSummary(row), created: !dup, matched_by: dup?.matched_by ?? null, ...records }
  }

  return catalogued({
    /**
     * Extracts and stores an article in one transaction (201), or finds the article already stored
     * with its URL or text (200, nothing written). `after` runs inside the transaction of a write
     * (not when the duplicate is found before extracting).
     */
    async ingest(input: ArticleInput, source: ArticleSource, after?: AfterInsert): Promise<IngestResult> {
      const article = sourceArticle(input, source)
      const early = await repo.findDuplicate(article.url, article.contentHash)
      if (early) return result(early.id, early)
      const ds = articleDataset(article)
      let dup: Duplicate | null
      try {
        dup = await repo.insert(ds, isGazetteerActor, after)
      } catch (err) {
        if (!isUniqueViolation(err)) throw err
        dup = await repo.findDuplicate(article.url, article.contentHash)
        if (!dup) throw err
      }
      return result(dup?.id ?? article.id, dup)
    },

    /** Deletes an article and what it alone supported; what was removed besides it. */
    delete: (id: string): Promise<Removed> => repo.delete(id, isGazetteerActor),

    /** Re-extracts a stored article with the current coder, replacing its records. */
    async reextract(id: string, after?: (tx: postgres.TransactionSql) => Promise<void>): Promise<Removed> {
      const row = await articles.get(id)
      const article: SourceArticle = {
        id: row.id, fileName: row.file_name, title: row.title, outlet: row.outlet, url: row.url,
        published: row.published_date, language: row.language, raw: row.raw_text, contentHash: row.content_hash,
        source: row.source,
      }
      return repo.replace(articleDataset(article), isGazetteerActor, after)
    },

    /** Ids of the articles not coded by `coderVersion` (every article with `force`). */
    staleArticles: (coderVersion: string, force?: boolean) => repo.staleArticles(coderVersion, force),
  })
}

export type IngestService = ReturnType<typeof createIngestService>
