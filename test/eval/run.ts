// Extracts every article of an evaluation set and scores the predictions against its gold with the v2 scorer.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { extract, toOutput, type OutputJson } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'
import { readGold } from './gold.ts'
import { scoreArticle, scoreSet, type SetScore } from './score.ts'
import type { EvalSet } from './sets.ts'

export interface Evaluation {
  set: EvalSet
  score: SetScore
  /** article stem → the extractor's output (what score.py reads as a prediction file) */
  predictions: Map<string, OutputJson>
}

/** Extracts and scores the set (predictions from `predict`, by default the extractor). */
export function evaluate(set: EvalSet, predict?: (raw: string, published: string, id: string) =>
OutputJson): Evaluation {
  const resources = loadResources()
  const run = predict ?? ((raw, published, id) => toOutput(extract({ id, raw, published }, resources), resources))
  const nameOf = (id: string) => resources.byId.get(id)?.name
  const predictions = new Map<string, OutputJson>()
  const articles = set.articles.map((a) => {
    const pred = run(readFileSync(a.articlePath, 'utf8'), a.published, basename(a.articlePath).replace(/\.txt$/, ''))
    predictions.set(a.stem, pred)
    return scoreArticle(`${a.stem}.json`, readGold(a.goldPath, nameOf).doc, pred)
  })
  return { set, score: scoreSet(articles), predictions }
}
