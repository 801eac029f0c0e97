// The typed client (client/): its types are what openapi-typescript makes of the served /openapi.json,
// and the README's example compiles under tsc and runs against the app.
import t from 'tap'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ts from 'typescript'
import { build } from './helper.ts'
import { clientTypes, clientTypesFile } from '../scripts/client-gen.ts'
import { childEnv } from './process.ts'

const root = join(import.meta.dirname, '..')

t.test('client/schema.d.ts is what openapi-typescript makes of /openapi.json (else: npm run client:gen)', async (t) => {
  const app = await build(t)
  const served = (await app.inject('/openapi.json')).json()
  const expected = await clientTypes(served)
  const actual = readFileSync(clientTypesFile, 'utf8')
  t.ok(actual === expected, 'client/schema.d.ts matches the served document; run `npm run client:gen`')
})

/** The README's example: the ```ts block of its "Typed client" section. */
function readmeExample() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Typed client'))
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1]
  if (!code) throw new Error('README.md: no ```ts block under "## Typed client"')
  return code
}

t.test('the README example is five lines, type-checks and prints an actor’s statement history', async (t) => {
  const code = readmeExample()
  t.equal(code.trimEnd().split('\n').length, 5, 'five lines')
  t.match(code, /from '\.\/client\/index\.ts'/, 'imports the client as run from the project folder')
  t.match(code, /http:\/\/localhost:3000/)

  // in the project (an ES module package with the client beside it), one folder down: tmp/ is git-ignored
  mkdirSync(join(root, 'tmp'), { recursive: true })
  const dir = mkdtempSync(join(root, 'tmp', 'readme-example-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'example.ts')
  const placeholder = 'http://127.0.0.1:1'
  writeFileSync(file, code.replace("'./client/index.ts'", "'../../client/index.ts'").replace('http://localhost:3000', placeholder))

  const { options } = ts.convertCompilerOptionsFromJson(
    JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions, root)
  const program = ts.createProgram([file], { ...options, noEmit: true })
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  t.same(diagnostics, [], 'tsc accepts it (strict)')

  // the app starts after the type-check: tsc blocks the event loop for seconds, which under-pressure would
  // rightly answer with 503s
  const app = await build(t)
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  writeFileSync(file, readFileSync(file, 'utf8').replace(placeholder, address))

  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file],
    { cwd: root, env: childEnv() })
  const expected = (await app.inject('/v1/actors/vladimir-putin/statements')).json().data as { date: string }[]
  t.ok(expected.length > 0, 'the seeded data has statements of vladimir-putin')
  const lines = stdout.trimEnd().split('\n')
  t.equal(lines.length, expected.length, 'one line per statement of the first page')
  t.same(lines.map((l) => l.split(' ')[0]), expected.map((s) => s.date), 'in chronological order')
})
