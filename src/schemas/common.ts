import { z } from 'zod'

/** RFC 9457 problem details, as every error response carries them. */
export const Problem = z
  .object({
    type: z.string().describe('URI identifying the problem type').meta({ example: 'urn:parley:problem:validation-failed' }),
    title: z.string().meta({ example: 'Invalid request parameters' }),
    status: z.number().int().meta({ example: 400 }),
    detail: z.string().meta({ example: 'limit: Invalid input: expected number, received NaN' }),
    instance: z.string().describe('the request path').meta({ example: '/v1/articles?limit=abc' }),
    code: z.string().describe('stable machine-readable error code').meta({ example: 'VALIDATION_FAILED' }),
    errors: z
      .array(z.object({ in: z.string(), parameter: z.string(), message: z.string() }))
      .optional()
      .describe('one entry per invalid parameter'),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document (application/problem+json)' })

/** The standard error responses of a route, by status. */
export const problemResponses = {
  400: Problem.describe('Invalid parameters'),
  404: Problem.describe('Not found'),
  500: Problem.describe('Internal error (no details are disclosed)'),
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date query parameter, YYYY-MM-DD, checked to exist. */
export const DateParam = z
  .string()
  .regex(isoDate, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'is not a real calendar date')

export const DatePrecision = z.enum(['day', 'month', 'year']).meta({ id: 'DatePrecision' })

export const Limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(500)
  .default(50)
  .describe('page size, 1–500 (default 50)')
  .meta({ example: 50 })

export const Cursor = z
  .string()
  .min(1)
  .max(1024)
  .describe('opaque cursor from `meta.next_cursor` of the previous page (signed: do not build or edit one)')
  .meta({ example: 'eyJzIjoiZXZlbnRzOmRhdGUiLCJrIjpbIjIwMTItMDYtMTkiLCJldi0wMTIzIl19.bJx0Yq2u3v9kTt0JxLwQ2g' })

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
export const page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), meta: PageMeta, links: PageLinks })

/** The `:id` path parameter of a resource, described and with an example. */
export const idParam = (what: string, example: string) =>
  z.object({ id: z.string().min(1).max(200).describe(`the ${what} id`).meta({ example }) })
