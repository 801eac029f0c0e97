import { z } from 'zod'
import { CONTROL, PublishedDate } from '../seed/article-source.ts'
import { JOB_ITEM_STATUSES, JOB_KINDS } from '../db/tables.ts'
import { Text, problemResponse } from './common.ts'
import { ArticleSummary } from './articles.ts'

const plain = (max: number) =>
  Text().min(1, 'must not be empty').max(max).refine((s) => !CONTROL.test(s), 'must not contain control characters')

/** An article to ingest: what the seed's articles.json and .txt file say about one article. */
export const ArticleInput = z
  .strictObject({
    title: plain(1000).meta({ example: 'Russia, U.S. agree to continue dialogue on missile defense' }),
    text: Text()
      .min(1, 'must not be empty')
      .refine((s) => s.trim().length > 0, 'must not be blank')
      .refine((s) => !CONTROL.test(s), 'must not contain control characters (tab and line breaks are fine)')
      .describe('the article text as plain UTF-8; at most 2 MiB (MAX_ARTICLE_CHARS), else 413')
      .meta({ example: 'MOSCOW, April 23 (RIA Novosti) - Russian President Vladimir Putin said on Monday …' }),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .max(2000)
      .refine((s) => !CONTROL.test(s), 'must not contain control characters')
      .nullable()
      .default(null)
      .describe('where it was published; a second article with the same URL is a duplicate')
      .meta({ example: 'https://example.org/news/2007/04/23/dialogue' }),
    outlet: plain(200).meta({ example: 'Sputnik International' }),
    published: PublishedDate.describe('publication date, YYYY-MM-DD (year 1000 or later)')
      .meta({ format: 'date', example: '2007-04-23' }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or pt-BR')
      .default('en')
      .meta({ example: 'en' }),
  })
  .describe('An article to ingest')

export const IngestResult = z
  .object({
    article: ArticleSummary,
    created: z.boolean().describe('true: stored now (201); false: the same URL or text was there already (200)'),
    matched_by: z.enum(['url', 'content_hash']).nullable().describe('why it is a duplicate (null when created)'),
    actors: z.array(z.string()).describe('ids of the actors its events and statements name'),
    events: z.array(z.string()).describe('ids of the events it reports (an event reported elsewhere too is shared)'),
    statements: z.array(z.string()).describe('ids of its statements'),
  })
  .meta({ id: 'IngestResult', description: 'An ingested article and the ids of what was extracted from it' })

export const JobStatus = z.enum(['queued', 'running', 'completed'])

export const Job = z
  .object({
    id: z.string().meta({ example: 'job-5f0c2a9e4b7d4c21' }),
    kind: z.enum(JOB_KINDS).describe('batch: NDJSON ingest; reextract: every article through the current coder'),
    status: JobStatus.describe('queued: no item done yet; running: some done; completed: every item done or failed'),
    total: z.number().int().describe('items: NDJSON lines, or articles to re-extract'),
    counts: z.object(Object.fromEntries(JOB_ITEM_STATUSES.map((s) => [s, z.number().int()])) as
      Record<(typeof JOB_ITEM_STATUSES)[number], z.ZodNumber>),
    errors: z
      .array(z.object({ line: z.number().int(), article_id: z.string().nullable(), detail: z.string() }))
      .describe('failed items (at most 1,000), by line'),
    created_at: z.string().describe('ISO timestamp'),
    updated_at: z.string().describe('ISO timestamp of the latest item done'),
  })
  .meta({ id: 'Job', description: 'A bulk ingest or a re-extraction, and how far the workers are with it' })

export const ReextractInput = z
  .strictObject({
    force: z.boolean().default(false).describe('re-extract every article, not only those coded by another version'),
  })
  .describe('What to re-extract')

export type ArticleInput = z.infer<typeof ArticleInput>
export type IngestResult = z.infer<typeof IngestResult>
export type Job = z.infer<typeof Job>

/** The error responses of a write route, by status (all application/problem+json). */
export const writeProblems = {
  400: problemResponse('Invalid body or parameters (nothing was written)'),
  401: problemResponse('No valid API key (`Authorization: Bearer <key>`); see `WWW-Authenticate`'),
  403: problemResponse('The API key’s role does not allow this operation'),
  413: problemResponse('The body, or the article text, is too large'),
  415: problemResponse('Unsupported Content-Type'),
  429: problemResponse('Rate limit exceeded (per key, or per IP without one); see `Retry-After`'),
  500: problemResponse('Internal error (no details are disclosed)'),
  503: problemResponse('The database is unavailable or the server is draining; see `Retry-After`'),
}
