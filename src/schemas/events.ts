import { z } from 'zod'
import { FormatParam } from '../lib/export.ts'
import { CountryParam } from './actors.ts'
import { Cursor, DateParam, Id, RecordLimit, NumberParam, Sort, Text, listParam, page, querySchema } from './common.ts'
import { ActorKind, ActorRef, ActorRole, ArticleRef, Evidence, datedFields, timestamps } from './refs.ts'

const eventShape = {
  id: z.string().meta({ example: 'ev-1f0c2d9a7b3e4c51' }),
  ...datedFields,
  source: ActorRef,
  target: ActorRef.nullable().describe('null when the act has no target'),
  event_type: z
    .string()
    .describe('the CAMEO label of the code')
    .meta({ example: 'Reject proposal to meet, discuss, or negotiate' }),
  cameo_code: z.string().meta({ example: '125' }),
  cameo_root: z.string().meta({ example: '12' }),
  quad_class: z
    .number()
    .int()
    .describe('1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict')
    .meta({ example: 3 }),
  goldstein: z.number().describe('Goldstein score of the code, −10 (most conflictual) to 10').meta({ example: -5 }),
  summary: z.string().meta({ example: 'United States rejected Russia' }),
  confidence: z.number().describe('extractor confidence, 0–1'),
  coder_version: z.string().meta({ example: 'parley-coder/0.1.0' }),
  mention_count: z.number().int().describe('how many article sentences report the event'),
  evidence: Evidence.nullable().describe('the first mention (by article id, then offset)'),
  ...timestamps,
}

/** Top-level fields of an Event, in output order: what `fields=` may name. */
export type EventFieldName = keyof typeof eventShape
export const eventFieldNames = Object.keys(eventShape) as EventFieldName[]

const actorIds = (what: string, example: string) =>
  listParam(Id()).describe(`${what}; several ids separated by commas match any of them`).meta({ example })

const CameoRoot = Text().regex(/^(0[1-9]|1\d|20)$/, 'must be a two-digit CAMEO root, 01 to 20')
const QuadClass = z.coerce.number().int().min(1).max(4)

/**
 * The event filters: shared by GET /v1/events, GET /v1/actors/:id/events and the /v1/stats routes.
 * `EventFilter` (their parsed form) is what the repository's one SQL builder takes, whole. A list
 * parameter (`country=RUS,USA`) matches any of its values; different parameters combine with AND.
 */
export const eventFilterFields = {
  from: DateParam.optional()
    .describe(
      'events whose period ends on or after this date (YYYY-MM-DD); a month- or year-dated event matches when its ' +
        'period overlaps',
    )
    .meta({ example: '2007-01-01' }),
  to: DateParam.optional()
    .describe('events whose period starts on or before this date (YYYY-MM-DD)')
    .meta({ example: '2016-12-31' }),
  actor: actorIds('actor id, as source or target', 'russia').optional(),
  source: actorIds('actor id of the source (the actor acting)', 'united-states').optional(),
  target: actorIds('actor id of the target', 'russia').optional(),
  dyad: Text()
    .regex(/^[^,\s]+,[^,\s]+$/, 'must be two actor ids separated by a comma')
    .max(401)
    .transform((s) => s.split(',') as [string, string])
    .optional()
    .describe('two actor ids `a,b`: events between them in either direction')
    .meta({ example: 'united-states,russia' }),
  country_dyad: Text()
    .regex(/^[A-Za-z]{3},[A-Za-z]{3}$/, 'must be two ISO 3166-1 alpha-3 codes separated by a comma')
    .transform((s) => s.toUpperCase().split(',') as [string, string])
    .optional()
    .describe('two countries `A,B` (ISO alpha-3): events between an actor of one and an actor of the other, ' +
      'in either direction (`USA,USA` for events within a country)')
    .meta({ example: 'USA,RUS' }),
  type: Text()
    .min(1)
    .max(200)
    .optional()
    .describe('event type label, exact (the CAMEO label of the code)')
    .meta({ example: 'Reject proposal to meet, discuss, or negotiate' }),
  cameo: listParam(Text().regex(/^\d{1,4}$/, 'must be 1 to 4 digits'))
    .optional()
    .describe('CAMEO code prefix (digits); several separated by commas match any of them')
    .meta({ example: '12' }),
  root: listParam(CameoRoot)
    .optional()
    .describe('CAMEO root code, 01–20; several separated by commas (`13,14`) match any of them')
    .meta({ example: '12' }),
  quad: listParam(QuadClass)
    .optional()
    .describe(
      'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; several ' +
        'separated by commas (`3,4`) match any of them',
    )
    .meta({ example: '3' }),
  country: listParam(CountryParam)
    .optional()
    .describe('ISO alpha-3 country of either actor; several separated by commas (`RUS,USA`) match any of them')
    .meta({ example: 'RUS' }),
  goldstein_min: NumberParam(-10, 10)
    .optional()
    .describe('events whose Goldstein score is at least this (−10 to 10)')
    .meta({ example: -10 }),
  goldstein_max: NumberParam(-10, 10)
    .optional()
    .describe('events whose Goldstein score is at most this (−10 to 10); `goldstein_max=-5` for sharp conflict')
    .meta({ example: 10 }),
  confidence_min: NumberParam(0, 1)
    .optional()
    .describe('events the extractor is at least this confident of (0 to 1)')
    .meta({ example: 0 }),
  confidence_max: NumberParam(0, 1)
    .optional()
    .describe('events the extractor is at most this confident of (0 to 1)')
    .meta({ example: 1 }),
  article: Id()
    .optional()
    .describe('article id: events with a mention in that article')
    .meta({ example: '003-0ceba8022e856230' }),
  q: Text()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .describe('full-text search (web search syntax: "quoted phrase", or, -not) over summaries and evidence')
    .meta({ example: 'missile defense' }),
}

export const EventFilter = z.object(eventFilterFields)
export type EventFilter = z.output<typeof EventFilter>

/** `fields=a,b` as the set of fields to keep (with `id`); an unknown name is a 400 naming it. */
const FieldsParam = Text()
  .min(1)
  .max(500)
  .transform((s, ctx) => {
    const names = s.split(',').map((f) => f.trim()).filter(Boolean)
    const unknown = names.filter((n) => !(eventFieldNames as readonly string[]).includes(n))
    if (unknown.length) {
      const listed = unknown.map((u) => `'${u}'`).join(', ')
      ctx.issues.push({
        code: 'custom',
        input: s,
        message: `unknown field${unknown.length > 1 ? 's' : ''} ${listed}; use any of ${eventFieldNames.join(', ')}`,
      })
    } else if (!names.length) ctx.issues.push({ code: 'custom', input: s, message: 'names no field' })
    return new Set<EventFieldName>(['id', ...(names as EventFieldName[])])
  })

const listFields = {
  limit: RecordLimit,
  cursor: Cursor.optional(),
  sort: Sort.default('date').describe('by date, oldest first (`date`) or newest first (`-date`); ties broken by id'),
  fields: FieldsParam.optional()
    .describe(
      'comma-separated top-level fields to return (`id` is always included); applies to CSV and NDJSON too. ' +
        `One of: ${eventFieldNames.join(', ')}`,
    )
    .meta({ example: 'id,date,source,target,cameo_code' }),
  format: FormatParam,
}

export const EventListQuery = querySchema({ ...eventFilterFields, ...listFields })
const { actor: _actor, ...filtersWithoutActor } = eventFilterFields
export const ActorEventsQuery = querySchema({ ...filtersWithoutActor, ...listFields })

export const Event = z
  .object(eventShape)
  .meta({ id: 'Event', description: 'A coded event between two actors, with its first piece of evidence' })

/** An event restricted by `fields=`: only `id` is certain to be present. */
export const EventFields = z
  .object(eventShape)
  .partial()
  .required({ id: true })
  .meta({ id: 'EventFields', description: 'An Event with only the fields named in `fields=` (and `id`)' })

export const EventPage = page(z.union([Event, EventFields])).meta({ id: 'EventPage' })

export const EventActor = z
  .object({
    id: z.string().meta({ example: 'vladimir-putin' }),
    name: z.string().meta({ example: 'Vladimir Putin' }),
    kind: ActorKind,
    country: z.string().nullable().describe('ISO 3166-1 alpha-3'),
    description: z.string().nullable(),
    role: ActorRole.nullable().describe('the role held at the event date, null when none is known'),
  })
  .meta({ id: 'EventActor', description: 'An actor of an event, with the role held at the event date' })

export const EventMention = z
  .object({
    article: ArticleRef,
    sentence_index: z.number().int(),
    char_start: z.number().int().describe('offset of the evidence in the article raw_text (UTF-16 code units)'),
    char_end: z.number().int().describe('end offset (exclusive)'),
    evidence: z.string().describe('the sentence, verbatim'),
  })
  .meta({ id: 'EventMention', description: 'One report of the event in an article' })

export const EventDetail = z
  .object({
    ...eventShape,
    source: EventActor,
    target: EventActor.nullable(),
    mentions: z.array(EventMention).describe('every report, by article publication date then offset'),
  })
  .meta({ id: 'EventDetail', description: 'An event with both actors expanded and every mention' })

export type EventListQuery = z.infer<typeof EventListQuery>
export type ActorEventsQuery = z.infer<typeof ActorEventsQuery>
export type Event = z.infer<typeof Event>
export type EventDetail = z.infer<typeof EventDetail>
export type EventMention = z.infer<typeof EventMention>
