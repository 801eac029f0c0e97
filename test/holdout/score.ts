// Scores the extractor on a held-out set: test/holdout (the dev set, default) or test/holdout-2 (blind).
// Run: npx tsx test/holdout/score.ts [folder] [--json]
// Every gold file in the folder (articles in <folder>/articles/) is scored with the project's scorer
// (src/pipeline/score.ts scoreCorpus); prints per-file and micro-averaged P/R/F1 for actors, statements
// and events, and the missed / spurious items. Informational only: never fails.
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatTable, scoreCorpus, totals, type PRF } from '../../src/pipeline/score.ts'

const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('./', import.meta.url)))
const asJson = process.argv.includes('--json')
const scores = scoreCorpus(dir, join(dir, 'articles'))
const total = totals(scores)

if (asJson) {
  console.log(JSON.stringify({ total, scores }, null, 2))
} else {
  const f = (p: PRF) => `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`
  console.log(`Held-out set ${dir}: scorer table (src/pipeline/score.ts formatTable)\n`)
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
