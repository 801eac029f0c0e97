import { createHmac, timingSafeEqual } from 'node:crypto'
import { AppError } from '../errors.ts'

export type CursorValue = string | number | null

/**
 * Opaque keyset cursors: base64url JSON of the last row's sort key, bound to a scope (resource and
 * sort order) and signed with an HMAC, so a tampered or foreign cursor is a 400, never a wrong page.
 */
export interface CursorCodec {
  encode(scope: string, key: CursorValue[]): string
  decode(scope: string, cursor: string): CursorValue[]
}

export function createCursorCodec(secret: string): CursorCodec {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest().subarray(0, 16)
  const invalid = (why: string) =>
    new AppError('INVALID_CURSOR', `cursor: ${why}; start again without a cursor`, [{ in: 'query', parameter: 'cursor', message: why }])

  return {
    encode(scope, key) {
      const body = Buffer.from(JSON.stringify({ s: scope, k: key })).toString('base64url')
      return `${body}.${sign(body).toString('base64url')}`
    },
    decode(scope, cursor) {
      const [body, mac, extra] = cursor.split('.')
      if (!body || !mac || extra !== undefined) throw invalid('is malformed')
      const given = Buffer.from(mac, 'base64url')
      const expected = sign(body)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid('has been altered or was not issued by this server')
      let parsed: unknown
      try {
        parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
      } catch {
        throw invalid('is malformed')
      }
      const p = parsed as { s?: unknown; k?: unknown }
      if (p.s !== scope) throw invalid('belongs to another listing or sort order')
      if (!Array.isArray(p.k) || !p.k.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) throw invalid('is malformed')
      return p.k as CursorValue[]
    },
  }
}
