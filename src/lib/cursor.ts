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

/** The 400 for a cursor this server cannot use, saying why. */
export const invalidCursor = (why: string) =>
  new AppError('INVALID_CURSOR', `cursor: ${why}; start again without a cursor`, [
    { in: 'query', parameter: 'cursor', message: why },
  ])

export function createCursorCodec(secret: string): CursorCodec {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest().subarray(0, 16)

  return {
    encode(scope, key) {
      const body = Buffer.from(JSON.stringify({ s: scope, k: key })).toString('base64url')
      return `${body}.${sign(body).toString('base64url')}`
    },
    decode(scope, cursor) {
      const [body, mac, extra] = cursor.split('.')
      if (!body || !mac || extra !== undefined) throw invalidCursor('is malformed')
      const given = Buffer.from(mac, 'base64url')
      const expected = sign(body)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw invalidCursor('has been altered or was not issued by this server')
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
      } catch {
        throw invalidCursor('is malformed')
      }
      const p = parsed as { s?: unknown; k?: unknown }
      if (p.s !== scope) throw invalidCursor('belongs to another listing or sort order')
      const scalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number'
      if (!Array.isArray(p.k) || !p.k.every(scalar)) throw invalidCursor('is malformed')
      return p.k as CursorValue[]
    },
  }
}
