import { z } from 'zod'
import { BoolParam, Cursor, DateParam, Id, RecordLimit, Sort, Text, idParam, page, querySchema } from './common.ts'
import { ActorRef, ActorRole, ArticleRef, Evidence, datedFields, timestamps } from './refs.ts'
import { FormatParam } from '../lib/export.ts'

export const Speaker = ActorRef.extend({
  role: ActorRole.nullable().describe(
    'the role the speaker held on the statement’s date (its first day); null when none is known',
  ),
}).meta({ id: 'Speaker', description: 'The actor who made a statement, with the role held at the time' })

export const Statement = z
  .object({
    id: z.string().meta({ example: 'st-3f1c2a9b0d4e5f67' }),
    speaker: Speaker,
    text: z.string().describe('the quote (direct) or the reported content (indirect)'),
    direct: z.boolean().describe('true for a verbatim quote, false for reported speech'),
    ...datedFields,
    article: ArticleRef,
    evidence: Evidence,
    coder_version: z
      .string()
      .describe('version of the extractor that produced the record')
      .meta({ example: 'parley-coder/0.1.0' }),
    ...timestamps,
  })
  .meta({ id: 'Statement', description: 'Who said what, when, with the source sentence' })

/** Filters shared by /v1/statements and /v1/actors/{id}/statements. */
const sharedFilterFields = {
  from: DateParam.optional()
    .describe('statements whose period ends on or after this day (YYYY-MM-DD)')
    .meta({ example: '2012-01-01' }),
  to: DateParam.optional()
    .describe('statements whose period starts on or before this day (YYYY-MM-DD)')
    .meta({ example: '2012-12-31' }),
  direct: BoolParam()
    .optional()
    .describe('`true`: only direct quotes; `false`: only reported speech')
    .meta({ example: true }),
  q: Text()
    .min(1)
    .max(500)
    .optional()
    .describe(
      'full-text search over the statement text (English stemming; web-search syntax: "quoted phrase", or, -exclude)',
    )
    .meta({ example: 'missile defense' }),
}

/** Every statement filter, as the repository's SQL builder takes it (the actor route sets `speaker`). */
export const statementFilterFields = {
  speaker: Id()
    .optional()
    .describe('actor id of the speaker (unknown → 404 UNKNOWN_ACTOR)')
    .meta({ example: 'vladimir-putin' }),
  article: Id()
    .optional()
    .describe('id of the source article (unknown → 404)')
    .meta({ example: '002-f1da1cc87da76c54' }),
  ...sharedFilterFields,
}

export const StatementFilter = z.object(statementFilterFields)
export type StatementFilter = z.output<typeof StatementFilter>

const listFields = {
  sort: Sort.default('date')
    .describe('chronological (`date`, oldest first) or newest first (`-date`); ties broken by id')
    .meta({ example: 'date' }),
  limit: RecordLimit,
  cursor: Cursor.optional(),
  format: FormatParam,
}

export const ActorStatementsQuery = querySchema({ ...sharedFilterFields, ...listFields })

export const StatementListQuery = querySchema({ ...statementFilterFields, ...listFields })

export const StatementParams = idParam('statement', 'st-21a21bf175eb79d9')

export const StatementPage = page(Statement).meta({ id: 'StatementPage' })

export type StatementListQuery = z.infer<typeof StatementListQuery>
export type ActorStatementsQuery = z.infer<typeof ActorStatementsQuery>
export type Statement = z.infer<typeof Statement>
