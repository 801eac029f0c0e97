// Shapes embedded in several resources: actor kinds, date precision, a reference to an actor or an
// article, a dated role, evidence, and the date and timestamp fields of records.
import { z } from 'zod'
import { DateString, Timestamp } from './common.ts'
import { ACTOR_KINDS } from '../domain/actor-kind.ts'
import { DATE_PRECISIONS } from '../domain/date-precision.ts'

export const ActorKind = z.enum(ACTOR_KINDS).meta({ id: 'ActorKind' })

export const DatePrecision = z.enum(DATE_PRECISIONS).meta({ id: 'DatePrecision' })

export const ActorRef = z
  .object({
    id: z.string().meta({ example: 'vladimir-putin' }),
    name: z.string().meta({ example: 'Vladimir Putin' }),
    kind: ActorKind,
    country: z.string().nullable().describe('ISO 3166-1 alpha-3').meta({ example: 'RUS' }),
  })
  .meta({ id: 'ActorRef', description: 'A short reference to an actor' })

/** A date-bounded position of an actor; also the `role` an actor held on a record's date. */
export const ActorRole = z
  .object({
    title: z.string().meta({ example: 'President of Russia' }),
    affiliation: z.string().nullable().meta({ example: 'Government of Russia' }),
    country: z.string().nullable().describe('ISO 3166-1 alpha-3').meta({ example: 'RUS' }),
    valid_from: DateString()
      .nullable()
      .describe('first day in the role (YYYY-MM-DD); null = unknown')
      .meta({ example: '2012-05-07' }),
    valid_to: DateString().nullable().describe('last day in the role (YYYY-MM-DD); null = still in office or unknown'),
  })
  .meta({ id: 'ActorRole', description: 'A position an actor held, with its dates' })

export const ArticleRef = z
  .object({
    id: z.string().meta({ example: '002-f1da1cc87da76c54' }),
    title: z.string(),
    outlet: z.string().meta({ example: 'PanARMENIAN.Net' }),
    url: z.string().nullable(),
    published_date: DateString().meta({ example: '2012-06-20' }),
  })
  .meta({ id: 'ArticleRef', description: 'A short reference to a source article' })

export const Evidence = z
  .object({
    article_id: z.string(),
    sentence_index: z.number().int().describe('0-based index of the sentence in the cleaned article'),
    char_start: z
      .number()
      .int()
      .describe('offset of the evidence in the article raw_text (UTF-16 code units, as JavaScript strings)'),
    char_end: z.number().int().describe('end offset (exclusive): raw_text.slice(char_start, char_end) === text'),
    text: z.string().describe('the source sentence, verbatim'),
  })
  .meta({ id: 'Evidence', description: 'Where a record was read: the sentence and its offsets in the stored article' })

/** The date fields every dated record carries. */
export const datedFields = {
  date: DateString()
    .describe('first day of the period the record is dated to (YYYY-MM-DD)')
    .meta({ example: '2012-06-20' }),
  date_end: DateString().describe('last day of that period (same as `date` for day precision)'),
  date_precision: DatePrecision.describe('how precisely the text dates it'),
  date_text: z.string().nullable().describe('the words the date was read from; null = the publication date'),
}

export const timestamps = {
  created_at: Timestamp().describe('ISO timestamp'),
  updated_at: Timestamp().describe('ISO timestamp of the last change'),
}

export type ActorRole = z.infer<typeof ActorRole>
export type ArticleRef = z.infer<typeof ArticleRef>
