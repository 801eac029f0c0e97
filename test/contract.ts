// What the OpenAPI document promises about a response, checked on a real one: its status is documented
// for the operation, its media type is one the document lists for that status, an error is a problem
// document whose code is in the catalogue, and a JSON body is valid against the documented schema.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'
import type { Document, Operation } from './openapi-operations.ts'

export interface Observed { statusCode: number; headers: Record<string, unknown>; body: string }

/** JSON pointer escaping of one path segment. */
const pointer = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1')

/** The status a response is documented under: the exact code, else its `4XX`-style range, else `default`. */
export function documentedStatus(op: Operation, status: number): string | undefined {
  const range = `${String(status)[0]}XX`
  return [String(status), range, default_].find((s) => op.responses[s] !== undefined)
}
const default_ = 'default'

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

export function createContract(doc: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true })
  ;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
  ajv.addSchema({ ...doc, $id: 'openapi.json' })
  const validators = new Map<string, ValidateFunction>()
  const validatorOf = (op: Operation, status: string, media: string) => {
    const response = `openapi.json#/paths/${pointer(op.path)}/${op.method}/responses/${status}`
    const ref = `${response}/content/${pointer(media)}/schema`
    let v = validators.get(ref)
    if (!v) validators.set(ref, (v = ajv.compile({ $ref: ref })))
    return v
  }

  /** The ways `res` breaks the document's promises for `op` (none: it conforms). */
  return function violations(op: Operation, res: Observed): string[] {
    const where = `${op.method.toUpperCase()} ${op.path} → ${res.statusCode}`
    const status = documentedStatus(op, res.statusCode)
    if (!status) return [`${where}: status not documented (documented: ${Object.keys(op.responses).join(', ')})`]
    const response = op.responses[status]!
    const media = String(res.headers['content-type'] ?? '').split(';')[0]!.trim()
    const content = response.content ?? {}
    if (!Object.keys(content).length) {
      return res.body.length ? [`${where}: a body (${media}) where none is documented`] : []
    }
    const listed = Object.keys(content).join(', ')
    if (!content[media]) return [`${where}: content type ${media || '(none)'} not documented (${listed})`]
    if (res.statusCode >= 400 && media !== 'application/problem+json') {
      return [`${where}: an error that is not problem+json`]
    }
    if (media === 'application/x-ndjson') {
      const bad = res.body.split('\n').filter((line) => line && !parses(line))
      return bad.length ? [`${where}: NDJSON lines that do not parse: ${bad[0]!.slice(0, 80)}`] : []
    }
    if (!/^application\/(.+\+)?json$/.test(media)) return []
    let body: unknown
    try {
      body = JSON.parse(res.body)
    } catch {
      return [`${where}: ${media} that does not parse`]
    }
    const validate = validatorOf(op, status, media)
    if (validate(body)) return []
    return [`${where}: body not valid against the documented schema: ${ajv.errorsText(validate.errors)}`]
  }
}
