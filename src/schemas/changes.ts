import { z } from 'zod'
import { ENTITY_TYPES } from '../db/tables.ts'
import { Cursor, Limit, PageLinks, PageMeta, Timestamp, querySchema } from './common.ts'

export const ChangeEntity = z.enum(ENTITY_TYPES).meta({ id: 'ChangeEntity' })

export const ChangeKind = z.enum(['created', 'updated', 'deleted'])

export const Change = z
  .object({
    entity: ChangeEntity,
    id: z.string().describe('the id of the record').meta({ example: 'vladimir-putin' }),
    change: ChangeKind.describe(
      '`created`: first stored after `since`; `updated`: existed at `since` and changed since; `deleted`: removed ' +
        '(fetch nothing, drop it). Treat created and updated alike as “fetch and upsert”.',
    ),
    at: Timestamp()
      .describe('ISO timestamp of the latest change (millisecond precision)')
      .meta({ example: '2026-11-23T01:35:12.345Z' }),
  })
  .meta({ id: 'Change', description: 'One record created, updated or deleted since the given time' })

/** An ISO date-time with a time zone whose instant PostgreSQL can store (UTC years 0001–9999). */
export const Instant = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with seconds and a time zone, e.g. 2026-01-01T00:00:00Z',
  })
  .refine((s) => {
    const year = new Date(s).getUTCFullYear()
    return Number.isNaN(year) || (year >= 1 && year <= 9999)
  }, 'must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z')

export const ChangeListQuery = querySchema({
  since: Instant.describe(
    'ISO 8601 date-time with a time zone (`Z` or `±hh:mm`): changes strictly after it. Pass the `until` of the ' +
      'previous sync; use `1970-01-01T00:00:00Z` for a full sync.',
  ).meta({ example: '2026-11-23T01:35:00.000Z' }),
  entity: z.enum(ChangeEntity.options)
    .optional()
    .describe('only changes of this kind of record')
    .meta({ example: 'statement' }),
  limit: Limit,
  cursor: Cursor.optional(),
})

export const ChangePage = z
  .object({
    since: Timestamp().describe('the `since` asked for, normalised to an ISO timestamp'),
    until: Timestamp()
      .describe(
        'changes up to and including this time are in this feed (on every page of one walk); pass it as `since` on ' +
          'the next sync',
      ),
    data: z.array(Change),
    meta: PageMeta,
    links: PageLinks,
  })
  .meta({ id: 'ChangePage', description: 'A page of the change feed, ordered by (at, entity, id)' })

export type ChangeListQuery = z.infer<typeof ChangeListQuery>
export type Change = z.infer<typeof Change>
export type ChangeKind = z.infer<typeof ChangeKind>
export type ChangePage = z.infer<typeof ChangePage>
export type ChangeEntity = z.infer<typeof ChangeEntity>
