// Exports whose lines PostgreSQL writes (src/repositories/export-lines.ts) give exactly the text the
// export wrote when it serialised rows in JavaScript: NDJSON lines are JSON.stringify of the JSON
// list's items, CSV and Excel what csv-stringify made of the same cells. And the exported objects have
// exactly the fields of the zod Event/Statement schemas, so a field added there cannot be forgotten.
import t, { type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { build, walk } from '../helper.ts'
import { csvColumnsOf } from '../../src/lib/export.ts'
import { oldExport } from '../export-oracle.ts'
import { eventCsv } from '../../src/services/events-service.ts'
import { statementCsv } from '../../src/services/statements-service.ts'
import { Event } from '../../src/schemas/events.ts'
import { Statement } from '../../src/schemas/statements.ts'

async function compare(
  t: Test, app: FastifyInstance, list: string, query: string, columns: Record<string, string>,
) {
  const sep = query ? '&' : ''
  const { items } = await walk<object>(app, `${list}?limit=500${sep}${query}`)
  for (const format of ['ndjson', 'csv', 'excel'] as const) {
    const res = await app.inject(`${list}?format=${format}${sep}${query}`)
    t.equal(res.statusCode, 200, `${list} ${format} ${query}`)
    const expected = oldExport(items, format, columns)
    t.equal(res.body, expected, `${list}?${query} as ${format}: ${items.length} rows, the same text`)
  }
  return items.length
}

t.test('event exports: the same text as the JavaScript export, with filters, fields and sort', async (t) => {
  const app = await build(t)
  const all = csvColumnsOf(eventCsv)
  t.ok(await compare(t, app, '/v1/events', '', all) > 0, 'every event')
  t.ok(await compare(t, app, '/v1/events', 'dyad=united-states,russia&sort=-date', all) > 0, 'a filter and a sort')
  t.ok(await compare(t, app, '/v1/events', 'root=04', all) > 0, 'CAMEO codes with a leading zero')
  const fields = new Set(['id', 'date', 'evidence', 'target'])
  t.ok(await compare(t, app, '/v1/events', 'fields=date,evidence,target', csvColumnsOf(eventCsv, fields)) > 0,
    'fields= keeps its columns and keys')
  t.equal(await compare(t, app, '/v1/events', 'q=zzyzxqqq', all), 0, 'no match: a header, or nothing')
  t.ok(await compare(t, app, '/v1/actors/russia/events', 'to=2015-12-31', all) > 0, "an actor's events")
})

t.test('statement exports: the same text as the JavaScript export', async (t) => {
  const app = await build(t)
  const all = csvColumnsOf(statementCsv)
  t.ok(await compare(t, app, '/v1/statements', '', all) > 0)
  t.ok(await compare(t, app, '/v1/statements', 'direct=true&sort=-date', all) > 0, 'a filter and a sort')
  t.ok(await compare(t, app, '/v1/actors/vladimir-putin/statements', '', all) > 0, "an actor's history")
})

/** The keys of every object in `value`, checked against the zod schema (nullable objects unwrapped). */
function sameKeys(t: Test, value: unknown, schema: z.ZodType, path: string) {
  let s: z.ZodType = schema
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType
  if (!(s instanceof z.ZodObject) || value === null) return
  t.same(Object.keys(value as object), Object.keys(s.shape), `${path}: the fields of the schema, in its order`)
  for (const [key, field] of Object.entries(s.shape)) {
    sameKeys(t, (value as Record<string, unknown>)[key], field as z.ZodType, `${path}.${key}`)
  }
}

t.test('every exported object has exactly the fields of its zod schema', async (t) => {
  const app = await build(t)
  const lines = (url: string) => app.inject(url).then((r) => r.body.trimEnd().split('\n').map((l) => JSON.parse(l)))
  const events = await lines('/v1/events?format=ndjson')
  t.ok(events.length > 0)
  for (const e of events) sameKeys(t, e, Event, `event ${e.id}`)
  const statements = await lines('/v1/statements?format=ndjson')
  t.ok(statements.some((s) => s.speaker.role !== null), 'a speaker with a role')
  for (const s of statements) sameKeys(t, s, Statement, `statement ${s.id}`)
  for (const e of events) t.ok(Event.safeParse(e).success, `event ${e.id} parses as an Event`)
})
