// Scores the extractor on the held-out set (test/holdout): 8 articles it was not tuned on.
// Run: npx tsx test/holdout/score.ts [--json]
// For each entry of test/holdout/articles.json: extract(raw) → scoreArticle(extraction, gold) with the
// project's own scorer (src/pipeline/score.ts), then per-file and micro-averaged P/R/F1 for actors,
// statements and events, and the missed / spurious items. Informational only: never fails.
import { readFileSync } from 'node:fs'
import { extract } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources.ts'
import { formatTable, scoreArticle, totals, type ArticleScore, type GoldFile, type PRF } from '../../src/pipeline/score.ts'

interface Meta {
  file: string
  title: string
  outlet: string
  published: string
}

const HERE = new URL('./', import.meta.url)
const ARTICLES = new URL('articles/', HERE)
const asJson = process.argv.includes('--json')

const metas = JSON.parse(readFileSync(new URL('articles.json', HERE), 'utf8')) as Meta[]
const resources = loadResources()

const scores: ArticleScore[] = metas.map((m) => {
  const stem = m.file.replace(/\.txt$/, '')
  const gold = JSON.parse(readFileSync(new URL(`${stem}.json`, HERE), 'utf8')) as GoldFile
  if (gold.file !== m.file || gold.published !== m.published) throw new Error(`${stem}: gold file/published disagree with articles.json`)
  const raw = readFileSync(new URL(m.file, ARTICLES), 'utf8')
  return scoreArticle(extract({ id: m.file, raw, published: m.published }, resources), gold)
})

const total = totals(scores)

if (asJson) {
  console.log(JSON.stringify({ total, scores }, null, 2))
} else {
  const f = (p: PRF) => `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`
  console.log('Held-out set: scorer table (src/pipeline/score.ts formatTable)\n')
  console.log(formatTable(scores))
  console.log('\nPer file')
  for (const s of scores) {
    console.log(`\n${s.file}`)
    console.log(`  actors      ${f(s.actors)}`)
    console.log(`  statements  ${f(s.statements)}`)
    console.log(`  events      ${f(s.events)}   code agreement on matched: ${s.codeAgreement}`)
  }
  console.log('\nMicro-averaged over all held-out files')
  console.log(`  actors      ${f(total.actors)}`)
  console.log(`  statements  ${f(total.statements)}`)
  console.log(`  events      ${f(total.events)}`)
  const matchedEvents = scores.reduce((n, s) => n + s.events.tp, 0)
  const agreeing = scores.reduce((n, s) => n + s.codeAgreement, 0)
  console.log(`  full CAMEO code agreement on matched events: ${agreeing}/${matchedEvents}`)

  console.log('\nMissed (in gold, not extracted) and spurious (extracted, not in gold)')
  for (const s of scores) {
    console.log(`\n== ${s.file}`)
    for (const kind of ['actors', 'statements', 'events'] as const) {
      for (const m of s.missed[kind]) console.log(`  MISSED   ${kind.padEnd(10)} ${m}`)
      for (const x of s.spurious[kind]) console.log(`  SPURIOUS ${kind.padEnd(10)} ${x}`)
    }
  }
}
