import fp from 'fastify-plugin'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { Socket } from 'node:net'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { AppError, errorCatalogue, problemType, type ErrorCode, type ParameterError } from '../../errors.ts'
import { isDatabaseUnavailable } from '../../db/connection.ts'

const contexts: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'header' }

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5

const problem = (code: ErrorCode, detail: string, instance?: string, errors?: ParameterError[]) => {
  const { status, title } = errorCatalogue[code]
  return {
    type: problemType(code), title, status, detail,
    ...(instance === undefined ? {} : { instance }),
    code,
    ...(errors ? { errors } : {}),
  }
}

/** The request path as the problem's `instance`, shortened when absurdly long. */
const instanceOf = (url: string) => (url.length > 256 ? `${url.slice(0, 255)}…` : url)

export function sendProblem(
  reply: FastifyReply, req: FastifyRequest, code: ErrorCode, detail: string, errors?: ParameterError[],
) {
  if (code === 'SERVICE_UNAVAILABLE' && !reply.hasHeader('retry-after')) {
    reply.header('retry-after', String(RETRY_AFTER_SECONDS))
  }
  return reply
    .code(errorCatalogue[code].status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(problem(code, detail, instanceOf(req.url), errors))
}

/** Fastify's own 4xx errors (bad JSON, too large, wrong media type …) by status. */
function codeForStatus(status: number): ErrorCode {
  const byStatus: Partial<Record<number, ErrorCode>> = {
    404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 406: 'NOT_ACCEPTABLE', 408: 'REQUEST_TIMEOUT',
    413: 'PAYLOAD_TOO_LARGE', 414: 'URI_TOO_LONG', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED',
    431: 'HEADERS_TOO_LARGE', 503: 'SERVICE_UNAVAILABLE',
  }
  return byStatus[status] ?? 'BAD_REQUEST'
}

/**
 * Errors Fastify raises before routing (Fastify's `frameworkErrors` option): a malformed
 * percent-encoding in the path (400) or a path parameter over maxParamLength (414).
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, req, 'URI_TOO_LONG', 'A path segment is too long.')
  }
  if (err.code === 'FST_ERR_BAD_URL') {
    return sendProblem(reply, req, 'BAD_REQUEST', 'The path is not a valid URL: check its percent-encoding (%XX).')
  }
  return sendProblem(reply, req, 'BAD_REQUEST', 'The request could not be routed.')
}

const clientErrors: Record<string, [ErrorCode, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: ['REQUEST_TIMEOUT', 'The request was not received in time.'],
  HPE_HEADER_OVERFLOW: ['HEADERS_TOO_LARGE', 'The request headers are too large.'],
  HPE_INVALID_METHOD: ['BAD_REQUEST', 'Unknown HTTP method.'],
}

/**
 * Requests Node's HTTP parser rejects before Fastify sees them (Fastify's `clientErrorHandler`
 * option): headers too large (431), a request not received in time (408), an unknown method or a
 * malformed request line (400). Written to the socket as problem+json, then the socket is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const [code, detail] = clientErrors[err.code ?? ''] ?? ['BAD_REQUEST', 'The request is not valid HTTP.']
  const body = problem(code, detail)
  const json = JSON.stringify(body)
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${body.status} ${body.title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${json}`,
    )
  }
  socket.destroy(err)
}

declare module 'fastify' {
  interface FastifyInstance {
    /** methods the app answers on this path (filled by the `methods` plugin) */
    allowedMethods?: (path: string) => string[]
  }
}

/** The one error handler: everything leaves as RFC 9457 problem+json; 5xx bodies hide internals. */
export default fp(
  async (fastify) => {
    fastify.setErrorHandler((err: FastifyError, req, reply) => {
      if (err instanceof AppError) return sendProblem(reply, req, err.code, err.detail, err.errors)
      if (hasZodFastifySchemaValidationErrors(err)) {
        const where = contexts[err.validationContext ?? ''] ?? 'query'
        const errors = err.validation.map((v) => {
          const parameter = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String((v.params as { keys?: string[] }).keys?.join(',') ?? '')
          return { in: where, parameter, message: v.message ?? 'is invalid' }
        })
        const detail = errors.map((e) => (e.parameter ? `${e.parameter}: ${e.message}` : e.message)).join('; ')
        return sendProblem(reply, req, 'VALIDATION_FAILED', detail, errors)
      }
      const status = err.statusCode ?? 500
      if (status >= 400 && status < 500) return sendProblem(reply, req, codeForStatus(status), err.message)
      if (status === 503 || isDatabaseUnavailable(err)) {
        req.log.warn({ err }, 'service unavailable')
        const detail = 'The service is overloaded or its database is unreachable; retry later.'
        return sendProblem(reply, req, 'SERVICE_UNAVAILABLE', detail)
      }
      req.log.error({ err }, 'unhandled error')
      return sendProblem(reply, req, 'INTERNAL', 'An unexpected error occurred. It has been logged.')
    })

    fastify.setNotFoundHandler((req, reply) => {
      const path = req.url.split('?')[0]!
      const allowed = fastify.allowedMethods?.(path) ?? []
      if (allowed.length && !allowed.includes(req.method)) {
        reply.header('allow', allowed.join(', '))
        const detail = `${path} answers ${allowed.join(', ')}, not ${req.method}.`
        return sendProblem(reply, req, 'METHOD_NOT_ALLOWED', detail)
      }
      return sendProblem(reply, req, 'ROUTE_NOT_FOUND', `No endpoint ${req.method} ${path}`)
    })
  },
  { name: 'errors' },
)
