import type { FastifyReply, FastifyRequest } from 'fastify'

export interface Page<T> {
  data: T[]
  meta: { limit: number; next_cursor: string | null }
  links: { next: string | null }
}

/** The request's own URL with `cursor` replaced: the link to the next page. */
export function nextLink(url: string, cursor: string | null): string | null {
  if (!cursor) return null
  const u = new URL(url, 'http://parley.invalid')
  u.searchParams.set('cursor', cursor)
  return `${u.pathname}${u.search}`
}

/**
 * Builds a page from `limit + 1` fetched rows: the extra row only tells that there is a next page,
 * whose cursor is the key of the last row returned.
 */
export function toPage<R, T>(
  rows: R[], limit: number, url: string, keyOf: (row: R) => string, map: (row: R) => T,
): Page<T> {
  const more = rows.length > limit
  const kept = more ? rows.slice(0, limit) : rows
  const last = kept.at(-1)
  const cursor = more && last !== undefined ? keyOf(last) : null
  return { data: kept.map(map), meta: { limit, next_cursor: cursor }, links: { next: nextLink(url, cursor) } }
}

/**
 * Sets the RFC 8288 `Link: <…>; rel="next"` header when there is a next page: absolute from the
 * configured PUBLIC_URL, else relative. Never from the request's Host header, which the client controls.
 */
export function sendPage<P extends Pick<Page<unknown>, 'links'>>(req: FastifyRequest, reply: FastifyReply, page: P) {
  if (page.links.next) {
    const base = req.server.config.PUBLIC_URL ?? ''
    reply.header('link', `<${base}${page.links.next}>; rel="next"`)
  }
  return page
}
