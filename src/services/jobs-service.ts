import { randomBytes } from 'node:crypto'
import type PgBoss from 'pg-boss'
import { AppError, badParameter } from '../errors.ts'
import { CODER_VERSION } from '../pipeline/types.ts'
import { MAX_ARTICLE_CHARS } from '../pipeline/text/limits.ts'
import type { JobsRepository, NewItem } from '../repositories/jobs-repository.ts'
import { enqueueItems, type ItemMessage } from '../jobs/queue.ts'
import { ArticleInput, type Job } from '../schemas/ingest.ts'
import { contentHash, ingestedArticleId } from '../ingest/extraction.ts'
import type { JobRow } from '../repositories/jobs-repository.ts'
import type { IngestService } from './ingest-service.ts'
import { catalogued } from './catalogue.ts'

const newJobId = () => `job-${randomBytes(8).toString('hex')}`

const toJob = (r: JobRow): Job => ({
  ...r,
  status: r.counts.pending === 0
    ? 'completed'
    : r.counts.created + r.counts.duplicate + r.counts.done === 0 ? 'queued' : 'running',
})

/** One NDJSON line as an article to ingest, or why it is not one. */
function readLine(text: string): { payload: ArticleInput } | { error: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    return { error: `not JSON: ${(err as Error).message}` }
  }
  const parsed = ArticleInput.safeParse(json)
  if (!parsed.success) {
    return { error: parsed.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`).join('; ') }
  }
  if (parsed.data.text.length > MAX_ARTICLE_CHARS) {
    return { error: `text: longer than ${MAX_ARTICLE_CHARS} characters (MAX_ARTICLE_CHARS)` }
  }
  return { payload: parsed.data }
}

export function createJobsService(repo: JobsRepository, ingest: IngestService, queue: () => Promise<PgBoss>) {
  const create = async (kind: Job['kind'], keyName: string | null, items: NewItem[]) => {
    const id = newJobId()
    const boss = await queue()
    await repo.create(id, kind, keyName, items, (tx, pending) => enqueueItems(boss, tx, id, pending))
    return toJob(await repo.get(id))
  }

  return catalogued({
    /** Accepts an NDJSON batch: every line becomes an item (a bad line a failed one); 202 once stored. */
    async batch(body: string, keyName: string | null, maxLines: number): Promise<Job> {
      const lines = body.split('\n').map((text, i) => ({ line: i + 1, text: text.trim() })).filter((l) => l.text)
      if (!lines.length) throw badParameter('body', 'no article: send one JSON article per line', 'body')
      if (lines.length > maxLines) {
        const detail = `The batch has ${lines.length} articles; at most ${maxLines} per batch.`
        throw new AppError('PAYLOAD_TOO_LARGE', detail)
      }
      const items = lines.map(({ line, text }) => {
        const read = readLine(text)
        return 'error' in read ? { line, payload: null, error: read.error } : { line, payload: read.payload }
      })
      return create('batch', keyName, items)
    },

    /** A job re-extracting every article not coded by the current CODER_VERSION (every one with `force`). */
    async reextract(force: boolean, keyName: string | null): Promise<Job> {
      const ids = await ingest.staleArticles(CODER_VERSION, force)
      return create('reextract', keyName, ids.map((id, i) => ({ line: i + 1, payload: { article_id: id } })))
    },

    get: async (id: string): Promise<Job> => toJob(await repo.get(id)),

    /**
     * Works one item: skipped unless pending; done in the transaction of its write. A client error
     * (a duplicate is not one) fails the item; any other error is thrown so the queue retries it
     * (after the last try, the queue hands the message to `gaveUp`).
     */
    async work({ job, line }: ItemMessage): Promise<void> {
      const item = await repo.item(job, line)
      if (!item || item.status !== 'pending') return
      try {
        if (item.kind === 'batch') {
          const input = ArticleInput.parse(item.payload)
          const id = ingestedArticleId(contentHash(input.text))
          let marked = false
          const result = await ingest.ingest(input, 'batch', async (tx, dup) => {
            marked = await repo.finish(job, line, dup ? 'duplicate' : 'created', dup?.id ?? id, null, tx)
          })
          if (!marked) await repo.finish(job, line, result.created ? 'created' : 'duplicate', result.article.id, null)
        } else {
          const id = (item.payload as { article_id: string }).article_id
          await ingest.reextract(id, async (tx) => {
            await repo.finish(job, line, 'done', id, null, tx)
          })
        }
      } catch (err) {
        if (err instanceof AppError && err.status < 500) {
          await repo.finish(job, line, 'failed', null, err.detail)
          return
        }
        throw err
      }
    },

    /** Fails an item whose message used up its tries; an error here is thrown so the queue retries it. */
    async gaveUp({ job, line }: ItemMessage, tries: number): Promise<void> {
      await repo.finish(job, line, 'failed', null, `gave up after ${tries} tries`)
    },
  })
}

export type JobsService = ReturnType<typeof createJobsService>
