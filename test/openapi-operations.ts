// The operations of the served OpenAPI document, for tests that are generic over it (examples, fuzzing,
// contract conformance): a route added later is covered without being listed anywhere.
import type { FastifyInstance } from 'fastify'

export interface Schema {
  type?: string | string[]
  enum?: unknown[]
  pattern?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  format?: string
  example?: unknown
  default?: unknown
  anyOf?: Schema[]
  $ref?: string
  [k: string]: unknown
}

export interface Parameter {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
  example?: unknown
}

export interface Response {
  description?: string
  headers?: Record<string, unknown>
  content?: Record<string, { schema?: Schema }>
}

export interface Operation {
  method: string
  path: string
  operationId: string
  parameters: Parameter[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> }
  responses: Record<string, Response>
}

export interface Document {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>
  components: { schemas: Record<string, Schema> }
}

export async function servedDocument(app: FastifyInstance): Promise<Document> {
  const res = await app.inject('/openapi.json')
  if (res.statusCode !== 200) throw new Error(`/openapi.json: ${res.statusCode}`)
  return res.json()
}

export function operations(doc: Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ ...op, parameters: op.parameters ?? [], method, path })))
}

export const exampleOf = (p: Parameter) => p.example ?? p.schema?.example

/** The URL of `op` with its path parameters and the query parameters in `query` filled in. */
export function urlOf(op: Operation, path: Record<string, unknown>, query: Record<string, unknown>) {
  const filled = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(path[name])))
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()
  return qs ? `${filled}?${qs}` : filled
}

/** The operation's examples: path parameters, and the query parameters that have one. */
export function examplesOf(op: Operation) {
  const path: Record<string, unknown> = {}
  const query: Record<string, unknown> = {}
  for (const p of op.parameters) {
    const example = exampleOf(p)
    if (p.in === 'path') path[p.name] = example
    else if (p.in === 'query' && example !== undefined) query[p.name] = example
  }
  return { path, query }
}
