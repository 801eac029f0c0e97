import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

export const defaultArticlesDir = fileURLToPath(new URL('../../data/articles', import.meta.url))

const Metadata = z.array(
  z.strictObject({
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in the same folder'),
    title: z.string().min(1),
    outlet: z.string().min(1),
    wire: z.string().nullable().optional(),
    url: z.url().nullable(),
    published: z.iso.date(),
    language: z.string().min(2).default('en'),
  }),
)

export interface SourceArticle {
  id: string
  fileName: string
  title: string
  outlet: string
  url: string | null
  published: string
  language: string
  raw: string
  contentHash: string
}

/** A readable, stable article id from its file name: `004_c6aa0806ec42fcf8.txt` → `004-c6aa0806ec42fcf8`. */
export const articleId = (fileName: string) =>
  fileName
    .replace(/\.txt$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * Reads `articles.json` and the article texts beside it. Every .txt needs a metadata entry and every
 * entry its file, so a typo fails the seed loudly instead of silently dropping an article.
 */
export function readArticles(dir = defaultArticlesDir): SourceArticle[] {
  const metaPath = join(dir, 'articles.json')
  const parsed = Metadata.safeParse(JSON.parse(readFileSync(metaPath, 'utf8')))
  if (!parsed.success) throw new Error(`${metaPath}: ${z.prettifyError(parsed.error)}`)
  const files = new Set(readdirSync(dir).filter((f) => f.endsWith('.txt')))
  const described = new Set(parsed.data.map((m) => m.file))
  const undescribed = [...files].filter((f) => !described.has(f))
  if (undescribed.length) throw new Error(`${metaPath}: no metadata for ${undescribed.join(', ')}`)
  const seen = new Set<string>()
  return parsed.data
    .map((m) => {
      if (!files.has(m.file)) throw new Error(`${metaPath}: ${m.file} does not exist in ${dir}`)
      const id = articleId(m.file)
      if (seen.has(id)) throw new Error(`${metaPath}: two files give the article id ${id}`)
      seen.add(id)
      const raw = readFileSync(join(dir, m.file), 'utf8')
      return {
        id,
        fileName: m.file,
        title: m.title,
        outlet: m.outlet,
        url: m.url,
        published: m.published,
        language: m.language,
        raw,
        contentHash: createHash('sha256').update(raw).digest('hex'),
      }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}
