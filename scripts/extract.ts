// `npm run --silent extract -- <article.txt> --published YYYY-MM-DD`: prints the extraction of one
// article as JSON (actors, statements, events) on stdout. No database. Bad arguments → stderr, exit 2.
import { readFileSync, existsSync } from 'node:fs'
import { basename } from 'node:path'
import { extract, toOutput } from '../src/pipeline/extract.ts'
import { loadResources } from '../src/pipeline/resources/load.ts'

const USAGE = 'usage: npm run --silent extract -- <article.txt> --published YYYY-MM-DD'

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`)
  process.exit(2)
}

function parseArgs(argv: string[]): { file: string; published: string } {
  let file: string | undefined
  let published: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--published') published = argv[++i]
    else if (a.startsWith('--published=')) published = a.slice('--published='.length)
    else if (a.startsWith('-')) fail(`unknown option: ${a}`)
    else if (file === undefined) file = a
    else fail(`unexpected argument: ${a}`)
  }
  if (!file) fail('missing article file')
  if (!existsSync(file)) fail(`no such file: ${file}`)
  if (!published) fail('missing --published YYYY-MM-DD')
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published)
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    fail(
    `invalid --published date: ${published}`)
  }
  return { file, published }
}

const { file, published } = parseArgs(process.argv.slice(2))
const resources = loadResources()
const raw = readFileSync(file, 'utf8')
const x = extract({ id: basename(file).replace(/\.txt$/, ''), raw, published }, resources)
process.stdout.write(JSON.stringify(toOutput(x, resources), null, 2) + '\n')
