import fp from 'fastify-plugin'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { AppError, errorCatalogue, problemType, type ErrorCode, type ParameterError } from '../../errors.ts'

const contexts: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'header' }

function send(reply: FastifyReply, req: FastifyRequest, code: ErrorCode, detail: string, errors?: ParameterError[]) {
  const { status, title } = errorCatalogue[code]
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ type: problemType(code), title, status, detail, instance: req.url, code, ...(errors ? { errors } : {}) })
}

/** Fastify's own 4xx errors (bad JSON, too large, wrong media type …) by status. */
function codeForStatus(status: number): ErrorCode {
  const byStatus: Partial<Record<number, ErrorCode>> = { 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 406: 'NOT_ACCEPTABLE', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED', 503: 'SERVICE_UNAVAILABLE' }
  return byStatus[status] ?? 'BAD_REQUEST'
}

/** The one error handler: everything leaves as RFC 9457 problem+json; 5xx bodies hide internals. */
export default fp(
  async (fastify) => {
    fastify.setErrorHandler((err: FastifyError, req, reply) => {
      if (err instanceof AppError) return send(reply, req, err.code, err.detail, err.errors)
      if (hasZodFastifySchemaValidationErrors(err)) {
        const where = contexts[err.validationContext ?? ''] ?? 'query'
        const errors = err.validation.map((v) => {
          const parameter = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String((v.params as { keys?: string[] }).keys?.join(',') ?? '')
          return { in: where, parameter, message: v.message ?? 'is invalid' }
        })
        const detail = errors.map((e) => (e.parameter ? `${e.parameter}: ${e.message}` : e.message)).join('; ')
        return send(reply, req, 'VALIDATION_FAILED', detail, errors)
      }
      const status = err.statusCode ?? 500
      if (status >= 400 && status < 500) return send(reply, req, codeForStatus(status), err.message)
      if (status === 503) return send(reply, req, 'SERVICE_UNAVAILABLE', 'The service is overloaded or its database is unreachable; retry later.')
      req.log.error({ err }, 'unhandled error')
      return send(reply, req, 'INTERNAL', 'An unexpected error occurred. It has been logged.')
    })

    fastify.setNotFoundHandler((req, reply) => send(reply, req, 'ROUTE_NOT_FOUND', `No endpoint ${req.method} ${req.url.split('?')[0]}`))
  },
  { name: 'errors' },
)
