// Response serialisation compiled from the routes' zod schemas (issue 11): each response schema becomes
// a JSON Schema (z.toJSONSchema, the same conversion the OpenAPI document makes) and then a
// fast-json-stringify function, compiled once per route and status. Only the properties a schema
// declares are written, so a row carrying more (a database column, a secret) never leaks; a missing
// required property throws (a 500, like the zod serializer's ResponseSerializationError). Values are
// not re-validated per request: the repositories build them from typed SQL, and the contract tests
// check every route's answers against the document.
import fastJson from 'fast-json-stringify'
import { z } from 'zod'
import type { FastifySerializerCompiler } from 'fastify/types/schema.js'

type Json = Record<string, unknown>

const isObject = (s: unknown): s is Json => typeof s === 'object' && s !== null && !Array.isArray(s)
const isNull = (s: unknown) => isObject(s) && s.type === 'null' && Object.keys(s).length === 1

/** Keywords that only document (or validate input): the serialiser needs none of them. */
const dropped = new Set([
  'description', 'examples', 'example', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'title', '$schema', 'default',
])

/**
 * Two objects of the same properties (an Event and an Event restricted by `fields=`) merge into one
 * whose required properties are those both require: fast-json-stringify then writes what is present
 * without validating each item against each branch. Null as a branch becomes `nullable`.
 */
function merge(branches: Json[]): Json | undefined {
  if (!branches.every((b) => b.type === 'object' && isObject(b.properties))) return undefined
  const [first, ...rest] = branches as (Json & { properties: Json; required?: string[] })[]
  const properties: Json = { ...first!.properties }
  let required = new Set(first!.required ?? [])
  for (const b of rest) {
    for (const [k, v] of Object.entries(b.properties)) {
      if (k in properties && JSON.stringify(properties[k]) !== JSON.stringify(v)) return undefined
      properties[k] = v
    }
    required = new Set([...required].filter((k) => (b.required ?? []).includes(k)))
    if (JSON.stringify(b.additionalProperties ?? false) !== JSON.stringify(first!.additionalProperties ?? false)) {
      return undefined
    }
  }
  return { ...first, properties, required: [...required] }
}

/** The JSON Schema as the serialiser wants it: no documentation keywords, nullable instead of `| null`. */
export function forSerializer(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forSerializer)
  if (!isObject(schema)) return schema
  const out: Json = {}
  for (const [k, v] of Object.entries(schema)) {
    if (dropped.has(k)) continue
    // property names and definitions are keys, not keywords
    if (k === 'properties' || k === '$defs' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as Json).map(([n, s]) => [n, forSerializer(s)]))
    } else out[k] = forSerializer(v)
  }
  const anyOf = out.anyOf ?? out.oneOf
  if (!Array.isArray(anyOf)) return out
  const { anyOf: _a, oneOf: _o, ...rest } = out
  const nullable = anyOf.some(isNull)
  const branches = anyOf.filter((b) => !isNull(b)) as Json[]
  const one = branches.length === 1 ? branches[0] : merge(branches)
  if (!one) return out
  return { ...rest, ...one, ...(nullable ? { nullable: true } : {}) }
}

/** A zod schema's output as JSON Schema, without ids (everything inline) and without $schema. */
export function jsonSchemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, {
    target: 'draft-7', io: 'output', unrepresentable: 'any', metadata: z.registry<Record<string, unknown>>(),
  }) as Json
}

/** A compiled serialiser; a top-level union of an object and an array dispatches on Array.isArray. */
export function compileSerializer(schema: z.ZodType): (data: unknown) => string {
  const json = forSerializer(jsonSchemaOf(schema)) as Json
  const branches = (json.anyOf ?? json.oneOf) as Json[] | undefined
  if (branches?.length === 2 && branches.some((b) => b.type === 'array') && branches.some((b) => b.type === 'object')) {
    const array = fastJson(branches.find((b) => b.type === 'array')!)
    const object = fastJson(branches.find((b) => b.type === 'object')!)
    return (data) => (Array.isArray(data) ? array(data) : object(data))
  }
  return fastJson(json)
}

/** The schema a route gave: a zod type, or `{ properties: zodType }` as fastify-type-provider-zod allows. */
function resolve(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema
  if (isObject(schema) && schema.properties instanceof z.ZodType) return schema.properties
  throw new Error(`a response schema that is not a zod type: ${JSON.stringify(schema)}`)
}

/** Fastify's serializer compiler: fast-json-stringify from the zod response schemas. */
export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => compileSerializer(resolve(schema))
