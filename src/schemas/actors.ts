import { z } from 'zod'
import { normalizeName } from '../domain/names.ts'
import { Cursor, DateString, Limit, Text, idParam, page, querySchema } from './common.ts'
import { ActorKind, ActorRole, timestamps } from './refs.ts'

export const ActorSummary = z
  .object({
    id: z.string().meta({ example: 'vladimir-putin' }),
    name: z.string().meta({ example: 'Vladimir Putin' }),
    kind: ActorKind,
    country: z.string().nullable().describe('ISO 3166-1 alpha-3; null for most organizations').meta({ example: 'RUS' }),
    wikidata_id: z.string().nullable().meta({ example: 'Q7747' }),
    description: z.string().nullable(),
  })
  .meta({ id: 'ActorSummary', description: 'A person, state or organization' })

export const Actor = ActorSummary.extend({
  aliases: z
    .array(z.string())
    .describe('other names the actor is found under (the canonical name excluded)')
    .meta({ example: ['Putin', 'Vladimir Vladimirovich Putin'] }),
  roles: z.array(ActorRole).describe('positions held, oldest first (by valid_from; unknown starts first)'),
  counts: z
    .object({
      events_as_source: z.number().int().describe('events the actor is the source (agent) of'),
      events_as_target: z.number().int().describe('events the actor is the target of'),
      events: z.number().int().describe('events the actor is the source or the target of'),
      statements: z.number().int().describe('statements the actor made'),
    })
    .describe('how many records involve the actor'),
  first_activity: DateString()
    .nullable()
    .describe('earliest `date` of the actor’s events and statements (YYYY-MM-DD); null when none')
    .meta({ example: '2007-04-23' }),
  last_activity: DateString()
    .nullable()
    .describe('latest `date` (start of the period) of the actor’s events and statements; null when none')
    .meta({ example: '2012-06-20' }),
  ...timestamps,
}).meta({ id: 'Actor', description: 'An actor with its aliases, dated roles, record counts and activity span' })

/** An ISO 3166-1 alpha-3 code in any case, upper-cased. */
export const CountryParam = Text()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')
  .transform((s) => s.toUpperCase())

/** The filters of GET /v1/actors, as the repository receives them (`q` normalised). */
export const actorFilterFields = {
  q: Text()
    .min(1)
    .max(200)
    .transform(normalizeName)
    .refine((name) => name.length > 0, 'must contain a letter or a digit')
    .optional()
    .describe(
      'name or alias, case- and diacritic-insensitive (“basescu” finds Băsescu); matches as a substring, ' +
        'ranked exact > prefix > word start > substring, then by name',
    )
    .meta({ example: 'putin' }),
  kind: z.enum(ActorKind.options).optional().describe('person, state or organization').meta({ example: 'person' }),
  country: CountryParam.optional()
    .describe('ISO 3166-1 alpha-3 country code (case-insensitive)')
    .meta({ example: 'RUS' }),
}

export const ActorFilter = z.object(actorFilterFields)

export const ActorListQuery = querySchema({ ...actorFilterFields, limit: Limit, cursor: Cursor.optional() })

export const ActorParams = idParam('actor', 'vladimir-putin')

export const ActorPage = page(ActorSummary).meta({ id: 'ActorPage' })

export type ActorFilter = z.output<typeof ActorFilter>
export type ActorListQuery = z.infer<typeof ActorListQuery>
export type ActorSummary = z.infer<typeof ActorSummary>
export type Actor = z.infer<typeof Actor>
export type { ActorRole }
