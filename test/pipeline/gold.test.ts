// The extractor against the gold annotations of the five founding articles (test/gold), scored with the v2 scorer.
// The gold files are read in either format (test/eval/gold.ts): the project's v1 (actor ids) through an adapter,
// or v2 (GUIDELINES.md §0) as is — the re-annotated v2 gold replaces the v1 files without a change here.
import t from 'tap'
import { loadSet } from '../eval/sets.ts'
import { evaluate } from '../eval/run.ts'
import { formatReport } from '../eval/report.ts'

const FLOORS = { actors: 0.9, statements: 0.9, events: 0.8 }

const { score } = evaluate(loadSet('founding'))
t.equal(score.articles.length, 5, 'five gold files')
t.comment('\n' + formatReport(score))
for (const kind of ['actors', 'statements', 'events'] as const) {
  t.ok(score.overall[kind].f1 >= FLOORS[kind], `${kind} F1 ${score.overall[kind].f1} ≥ ${FLOORS[kind]}`)
}
