import t from 'tap'
import { Validator } from '@seriousme/openapi-schema-validator'
import { build } from './helper.ts'

t.test('/openapi.json is a valid OpenAPI 3.1 document', async (t) => {
  const app = await build(t)
  const res = await app.inject('/openapi.json')
  t.equal(res.statusCode, 200)
  const doc = res.json()
  t.equal(doc.openapi, '3.1.0')
  const validator = new Validator()
  const result = await validator.validate(doc)
  t.ok(result.valid, JSON.stringify(result.errors, null, 1)?.slice(0, 2000))
  t.equal(validator.version, '3.1')
})

t.test('every operation has an operationId, tags, a summary and a 2xx response', async (t) => {
  const app = await build(t)
  const doc = (await app.inject('/openapi.json')).json()
  const ids = new Set<string>()
  type Op = { operationId?: string; tags?: string[]; summary?: string; responses?: Record<string, unknown> }
  for (const [path, ops] of Object.entries<Record<string, Op>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      t.ok(op.operationId, `${method} ${path} has an operationId`)
      t.notOk(ids.has(op.operationId!), `${op.operationId} is unique`)
      ids.add(op.operationId!)
      t.ok(op.tags?.length, `${method} ${path} has tags`)
      t.ok(op.summary, `${method} ${path} has a summary`)
      const documented = Object.keys(op.responses ?? {}).some((s) => s.startsWith('2'))
      t.ok(documented, `${method} ${path} documents its success response`)
    }
  }
  t.ok(ids.has('listArticles') && ids.has('getArticle'))
  t.ok(doc.components?.schemas?.Problem, 'shared schemas are components referenced by $ref')
  t.match(JSON.stringify(doc.paths['/v1/articles']), /#\/components\/schemas\//)
})

t.test('/docs serves the documentation UI', async (t) => {
  const app = await build(t)
  const res = await app.inject('/docs')
  const page = res.statusCode === 302 ? await app.inject(res.headers.location as string) : res
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], /text\/html/)
  t.match(page.body, /swagger-ui/i)
})

t.test('every parameter is described and has an example (or an enumerated set of values)', async (t) => {
  const app = await build(t)
  const doc = (await app.inject('/openapi.json')).json()
  type Param = {
    name: string
    in: string
    description?: string
    example?: unknown
    schema?: { description?: string; example?: unknown; examples?: unknown[]; enum?: unknown[]; type?: string }
  }
  for (const [path, ops] of Object.entries<Record<string, { parameters?: Param[] }>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      for (const p of op.parameters ?? []) {
        const where = `${method} ${path} ${p.in} ${p.name}`
        t.ok(p.description ?? p.schema?.description, `${where} is described`)
        const enumerated = p.schema?.enum !== undefined || p.schema?.type === 'boolean'
        const example = p.example !== undefined || p.schema?.example !== undefined || p.schema?.examples !== undefined
        t.ok(enumerated || example, `${where} has an example`)
      }
    }
  }
})
