// Extraction throughput on one core: the five founding articles repeated N times (default 2,000
// articles), against a baseline measured in the same run (clean + segment only). Prints JSON when run
// directly (`npx tsx scripts/bench-extract.ts [N]`); scripts/bench.ts imports benchExtract().
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { extract } from '../src/pipeline/extract.ts'
import { clean } from '../src/pipeline/text/clean.ts'
import { segment } from '../src/pipeline/text/segment.ts'
import { loadResources } from '../src/pipeline/resources/load.ts'
import type { ArticleInput } from '../src/pipeline/types.ts'

const DATA = fileURLToPath(new URL('../data/articles/', import.meta.url))

function corpus(): ArticleInput[] {
  const meta = JSON.parse(readFileSync(join(DATA, 'articles.json'), 'utf8')) as { file: string; published: string }[]
  return readdirSync(DATA)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      ({
        id: f, raw: readFileSync(join(DATA, f), 'utf8'), published: meta.find((m) => m.file === f)?.published ??
        '2015-01-01',
      }))
}

function time(n: number, articles: ArticleInput[], fn: (a: ArticleInput) => unknown): number {
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < n; i++) fn(articles[i % articles.length]!)
  return Number(process.hrtime.bigint() - t0) / 1e9
}

export interface ExtractBench {
  articles: number
  extract_seconds: number
  extract_articles_per_minute: number
  baseline: string
  baseline_articles_per_minute: number
  extract_vs_baseline_cost_ratio: number
  target_articles_per_minute: number
  meets_target: boolean
  events_per_article: number
  statements_per_article: number
  peak_rss_mb: number
}

export async function benchExtract(n = 2000): Promise<ExtractBench> {
  const articles = corpus()
  const resources = loadResources()
  // warm-up: JIT, dictionary and alias index compilation
  for (const a of articles) extract(a, resources)
  const baseSec = time(n, articles, (a) => segment(clean(a.raw).text))
  let events = 0
  let statements = 0
  const sec = time(n, articles, (a) => {
    const x = extract(a, resources)
    events += x.events.length
    statements += x.statements.length
  })
  const perMin = Math.round((n / sec) * 60)
  return {
    articles: n,
    extract_seconds: Math.round(sec * 1000) / 1000,
    extract_articles_per_minute: perMin,
    baseline: 'clean + segment only',
    baseline_articles_per_minute: Math.round((n / baseSec) * 60),
    extract_vs_baseline_cost_ratio: Math.round((sec / baseSec) * 10) / 10,
    target_articles_per_minute: 1000,
    meets_target: perMin >= 1000,
    events_per_article: Math.round((events / n) * 100) / 100,
    statements_per_article: Math.round((statements / n) * 100) / 100,
    peak_rss_mb: Math.round(process.memoryUsage().rss / 1048576),
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 2000)
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write('usage: tsx scripts/bench-extract.ts [articles]\n')
    process.exit(2)
  }
  process.stdout.write(JSON.stringify(await benchExtract(n), null, 2) + '\n')
}
