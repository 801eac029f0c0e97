// Scores an Extraction against a gold file (test/gold/*.json; matching rules in test/gold/README.md):
// actors by id; statements one-to-one by speaker + token F1 ≥ 0.5 (or ≥ 0.8 of the shorter text
// contained in the other); events by (source, target, CAMEO root, date rendered by precision).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extract } from './extract.ts'
import { loadResources, type Resources } from './resources/load.ts'
import type { Extraction } from './types.ts'
import { formatDate } from './text/dates.ts'

export interface GoldFile {
  file: string
  published: string
  actors: { id: string; name?: string; kind?: string; country?: string | null; role?: string | null }[]
  statements: { speaker: string; text: string; direct: boolean; date: string }[]
  events: { source: string; target: string | null; cameo_code: string; cameo_root: string; date: string; evidence?: string }[]
}

export interface PRF {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export interface ArticleScore {
  file: string
  actors: PRF
  statements: PRF
  events: PRF
  /** events matched on the key whose full CAMEO code also agrees */
  codeAgreement: number
  missed: { actors: string[]; statements: string[]; events: string[] }
  spurious: { actors: string[]; statements: string[]; events: string[] }
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

/** Lower-case, curly quotes/dashes folded, punctuation and brackets dropped. */
export function textTokens(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
}

/** Token F1 of two texts, or 1 when ≥ 0.8 of the shorter one's tokens are in the other. */
export function textSimilarity(a: string, b: string): number {
  const ta = textTokens(a)
  const tb = textTokens(b)
  if (ta.length === 0 || tb.length === 0) return 0
  const count = new Map<string, number>()
  for (const t of tb) count.set(t, (count.get(t) ?? 0) + 1)
  let common = 0
  for (const t of ta) {
    const n = count.get(t) ?? 0
    if (n > 0) {
      common++
      count.set(t, n - 1)
    }
  }
  const p = common / ta.length
  const r = common / tb.length
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return common / Math.min(ta.length, tb.length) >= 0.8 ? Math.max(f1, 1) : f1
}

export function eventKey(source: string, target: string | null, root: string, date: string): string {
  return `${source}|${target ?? ''}|${root}|${date}`
}

export function scoreArticle(x: Extraction, gold: GoldFile): ArticleScore {
  // actors
  const got = new Set(x.actors.map((a) => a.id))
  const want = new Set(gold.actors.map((a) => a.id))
  const aTp = [...got].filter((id) => want.has(id)).length
  // statements: one-to-one, greedy by best similarity
  const pairs: [number, number, number][] = []
  x.statements.forEach((s, i) =>
    gold.statements.forEach((g, j) => {
      if (s.speakerId !== g.speaker) return
      const sim = textSimilarity(s.text, g.text)
      if (sim >= 0.5) pairs.push([sim, i, j])
    }),
  )
  pairs.sort((a, b) => b[0] - a[0])
  const usedX = new Set<number>()
  const usedG = new Set<number>()
  for (const [, i, j] of pairs) {
    if (usedX.has(i) || usedG.has(j)) continue
    usedX.add(i)
    usedG.add(j)
  }
  // events: dedupe on the key, then compare sets
  const xKeys = new Map<string, string>()
  for (const e of x.events) {
    const k = eventKey(e.sourceId, e.targetId, e.cameoRoot, formatDate(e.date))
    if (!xKeys.has(k)) xKeys.set(k, e.cameoCode)
  }
  const gKeys = new Map(gold.events.map((e) => [eventKey(e.source, e.target, e.cameo_root, e.date), e.cameo_code]))
  const eTp = [...xKeys.keys()].filter((k) => gKeys.has(k))
  return {
    file: gold.file,
    actors: prf(aTp, got.size - aTp, want.size - aTp),
    statements: prf(usedX.size, x.statements.length - usedX.size, gold.statements.length - usedG.size),
    events: prf(eTp.length, xKeys.size - eTp.length, gKeys.size - eTp.length),
    codeAgreement: eTp.filter((k) => xKeys.get(k) === gKeys.get(k)).length,
    missed: {
      actors: [...want].filter((id) => !got.has(id)),
      statements: gold.statements.filter((_, j) => !usedG.has(j)).map((g) => `${g.speaker}: ${g.text}`),
      events: [...gKeys.keys()].filter((k) => !xKeys.has(k)),
    },
    spurious: {
      actors: [...got].filter((id) => !want.has(id)),
      statements: x.statements.filter((_, i) => !usedX.has(i)).map((s) => `${s.speakerId}: ${s.text}`),
      events: [...xKeys.keys()].filter((k) => !gKeys.has(k)),
    },
  }
}

/** Micro-averaged totals over articles. */
export function totals(scores: ArticleScore[]): { actors: PRF; statements: PRF; events: PRF } {
  const sum = (k: 'actors' | 'statements' | 'events') => {
    const tp = scores.reduce((n, s) => n + s[k].tp, 0)
    const fp = scores.reduce((n, s) => n + s[k].fp, 0)
    const fn = scores.reduce((n, s) => n + s[k].fn, 0)
    return prf(tp, fp, fn)
  }
  return { actors: sum('actors'), statements: sum('statements'), events: sum('events') }
}

/** A plain-text table of per-article and total P/R/F1. */
export function formatTable(scores: ArticleScore[]): string {
  const f = (p: PRF) => `${p.precision.toFixed(2)}/${p.recall.toFixed(2)}/${p.f1.toFixed(2)}`
  const lines = ['file                          actors P/R/F1   statements P/R/F1   events P/R/F1']
  for (const s of scores) lines.push(`${s.file.padEnd(30)}${f(s.actors).padEnd(17)}${f(s.statements).padEnd(20)}${f(s.events)}`)
  const t = totals(scores)
  lines.push(`${'TOTAL (micro)'.padEnd(30)}${f(t.actors).padEnd(17)}${f(t.statements).padEnd(20)}${f(t.events)}`)
  return lines.join('\n')
}

/**
 * Scores the extractor on a folder of gold files (`<stem>.json`, each naming its article `file` and
 * `published` date), reading the articles from `articlesDir`.
 */
export function scoreCorpus(goldDir: string, articlesDir: string, resources: Resources = loadResources()): ArticleScore[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json') && f !== 'articles.json')
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile
      const raw = readFileSync(join(articlesDir, gold.file), 'utf8')
      return scoreArticle(extract({ id: gold.file, raw, published: gold.published }, resources), gold)
    })
}
