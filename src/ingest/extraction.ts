// One article through the extractor into the rows it writes: the same extraction and the same
// row-building (src/seed/dataset.ts) as the seed, for one article at a time (ingest, re-extraction).
import { createHash } from 'node:crypto'
import { extract } from '../pipeline/extract.ts'
import { loadResources, type Resources } from '../pipeline/resources/load.ts'
import { checkArticleSize } from '../pipeline/text/limits.ts'
import { buildDataset, type Dataset } from '../seed/dataset.ts'
import type { SourceArticle } from '../seed/article-source.ts'

let resources: Resources | undefined
let gazetteerIds: Set<string> | undefined

/** The extractor's resources, loaded on first use (≈0.5 s) and kept. */
export function extractorResources(): Resources {
  resources ??= loadResources()
  return resources
}

/** Whether an actor comes from the gazetteer (stored by the seed, kept when no record names it). */
export function isGazetteerActor(id: string): boolean {
  gazetteerIds ??= new Set(extractorResources().actors.map((a) => a.id))
  return gazetteerIds.has(id)
}

/** SHA-256 of an article's text as received: what finds the same text again. */
export const contentHash = (raw: string) => createHash('sha256').update(raw).digest('hex')

/** The id of an article ingested over HTTP: from its text, so the same text always gets the same id. */
export const ingestedArticleId = (hash: string) => `art-${hash.slice(0, 16)}`

/**
 * Extracts one article and builds its rows: the article, its events, mentions and statements, and the
 * actors they name (gazetteer entries, or the ones the fallback discovered). Throws AppError
 * PAYLOAD_TOO_LARGE over MAX_ARTICLE_CHARS. CPU-bound: about 0.1 s per 3 kB of text.
 */
export function articleDataset(article: SourceArticle): Dataset {
  checkArticleSize(article.raw)
  const r = extractorResources()
  const x = extract({ id: article.id, raw: article.raw, published: article.published }, r)
  const named = new Set([
    ...x.actors.map((a) => a.id),
    ...x.events.flatMap((e) => [e.sourceId, e.targetId ?? '']),
    ...x.statements.map((s) => s.speakerId),
  ])
  return buildDataset([article], new Map([[article.id, x]]), r.actors.filter((a) => named.has(a.id)))
}
