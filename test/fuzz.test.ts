// Property-based fuzzing driven by /openapi.json (fast-check): for every operation of the served document,
// requests with generated path and query parameters (valid values from the schemas and examples, and
// hostile ones), unknown parameters, Accept and If-None-Match headers, the documented header parameters and
// request bodies. Every answer must be below 500 and conform to the document (test/contract.ts): a
// documented status and media type, problem+json on every error, a JSON body valid against its schema.
// Generic over the document: an operation added later is fuzzed without being listed here.
// FUZZ_RUNS (default 3000) is the number of requests in all; a failure prints fast-check's seed and path.
import t from 'tap'
import fc from 'fast-check'
import { build } from './helper.ts'
import { createContract } from './contract.ts'
import { exampleOf, operations, servedDocument, urlOf, type Operation, type Parameter } from './openapi-operations.ts'

const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 3000)

const ascii = (max = 40) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: max })

/** Values no parameter should choke on. */
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '', ' ', '\u0000', 'a\u0000b', '%00', '-1', '0', '1e309', '-0', 'NaN', 'Infinity', '0x10', '1.5', '0000-01-01',
    '9999-12-31', '2016-02-30', '1969-12-31', '99999999999999999999', ',', ',,', 'a,b', 'a,,b', ' RUS , USA ', '../..',
    '%ZZ', "'; DROP TABLE events;--", '" OR 1=1', 'true', 'FALSE', 'null', '[]', '{}', '\\', '*', '%', '_',
    'x'.repeat(2100), 'é'.repeat(600), '\uD800', '\u202Eevil', '-date', 'date,-date',
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
)

/** Values shaped by the parameter's schema and example, or hostile ones. */
function valueFor(p: Parameter): fc.Arbitrary<string> {
  const s = p.schema ?? {}
  const options: fc.Arbitrary<string>[] = [hostile]
  const example = exampleOf(p)
  if (example !== undefined) options.push(fc.constant(String(example)))
  if (s.enum) options.push(fc.constantFrom(...s.enum.map(String)))
  if (s.type === 'boolean') options.push(fc.constantFrom('true', 'false', 'True', '1'))
  if (s.type === 'integer' || s.type === 'number') {
    const min = s.minimum ?? -1e6
    const max = s.maximum ?? 1e6
    options.push(fc.integer({ min: Math.floor(min) - 3, max: Math.ceil(max) + 3 }).map(String))
    if (s.type === 'number') options.push(fc.double({ min: min - 1, max: max + 1, noNaN: true }).map(String))
  }
  if (s.format === 'date' || /date/.test(p.name) || p.name === 'from' || p.name === 'to') {
    options.push(fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)))
    options.push(fc.integer({ min: -62_200_000_000_000, max: 253_500_000_000_000 }).map(String))
  }
  if (s.format === 'date-time') options.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()))
  if (typeof example === 'string' && example.includes(',')) {
    options.push(fc.array(fc.constantFrom(...example.split(','), 'x'), { minLength: 1, maxLength: 4 })
      .map((a) => a.join(',')))
  }
  // shaped values twice as often as hostile ones, so requests also get past validation
  return fc.oneof({ arbitrary: hostile, weight: 2 }, ...options.slice(1).map((arbitrary) => ({ arbitrary, weight: 4 })))
}

const accept = fc.constantFrom(
  'application/json', 'text/csv', 'application/x-ndjson', '*/*', 'text/*', 'text/html', 'image/png',
  'application/json;q=0', 'text/csv;q=0.5, application/json;q=0.1', 'text/csv;q=abc', 'application/problem+json',
  'application/jsonl', '', ',,,',
)

type Values = Record<string, string>
interface Case { path: Values; query: Values; headers: Values; body?: string }

function requests(op: Operation): fc.Arbitrary<Case> {
  const byIn = (where: Parameter['in']) => op.parameters.filter((p) => p.in === where)
  // an empty path segment addresses another resource (`/v1/events/` is the list): path values are never empty
  // (nor lone surrogates, which no URL can carry)
  const pathValue = (v: string) => v.length > 0 && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v)
  const valueIn = (p: Parameter) => (p.in === 'path' ? valueFor(p).filter(pathValue) : valueFor(p))
  const record = (params: Parameter[]) =>
    fc.record(Object.fromEntries(params.map((p) => [p.name, valueIn(p)]))) as fc.Arbitrary<Record<string, string>>
  const unknown = fc.option(fc.tuple(ascii(12).filter((k) => k.length > 0), hostile), { freq: 4, nil: undefined })
  // a few query parameters at a time (the required ones always), so some requests are valid as a whole
  const optionalQuery = byIn('query').filter((p) => !p.required)
  const someQuery = fc.tuple(record(byIn('query').filter((p) => p.required)),
    fc.subarray(optionalQuery, { maxLength: Math.min(4, optionalQuery.length) }).chain((ps) => record(ps)))
    .map(([required, some]) => ({ ...required, ...some }))
  const query = fc.tuple(someQuery, unknown).map(([q, extra]) =>
    extra && !(extra[0] in q) ? { ...q, [extra[0]]: extra[1] } : q)
  const documentedHeaders = byIn('header').map((p) => [p.name.toLowerCase(), fc.option(ascii(60), { nil: undefined })])
  const headers = fc.record({
    accept: fc.option(accept, { nil: undefined }),
    'if-none-match': fc.option(fc.oneof(ascii(30), fc.constant('*')), { freq: 6, nil: undefined }),
    ...Object.fromEntries(documentedHeaders),
  }).map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>)
  const media = Object.keys(op.requestBody?.content ?? {})
  const body = media.length
    ? fc.option(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))),
      { freq: 8, nil: undefined })
    : fc.constant(undefined)
  const contentType = media.length
    ? fc.constantFrom(...media, 'text/plain', 'application/json')
    : fc.constant(undefined)
  return fc.record({ path: record(byIn('path')), query, headers, body, contentType }).map((c) => ({
    path: c.path,
    query: c.query,
    headers: c.body !== undefined && c.contentType ? { ...c.headers, 'content-type': c.contentType } : c.headers,
    ...(c.body !== undefined ? { body: c.body } : {}),
  }))
}

t.test('fuzzing every operation of /openapi.json: no 5xx, every answer as documented', async (t) => {
  const app = await build(t)
  const doc = await servedDocument(app)
  const ops = operations(doc)
  const violations = createContract(doc)
  const runs = Math.max(50, Math.floor(TOTAL_RUNS / ops.length))
  const statuses = new Map<number, number>()
  let sent = 0
  for (const op of ops) {
    await t.test(`${op.method.toUpperCase()} ${op.path}`, async (t) => {
      await fc.assert(
        fc.asyncProperty(requests(op), async (c) => {
          const res = await app.inject({
            method: op.method.toUpperCase() as 'GET',
            url: urlOf(op, c.path, c.query),
            headers: c.headers,
            ...(c.body !== undefined ? { payload: c.body } : {}),
          })
          sent++
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
          if (res.statusCode >= 500) throw new Error(`${res.statusCode}: ${res.body.slice(0, 500)}`)
          const broken = violations(op, res)
          if (broken.length) throw new Error(broken.join('\n'))
        }),
        { numRuns: runs, includeErrorInReport: true },
      )
      t.pass(`${runs} requests`)
    })
  }
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
  t.comment(`${sent} requests; by status: ${byStatus}`)
  t.ok(sent >= ops.length * 50)
})
