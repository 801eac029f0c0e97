// The error catalogue: every error the API answers with has a stable code, an HTTP status and a
// title. Services throw AppError; the error handler (plugins/external/errors.ts) renders it as
// RFC 9457 problem+json.

export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, title: 'Invalid request parameters' },
  INVALID_CURSOR: { status: 400, title: 'Invalid pagination cursor' },
  INVALID_RANGE: { status: 400, title: 'Invalid range' },
  UNAUTHORIZED: { status: 401, title: 'Authentication required' },
  FORBIDDEN: { status: 403, title: 'Forbidden' },
  UNKNOWN_ACTOR: { status: 404, title: 'Unknown actor' },
  NOT_FOUND: { status: 404, title: 'Resource not found' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, title: 'Not acceptable' },
  REQUEST_TIMEOUT: { status: 408, title: 'Request timeout' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large' },
  URI_TOO_LONG: { status: 414, title: 'URI too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Request header fields too large' },
  BAD_REQUEST: { status: 400, title: 'Bad request' },
  INTERNAL: { status: 500, title: 'Internal server error' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>

export type ErrorCode = keyof typeof errorCatalogue

export interface ParameterError {
  /** where the parameter was: query, path, header or body */
  in: string
  /** its name (dotted path for nested body fields) */
  parameter: string
  message: string
}

export class AppError extends Error {
  readonly status: number
  readonly title: string
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: ParameterError[],
  ) {
    super(detail)
    this.name = 'AppError'
    this.status = errorCatalogue[code].status
    this.title = errorCatalogue[code].title
  }
}

export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `No ${what} with id '${id}'`)

export const badParameter = (parameter: string, message: string, where = 'query') =>
  new AppError('VALIDATION_FAILED', `${parameter}: ${message}`, [{ in: where, parameter, message }])

/** The `type` URI of a problem document. */
export const problemType = (code: ErrorCode) => `urn:parley:problem:${code.toLowerCase().replaceAll('_', '-')}`
