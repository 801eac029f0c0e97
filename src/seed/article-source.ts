import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { ArticleSource as Provenance } from '../db/tables.ts'

export const defaultArticlesDir = fileURLToPath(new URL('../../data/articles', import.meta.url))

// C0 control characters other than tab, line feed, vertical tab, form feed and carriage return
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/
const text = (what: string) =>
  z
    .string()
    .min(1, 'must not be empty')
    .refine((s) => !CONTROL.test(s), `must not contain control characters (${what})`)

/** A real calendar date within what PostgreSQL and the extractor handle (four-digit years from 1000). */
export const PublishedDate = z.iso
  .date('must be a date as YYYY-MM-DD')
  .refine((s) => s >= '1000-01-01', 'must be a real publication date (year 1000 or later)')

const Entry = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in the same folder'),
  title: text('title'),
  outlet: text('outlet'),
  wire: text('wire').nullable().optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .nullable(),
  published: PublishedDate,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or pt-BR').default('en'),
})

export interface SourceArticle {
  id: string
  /** the file in the seed's folder; null for an article ingested over HTTP */
  fileName: string | null
  title: string
  outlet: string
  url: string | null
  published: string
  language: string
  raw: string
  contentHash: string
  /** where it came from (default: the seed) */
  source?: Provenance
}

/** An article left out of the seed, and why: the file and, where one is to blame, the field. */
export interface Rejection {
  file: string
  field?: string
  reason: string
}

export interface ArticleSource {
  articles: SourceArticle[]
  /** articles left out (quarantined): the rest are seeded without them */
  rejected: Rejection[]
}

/** A whole-folder problem (no readable articles.json): nothing can be seeded. */
export class ArticleSourceError extends Error {
  override name = 'ArticleSourceError'
}

/** A readable, stable article id from its file name: `004_c6aa0806ec42fcf8.txt` → `004-c6aa0806ec42fcf8`. */
export const articleId = (fileName: string) =>
  fileName
    .replace(/\.txt$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Paths in messages: relative to the working folder when inside it. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') ? rel : path
}

/** The text of an article file as UTF-8, or why it is not a UTF-8 text. */
export function decodeArticleText(bytes: Buffer): { text: string } | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'is UTF-16 encoded: save it as UTF-8' }
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) return { error: `contains a NUL byte (at byte ${nul}): a binary or UTF-16 file, not UTF-8 text` }
  let decoded: string
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const lossy = bytes.toString('utf8')
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length
    return { error: `is not valid UTF-8 (first bad byte on line ${line}): save it as UTF-8` }
  }
  if (!decoded.trim()) return { error: 'is empty' }
  const control = CONTROL.exec(decoded)
  if (control) {
    const line = decoded.slice(0, control.index).split('\n').length
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()
    return { error: `contains a control character (U+${code}, line ${line}): not plain text` }
  }
  return { text: decoded }
}

function readMetadata(metaPath: string): unknown[] {
  if (!existsSync(metaPath)) {
    const what = "it lists each article's file, title, outlet, url and date"
    throw new ArticleSourceError(`${shown(metaPath)} is missing: ${what}`)
  }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(metaPath, 'utf8'))
  } catch (err) {
    throw new ArticleSourceError(`${shown(metaPath)} is not valid JSON: ${(err as Error).message}`)
  }
  if (!Array.isArray(json)) throw new ArticleSourceError(`${shown(metaPath)} must be a JSON array of article entries`)
  return json
}

/**
 * Reads `articles.json` and the article texts beside it. An article with a problem (bad metadata,
 * a text that is not UTF-8, a text without metadata or metadata without its text, a duplicate) is
 * rejected with the file and field to blame, and the others are read; a missing or unreadable
 * `articles.json` is an ArticleSourceError.
 */
export function readArticleSource(dir = defaultArticlesDir): ArticleSource {
  const metaPath = join(dir, 'articles.json')
  const entries = readMetadata(metaPath)
  const files = new Set(readdirSync(dir).filter((f) => f.endsWith('.txt')))
  const rejected: Rejection[] = []
  const articles: SourceArticle[] = []
  const described = new Set<string>()
  const seen = new Set<string>()
  entries.forEach((raw, index) => {
    const named = typeof (raw as { file?: unknown })?.file === 'string' ? (raw as { file: string }).file : null
    if (named) described.add(named)
    const where = named ? shown(join(dir, named)) : `${shown(metaPath)} entry ${index + 1}`
    const parsed = Entry.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || undefined
        const reason = `${shown(metaPath)} entry ${index + 1}: ${field ?? 'entry'}: ${issue.message}`
        rejected.push({ file: where, field, reason })
      }
      return
    }
    const m = parsed.data
    if (!files.has(m.file)) {
      return rejected.push({ file: where, reason: `listed in ${shown(metaPath)} but the file does not exist` })
    }
    const id = articleId(m.file)
    if (seen.has(id)) return rejected.push({ file: where, reason: `gives the article id ${id}, like an earlier entry` })
    const decoded = decodeArticleText(readFileSync(join(dir, m.file)))
    if ('error' in decoded) return rejected.push({ file: where, reason: decoded.error })
    seen.add(id)
    articles.push({
      id,
      fileName: m.file,
      title: m.title,
      outlet: m.outlet,
      url: m.url,
      published: m.published,
      language: m.language,
      raw: decoded.text,
      contentHash: createHash('sha256').update(decoded.text).digest('hex'),
    })
  })
  for (const f of [...files].filter((f) => !described.has(f)).sort()) {
    rejected.push({ file: shown(join(dir, f)), reason: `has no entry in ${shown(metaPath)}` })
  }
  return { articles: articles.sort((a, b) => a.id.localeCompare(b.id)), rejected }
}

/** One line per rejection: `file: field: reason`. */
export const formatRejection = (r: Rejection) => `${r.file}: ${r.reason}`

/** The strict reading: every article or an error listing each rejection (tools that want all or nothing). */
export function readArticles(dir = defaultArticlesDir): SourceArticle[] {
  const { articles, rejected } = readArticleSource(dir)
  if (rejected.length) throw new ArticleSourceError(rejected.map(formatRejection).join('\n'))
  return articles
}
