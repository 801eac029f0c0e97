// The last pass over the generated OpenAPI document: what holds for every operation because of the HTTP
// layer rather than the route (servers, security of reads, the errors any request may meet, response
// headers, 304), and the removal of component schemas nothing references. Generic over the paths, so a
// route added later is covered without being listed here.
import { PROBLEM_MEDIA_TYPE } from '../../schemas/common.ts'

type Json = Record<string, unknown>
type Operation = Json & { parameters?: Json[]; responses?: Record<string, Json>; security?: unknown[] }

const problemRef = { $ref: '#/components/schemas/Problem' }
const problem = (description: string, headers?: Record<string, Json>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { [PROBLEM_MEDIA_TYPE]: { schema: problemRef } },
})
const header = (name: string) => ({ $ref: `#/components/headers/${name}` })

/** Response headers the document describes once and references. */
export const responseHeaders: Record<string, Json> = {
  ETag: {
    description: 'weak validator of the response; send it back as `If-None-Match` to get a 304 when unchanged',
    schema: { type: 'string', example: 'W/"5c-2f0e9b1c"' },
  },
  Link: {
    description: 'RFC 8288 link to the next page (`rel="next"`), absent on the last page',
    schema: { type: 'string', example: '</v1/events?cursor=…>; rel="next"' },
  },
  'Content-Disposition': {
    description: 'CSV and NDJSON exports are attachments with a file name',
    schema: { type: 'string', example: 'attachment; filename="events.csv"' },
  },
  'Retry-After': {
    description: 'seconds to wait before retrying',
    schema: { type: 'integer', example: 5 },
  },
  'X-Request-Id': {
    description: 'the id of the request in the server logs (an incoming sane `X-Request-Id` is kept)',
    schema: { type: 'string' },
  },
}

/** The errors any operation may answer, whatever its route: the HTTP layer's. */
const universalErrors = {
  414: problem('A path segment is too long (URI_TOO_LONG)'),
  429: problem('Too many requests from this client (RATE_LIMITED); see `Retry-After` and `RateLimit-*`', {
    'Retry-After': header('Retry-After'),
  }),
  431: problem('The request headers are too large (HEADERS_TOO_LARGE)'),
  500: problem('Internal error (INTERNAL); no details are disclosed, the request id is logged'),
  503: problem('The database is unreachable or the server is overloaded or shutting down (SERVICE_UNAVAILABLE)', {
    'Retry-After': header('Retry-After'),
  }),
}

const isRead = (method: string) => method === 'get' || method === 'head'

/** Every `$ref` under `value`. */
function refsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsOf(v, out)
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.add(v)
      else refsOf(v, out)
    }
  }
  return out
}

/** Keeps the component schemas reachable from everything but `components.schemas` itself. */
function pruneSchemas(doc: Json & { components?: { schemas?: Record<string, unknown> } }) {
  const schemas = doc.components?.schemas
  if (!schemas) return
  const prefix = '#/components/schemas/'
  const { schemas: _all, ...otherComponents } = doc.components!
  const reached = new Set<string>()
  let frontier = [...refsOf({ ...doc, components: otherComponents })]
  while (frontier.length) {
    const next: string[] = []
    for (const ref of frontier) {
      if (!ref.startsWith(prefix) || reached.has(ref)) continue
      reached.add(ref)
      next.push(...refsOf(schemas[ref.slice(prefix.length)]))
    }
    frontier = next
  }
  for (const name of Object.keys(schemas)) if (!reached.has(prefix + name)) delete schemas[name]
}

export interface FinishOptions {
  /** PUBLIC_URL: the server clients reach; unset, the document's own origin (`/`) */
  publicUrl?: string | undefined
  /** sets examples that depend on the running server (e.g. signed cursors) on an operation */
  examples?: (operation: Operation, path: string) => void
}

/** The generated document, completed (in place) for every operation. */
export function finishDocument<D extends object>(document: D, opts: FinishOptions = {}): D {
  const doc = document as Json & {
    info: Json
    paths?: Record<string, Record<string, Operation>>
    components?: Json & { schemas?: Record<string, unknown>; headers?: Record<string, Json> }
  }
  doc.servers = [opts.publicUrl
    ? { url: opts.publicUrl, description: 'this API (PUBLIC_URL)' }
    : { url: '/', description: 'the server this document is served from' }]
  doc.info.license ??= {
    name: 'Proprietary: all rights reserved (no licence has been chosen for the API or its data yet)',
    identifier: 'LicenseRef-Parley-Proprietary',
  }
  doc.components = { ...doc.components, headers: { ...doc.components?.headers, ...responseHeaders } }

  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(operations)) {
      // reads are open; a route that needs credentials declares its own `security`
      if (isRead(method)) op.security ??= []
      const responses = (op.responses ??= {})
      for (const [status, response] of Object.entries(universalErrors)) responses[status] ??= response
      const paginated = (op.parameters ?? []).some((p) => p.in === 'query' && p.name === 'cursor')
      for (const [status, response] of Object.entries(responses)) {
        if (!/^2\d\d$/.test(status)) continue
        const content = (response.content ?? {}) as Record<string, unknown>
        const headers = (response.headers ?? {}) as Record<string, unknown>
        if (isRead(method)) headers.ETag ??= header('ETag')
        if (paginated) headers.Link ??= header('Link')
        if (content['text/csv'] || content['application/x-ndjson']) {
          headers['Content-Disposition'] ??= header('Content-Disposition')
        }
        headers['X-Request-Id'] ??= header('X-Request-Id')
        response.headers = headers
      }
      if (isRead(method)) {
        responses['304'] ??= {
          description: 'Not modified: the `If-None-Match` ETag is current (no body)',
          headers: { ETag: header('ETag') },
        }
      }
      opts.examples?.(op, path)
    }
  }
  pruneSchemas(doc)
  return document
}
