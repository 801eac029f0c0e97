// Extraction cost on one core: throughput on normal articles (the five founding articles repeated N times, default
// 2,000, against a clean + segment baseline measured in the same run), and the time of generated adversarial
// inputs of 1 MB each (run-on "Putin said …", capitalised words, unpunctuated lines, quotes, pronouns and
// descriptions, long sentences, concatenated articles), which must stay under 5 s each. Prints JSON when run
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
const ADVERSARIAL_BYTES = 1024 * 1024
const ADVERSARIAL_TARGET_SECONDS = 5

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

/** `unit(i)` repeated until `size` characters. */
function repeat(unit: (i: number) => string, size: number): string {
  const parts: string[] = []
  let n = 0
  for (let i = 0; n < size; i++) {
    const u = unit(i)
    parts.push(u)
    n += u.length
  }
  return parts.join('').slice(0, size)
}

/** Generated adversarial inputs (text written here), 1 MB each. */
export function adversarialInputs(size = ADVERSARIAL_BYTES, articles = corpus()): Record<string, string> {
  const longSentence = (i: number) => repeat(() => 'Putin met Obama and warned Kerry and ', 1400) + ` ${i}.\n\n`
  return {
    run_on_putin_said: repeat(() => 'Putin said ', size - 1) + '.',
    putin_said_sentences: repeat((i) => `Putin said Russia would respond to plan ${i}. `, size),
    capitalised_words: repeat((i) => `Alpha${i % 997} Beta Gamma Delta Epsilon `, size - 1) + '.',
    unpunctuated_lines: repeat((i) => `Putin said Russia would respond ${i}\n`, size),
    quotes: repeat((i) => `"We will respond to NATO number ${i}," Lavrov said. `, size),
    pronouns_descriptions: repeat((i) => `He said the Russian president met him on day ${i}. Obama and Putin met. `,
      size),
    long_sentences: repeat(longSentence, size),
    concatenated_articles: repeat((i) =>
      articles[i % articles.length]!.raw.replace(/\d+/g, (d) => String(Number(d) + i)) + '\n\n', size),
  }
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
  /** seconds to extract each adversarial input (`adversarial_<name>_seconds`) */
  [adversarial: `adversarial_${string}_seconds`]: number
  adversarial_bytes: number
  adversarial_target_seconds: number
  adversarial_meets_target: boolean
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
  const adversarial: Record<`adversarial_${string}_seconds`, number> = {}
  for (const [name, raw] of Object.entries(adversarialInputs(ADVERSARIAL_BYTES, articles))) {
    const t0 = process.hrtime.bigint()
    extract({ id: name, raw, published: '2015-01-01' }, resources)
    adversarial[`adversarial_${name}_seconds`] = Math.round(Number(process.hrtime.bigint() - t0) / 1e6) / 1000
  }
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
    ...adversarial,
    adversarial_bytes: ADVERSARIAL_BYTES,
    adversarial_target_seconds: ADVERSARIAL_TARGET_SECONDS,
    adversarial_meets_target: Object.values(adversarial).every((s) => s <= ADVERSARIAL_TARGET_SECONDS),
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
