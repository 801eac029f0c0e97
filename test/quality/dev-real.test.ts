// The extractor on real news (../shared/eval/dev-real: 28 articles annotated under ../shared/eval/GUIDELINES.md),
// scored strictly with the v2 scorer (test/eval, the figures of score.py). The floors are the figures the
// extractor holds: a change may raise them, never lower them. The set is third-party text kept outside the
// repository: without it the test skips.
import t from 'tap'
import { EVAL_DIR_CANDIDATES, evalDir, loadSet } from '../eval/sets.ts'
import { evaluate } from '../eval/run.ts'
import { formatReport } from '../eval/report.ts'

const FLOORS = { actors: 0.9, statements: 0.84, events: 0.52 }

const dir = evalDir()
const skip =
  dir ? false : `the dev-real set is not here: expected dev-real/ in one of ${EVAL_DIR_CANDIDATES.join(', ')}`

t.test('dev-real: strict v2 figures hold their floors', { skip }, async (t) => {
  const { score } = evaluate(loadSet('dev-real'))
  t.comment('\n' + formatReport(score, { misses: false }))
  t.equal(score.articles.length, 28, 'all 28 articles scored')
  for (const kind of ['actors', 'statements', 'events'] as const) {
    t.ok(score.overall[kind].f1 >= FLOORS[kind], `${kind} F1 ${score.overall[kind].f1} ≥ ${FLOORS[kind]}`)
  }
})
