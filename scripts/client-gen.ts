// `npm run client:gen`: regenerates client/schema.d.ts (the API's types, by openapi-typescript) from the
// document the app serves at /openapi.json. test/client.test.ts fails when the checked-in file and the
// served document no longer agree.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript'
import { loadDotEnv } from '../src/config.ts'
import { servedDocument } from './openapi.ts'

export const clientTypesFile = join(import.meta.dirname, '../client/schema.d.ts')

/** The client's types for an OpenAPI document, as client/schema.d.ts holds them. */
export async function clientTypes(document: unknown): Promise<string> {
  // examples that depend on the server's secrets (signed cursors) are no part of the types
  const doc = JSON.parse(JSON.stringify(document), (key, value) =>
    key === 'example' && typeof value === 'string' && /^[\w-]{20,}\.[\w-]{16,}$/.test(value) ? undefined : value)
  const ast = await openapiTS(doc, { alphabetize: true })
  return COMMENT_HEADER + astToString(ast)
}

if (process.argv[1] === import.meta.filename) {
  loadDotEnv()
  writeFileSync(clientTypesFile, await clientTypes(await servedDocument()))
  console.error(`[client:gen] wrote ${clientTypesFile}`)
}
