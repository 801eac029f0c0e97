import { SingleBar, Presets } from 'cli-progress'
import { extract } from '../pipeline/extract.ts'
import { loadResources } from '../pipeline/resources/load.ts'
import type { Extraction } from '../pipeline/types.ts'
import {
  readArticleSource, defaultArticlesDir, formatRejection, type Rejection, type SourceArticle,
} from './article-source.ts'
import { buildDataset } from './dataset.ts'
import { syncDataset, type SyncReport } from './loader.ts'
import { createSql } from '../db/sql.ts'

export interface SeedSummary {
  articles: number
  actors: number
  events: number
  mentions: number
  statements: number
  changes: SyncReport
  /** articles left out because of a problem in their file or metadata (the rest were seeded) */
  quarantined: Rejection[]
  ms: number
}

export interface SeedOptions {
  url: string
  articlesDir?: string
  /** show a progress bar (default: when stderr is a terminal) */
  progress?: boolean
}

/** Extracts every article in `data/articles` (no database) and syncs the result into `url`. */
export async function seed(opts: SeedOptions): Promise<SeedSummary> {
  const started = performance.now()
  const resources = loadResources()
  const source = readArticleSource(opts.articlesDir ?? defaultArticlesDir)
  const sql = createSql(opts.url, { max: 1 })
  let articles, rejected
  try {
    ;({ articles, rejected } = await withoutIngested(sql, source.articles, source.rejected))
  } catch (err) {
    await sql.end()
    throw err
  }
  const format = 'seeding {bar} {value}/{total} articles'
  const bar = (opts.progress ?? process.stderr.isTTY)
    ? new SingleBar({ format, stream: process.stderr }, Presets.shades_classic)
    : null
  bar?.start(articles.length, 0)
  const extractions = new Map<string, Extraction>()
  for (const a of articles) {
    extractions.set(a.id, extract({ id: a.id, raw: a.raw, published: a.published }, resources))
    bar?.increment()
  }
  bar?.stop()
  const ds = buildDataset(articles, extractions, resources.actors)
  try {
    const changes = await syncDataset(sql, ds)
    return {
      articles: ds.articles.length,
      actors: ds.actors.length,
      events: ds.events.length,
      mentions: ds.mentions.length,
      statements: ds.statements.length,
      changes,
      quarantined: rejected,
      ms: Math.round(performance.now() - started),
    }
  } finally {
    await sql.end()
  }
}

/**
 * The seed's articles less those whose URL or text was already ingested over HTTP (the unique indexes
 * would refuse them): those are quarantined, naming the stored article.
 */
async function withoutIngested(sql: ReturnType<typeof createSql>, articles: SourceArticle[], rejected: Rejection[]) {
  const taken = await sql<{ id: string; url: string | null; content_hash: string }[]>`
    SELECT id, url, content_hash FROM articles WHERE source <> 'seed'`
  if (!taken.length) return { articles, rejected }
  const byUrl = new Map(taken.filter((t) => t.url).map((t) => [t.url!, t.id]))
  const byHash = new Map(taken.map((t) => [t.content_hash, t.id]))
  const kept: SourceArticle[] = []
  const out = [...rejected]
  for (const a of articles) {
    const other = byHash.get(a.contentHash) ?? (a.url ? byUrl.get(a.url) : undefined)
    if (other === undefined) kept.push(a)
    else out.push({ file: a.fileName ?? a.id, reason: `has the URL or text of article ${other}, ingested over HTTP` })
  }
  return { articles: kept, rejected: out }
}

/** One line per quarantined article: which file, which field, why. */
export const formatQuarantine = (s: SeedSummary) =>
  s.quarantined.map((r) => `quarantined (not seeded) ${formatRejection(r)}`)

export function formatSummary(s: SeedSummary): string {
  const changed = Object.entries(s.changes)
    .filter(([, c]) => c.inserted + c.updated + c.deleted > 0)
    .map(([t, c]) => `${t} +${c.inserted} ~${c.updated} -${c.deleted}`)
  return (
    `seeded ${s.articles} articles, ${s.actors} actors, ${s.events} events (${s.mentions} mentions), ` +
    `${s.statements} statements in ${(s.ms / 1000).toFixed(2)} s; ` +
    (changed.length ? `changes: ${changed.join(', ')}` : 'no changes')
  )
}
