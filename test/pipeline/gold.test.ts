// Scores the extractor against the hand-made gold annotations of the five founding articles.
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { extract } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources.ts'
import { formatTable, scoreArticle, totals, type GoldFile } from '../../src/pipeline/score.ts'

const GOLD = new URL('../gold/', import.meta.url)
const ARTICLES = new URL('../../data/articles/', import.meta.url)
const resources = loadResources()

const files = readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()
t.ok(files.length >= 5, 'gold files present')
const scores = files.map((f) => {
  const gold = JSON.parse(readFileSync(new URL(f, GOLD), 'utf8')) as GoldFile
  const raw = readFileSync(new URL(gold.file, ARTICLES), 'utf8')
  return scoreArticle(extract({ id: gold.file, raw, published: gold.published }, resources), gold)
})
t.comment('\n' + formatTable(scores))
for (const s of scores) {
  const miss = [...s.missed.statements, ...s.missed.events, ...s.missed.actors]
  const extra = [...s.spurious.statements, ...s.spurious.events, ...s.spurious.actors]
  if (miss.length || extra.length) t.comment(`${s.file}\n  missed: ${JSON.stringify(miss)}\n  spurious: ${JSON.stringify(extra)}`)
}
const total = totals(scores)
t.ok(total.statements.f1 >= 0.9, `statements F1 ${total.statements.f1.toFixed(3)} ≥ 0.9`)
t.ok(total.events.f1 >= 0.8, `events F1 ${total.events.f1.toFixed(3)} ≥ 0.8`)
t.ok(total.actors.f1 >= 0.9, `actors F1 ${total.actors.f1.toFixed(3)} ≥ 0.9`)
