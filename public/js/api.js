// The dashboard's only way to the data: GET requests to the public API, JSON in, problem+json errors out.

/** An API answer other than 2xx (or no answer): `problem` is the RFC 9457 document when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }
}

/**
 * GET `path` (absolute, e.g. `/v1/stats/timeline`, or a `links.next` URL) with `params` as the query
 * string; empty values are left out. Resolves to the parsed JSON body.
 */
export async function api(path, params = {}) {
  const url = new URL(path, window.location.origin)
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value))
  }
  let res
  try {
    res = await fetch(url, { headers: { accept: 'application/json' } })
  } catch (err) {
    throw new ApiError(0, { title: 'The API cannot be reached', detail: String(err.message || err) })
  }
  const type = res.headers.get('content-type') || ''
  const body = type.includes('json') ? await res.json().catch(() => null) : null
  if (!res.ok) {
    throw new ApiError(res.status, body || { title: res.statusText || 'Error', detail: `HTTP ${res.status}` })
  }
  return body
}

export const encode = encodeURIComponent
