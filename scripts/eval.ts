// `npm run eval -- <set> [--out DIR] [--no-misses] [--json]`: extracts every article of an evaluation set, scores
// the predictions with the v2 scorer (test/eval/score.ts, the same figures as ../shared/eval/score.py), and prints
// a row per article, each article's misses and spurious items, and the overall line. <set> is a folder laid out
// like ../shared/eval/dev-real (articles/*.txt, gold/*.json, sources.json) or test/holdout (articles/, gold *.json,
// articles.json), or a name: founding (data/articles + test/gold), dev-real, holdout, holdout-2, holdout-3.
// --out DIR writes one prediction file per article (<stem>.json, the extractor's JSON) for score.py.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadSet } from '../test/eval/sets.ts'
import { evaluate } from '../test/eval/run.ts'
import { formatReport } from '../test/eval/report.ts'

const USAGE = 'usage: npm run eval -- <set-dir | founding | dev-real | holdout | holdout-2 | holdout-3> ' +
  '[--out DIR] [--no-misses] [--json]'

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`)
  process.exit(2)
}

const args = process.argv.slice(2)
let setArg: string | undefined
let out: string | undefined
for (let i = 0; i < args.length; i++) {
  const a = args[i]!
  if (a === '--out') out = args[++i] ?? fail('--out needs a folder')
  else if (a.startsWith('--out=')) out = a.slice('--out='.length)
  else if (a === '--no-misses' || a === '--json') continue
  else if (a.startsWith('-')) fail(`unknown option: ${a}`)
  else if (setArg === undefined) setArg = a
  else fail(`unexpected argument: ${a}`)
}
if (!setArg) fail('missing evaluation set')

let set
try {
  set = loadSet(setArg)
} catch (err) {
  fail((err as Error).message)
}
const { score, predictions } = evaluate(set)
if (out) {
  mkdirSync(out, { recursive: true })
  for (const [stem, pred] of predictions) writeFileSync(join(out, `${stem}.json`), JSON.stringify(pred, null, 2) + '\n')
}
if (args.includes('--json')) {
  const { articles, ...figures } = score
  const perArticle =
    Object.fromEntries(articles.map((a) => [a.file, { ...a.row, missed: a.missed, spurious: a.spurious }]))
  process.stdout.write(JSON.stringify({ set: set.name, ...figures, per_article: perArticle }, null, 2) + '\n')
} else {
  process.stdout.write(`${set.name}: ${set.articles.length} articles (${set.dir})\n\n`)
  process.stdout.write(formatReport(score, { misses: !args.includes('--no-misses') }) + '\n')
  if (out) process.stderr.write(`predictions written to ${out}\n`)
}
