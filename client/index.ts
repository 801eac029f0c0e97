// The typed client of the Parley API: openapi-fetch over the types openapi-typescript generated from
// /openapi.json (client/schema.d.ts, `npm run client:gen`). See client/README.md.
import createFetchClient, { type ClientOptions } from 'openapi-fetch'
import type { components, operations, paths } from './schema.d.ts'

export type { components, operations, paths }

/** The API's shapes by name: `Schemas['Statement']`, `Schemas['Problem']` … */
export type Schemas = components['schemas']

/**
 * The JSON media types (application/json and application/problem+json): a call's `data` is the typed
 * page or record and its `error` the Problem, never the CSV or NDJSON string of an export.
 */
export type JsonMedia = `${string}/json` | `${string}/${string}+json`

/** A client of the API at `baseUrl` (e.g. http://localhost:3000) whose responses are the JSON ones. */
export function createParleyClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}) {
  return createFetchClient<paths, JsonMedia>({ ...options, baseUrl })
}

/**
 * A client for the exports (`format=csv|excel|ndjson`): `data` is the text of the file. Ask for it with
 * `parseAs: 'text'`.
 */
export function createExportClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}) {
  return createFetchClient<paths, 'text/csv' | 'application/x-ndjson'>({ ...options, baseUrl })
}
