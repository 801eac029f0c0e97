// Scores the extractor against the hand-made gold annotations of the five founding articles.
import t from 'tap'
import { fileURLToPath } from 'node:url'
import { formatTable, scoreCorpus, totals } from '../../src/pipeline/score.ts'

const scores = scoreCorpus(fileURLToPath(new URL('../gold/', import.meta.url)), fileURLToPath(new URL('../../data/articles/', import.meta.url)))
t.ok(scores.length >= 5, 'gold files present')
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
