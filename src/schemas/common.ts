import { z } from 'zod'
import { errorCatalogue, type ErrorCode } from '../errors.ts'

const errorCodes = Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]]

/** RFC 9457 problem details, as every error response carries them. */
export const Problem = z
  .object({
    type: z
      .string()
      .describe('URI identifying the problem type')
      .meta({ example: 'urn:parley:problem:validation-failed' }),
    title: z.string().meta({ example: 'Invalid request parameters' }),
    status: z.number().int().meta({ example: 400 }),
    detail: z.string().meta({ example: 'limit: Invalid input: expected number, received NaN' }),
    instance: z.string().describe('the request path').meta({ example: '/v1/articles?limit=abc' }),
    code: z
      .enum(errorCodes)
      .describe('stable machine-readable error code, from the error catalogue (`src/errors.ts`)')
      .meta({ example: 'VALIDATION_FAILED' }),
    errors: z
      .array(z.object({ in: z.string(), parameter: z.string(), message: z.string() }))
      .optional()
      .describe('one entry per invalid parameter'),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document (application/problem+json)' })

/** The media type of every error response. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json'

/** An error response: a problem document, as application/problem+json. */
export const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } },
})

/**
 * The error responses routes declare, by status. Those every operation may answer whatever its route
 * (414, 429, 431, 500, 503: the HTTP layer's) are added to each operation of the document by
 * `finishDocument` (src/plugins/external/openapi-document.ts).
 */
export const problemResponses = {
  400: problemResponse('Invalid parameters: `errors` names each one (VALIDATION_FAILED, INVALID_CURSOR …)'),
  404: problemResponse('Not found: the resource, or an actor or article a parameter names (UNKNOWN_ACTOR)'),
  406: problemResponse('The Accept header allows none of the media types of this response'),
}

/** The 406 of a route that negotiates JSON, CSV or NDJSON. */
export const NotAcceptable = problemResponse('The Accept header allows none of JSON, CSV and NDJSON')

/** A calendar date in a response (YYYY-MM-DD): `format: date` in the document. */
export const DateString = () => z.string().meta({ format: 'date' })

/** A timestamp in a response (ISO 8601 with a time zone): `format: date-time` in the document. */
export const Timestamp = () => z.string().meta({ format: 'date-time' })

/**
 * A boolean query parameter: `true` or `false` (any case), parsed to a boolean and documented as
 * `type: boolean`.
 */
export const BoolParam = () =>
  z.stringbool({ truthy: ['true'], falsy: ['false'] }).meta({ type: 'boolean' })

/**
 * A text parameter. PostgreSQL text cannot hold NUL, so a NUL is a client error here rather than a
 * database error later; every string parameter starts from this.
 */
export const Text = () => z.string().refine((s) => !s.includes('\u0000'), 'must not contain a NUL character')

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date query parameter, YYYY-MM-DD: a real date, in years 0001–9999 (PostgreSQL has no year 0). */
export const DateParam = Text()
  .regex(isoDate, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'is not a real calendar date')
  .refine((s) => !s.startsWith('0000-'), 'must be in the years 0001 to 9999')
  .meta({ format: 'date' })

/** The bounds a query may give in pairs: the lower one may not exceed the upper one. */
const rangePairs = [['from', 'to'], ['goldstein_min', 'goldstein_max'], ['confidence_min', 'confidence_max']] as const

/** `from` after `to` (or a minimum over its maximum) is a 400 naming the first: the one place ranges are checked. */
function rangeInOrder(q: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const [low, high] of rangePairs) {
    const [a, b] = [q[low], q[high]]
    const comparable = typeof a === typeof b && (typeof a === 'string' || typeof a === 'number')
    if (comparable && (a as string | number) > (b as string | number)) {
      ctx.addIssue({ code: 'custom', path: [low], message: `must not be after ${high} (${b})` })
    }
  }
}

/** The message of a parameter the route does not take: names it, and lists those it takes. */
const unknownParameters = (names: string[]) => (issue: { code?: string; keys?: string[] }) => {
  if (issue.code !== 'unrecognized_keys') return undefined
  const unknown = (issue.keys ?? []).map((k) => `'${k}'`).join(', ')
  const valid = names.length ? `valid parameters: ${names.join(', ')}` : 'this endpoint takes no query parameters'
  return `unknown parameter${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${unknown}; ${valid}`
}

/**
 * A querystring schema: an unknown parameter is a 400 naming it and listing the valid ones, and the
 * lower bound of a range (`from`, `goldstein_min` …) may not exceed its upper bound.
 */
export const querySchema = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, { error: unknownParameters(Object.keys(shape).sort()) }).superRefine(rangeInOrder)

/** The querystring of a route that takes no parameters: any parameter is a 400 naming it. */
export const NoQuery = z.strictObject({}, { error: unknownParameters([]) })

/**
 * A parameter of several comma-separated values (`country=RUS,USA`): each checked by `item`, 1 to `max`
 * of them, duplicates dropped. Matches records having any of the values.
 */
export function listParam<T extends z.ZodType>(item: T, max = 20) {
  return Text()
    .min(1)
    .max(2000)
    .transform((s, ctx) => {
      const values: z.output<T>[] = []
      for (const part of s.split(',')) {
        const parsed = item.safeParse(part.trim())
        if (!parsed.success) {
          const why = parsed.error.issues[0]?.message ?? 'is invalid'
          ctx.issues.push({ code: 'custom', input: s, message: `'${part.trim()}': ${why}` })
          return z.NEVER
        }
        if (!values.includes(parsed.data)) values.push(parsed.data)
      }
      if (values.length > max) {
        ctx.issues.push({ code: 'custom', input: s, message: `at most ${max} values` })
        return z.NEVER
      }
      return values
    })
}

/**
 * A number parameter within [min, max], rounded to 4 decimal places (what scores and confidences need;
 * `5e-324` and the like would underflow PostgreSQL's real).
 */
export const NumberParam = (min: number, max: number) =>
  z.coerce.number().min(min).max(max).transform((v) => Math.round(v * 1e4) / 1e4 + 0)

/** A page size parameter, 1–500, `byDefault` when absent. */
export const limitParam = (byDefault: number) => z.coerce
  .number()
  .int()
  .min(1)
  .max(500)
  .default(byDefault)
  .describe(`page size, 1–500 (default ${byDefault})`)
  .meta({ example: byDefault })

/** The page size of lists whose items are small (actors, articles, changes) and of the stats' top lists. */
export const Limit = limitParam(50)

/**
 * The page size of events and statements (each item carries its evidence sentence, ~0.9 KB): a
 * default page of 20 is ~18 KB, which the API sends from its cache at about half the rate of a bare
 * route, where 50 (~45 KB) reached a quarter (docs/api-conventions.md, issue 11). Up to 500 on request.
 */
export const RecordLimit = limitParam(20)

export const Cursor = Text()
  .min(1)
  .max(1024)
  .describe(
    'opaque cursor from `meta.next_cursor` of the previous page (signed: do not build or edit one), valid with the ' +
      'same other parameters; the example is a cursor of this server for the first page of the other examples',
  )
  // replaced in the served document by a cursor this server signed (src/plugins/external/openapi-examples.ts)
  .meta({ example: 'eyJzIjoiZXZlbnRzOmRhdGUiLCJrIjpbIjIwMTItMDYtMTkiLCJldi0wMTIzIl19.bJx0Yq2u3v9kTt0JxLwQ2g' })

export const Sort = z.enum(['date', '-date'])
export type Sort = z.infer<typeof Sort>

export const PageMeta = z
  .object({
    limit: z.number().int(),
    next_cursor: z.string().nullable().describe('pass as `cursor` to get the next page; null on the last page'),
  })
  .meta({ id: 'PageMeta' })

export const PageLinks = z
  .object({ next: z.string().nullable().describe('URL of the next page, or null') })
  .meta({ id: 'PageLinks' })

/** A page of items: `{ data, meta, links }`. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), meta: PageMeta, links: PageLinks })

/** An id parameter (path or query): non-empty text of at most 200 characters. */
export const Id = () => Text().min(1).max(200)

/** The `:id` path parameter of a resource, described and with an example. */
export const idParam = (what: string, example: string) =>
  z.strictObject({ id: Id().describe(`the ${what} id`).meta({ example }) })

/** The key a (date, id)-ordered listing's cursor carries: checked like the parameters it stands for. */
export const DateIdKey = z.tuple([DateParam, Id()])
