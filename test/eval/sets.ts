// Evaluation sets: articles with gold annotations and publication dates. Two layouts are read:
// - like ../shared/eval/dev-real: `articles/*.txt`, `gold/*.json` (v2), `sources.json` ([{ file, published }]);
// - like test/holdout: `articles/*.txt`, gold `*.json` next to them (v1), `articles.json` ([{ file, published }]).
// Names: `founding` (data/articles + test/gold), `holdout`, `holdout-2`, `holdout-3`, `dev-real` (the shared set).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = fileURLToPath(new URL('../../', import.meta.url))

/** Where the shared evaluation material is looked for: $PARLEY_EVAL_DIR, ../shared/eval next to the repository,
 *  /work/shared/eval. */
export const EVAL_DIR_CANDIDATES = [process.env.PARLEY_EVAL_DIR, resolve(REPO, '../shared/eval'), '/work/shared/eval']
  .filter((d): d is string => !!d)

/** The shared evaluation folder (GUIDELINES.md, score.py, dev-real/), or null when none of the candidates exists. */
export function evalDir(): string | null {
  return EVAL_DIR_CANDIDATES.find((d) => existsSync(join(d, 'dev-real'))) ?? null
}

export interface SetArticle {
  /** the file stem shared by the article and its gold file ("001_bush_putin_bratislava_summit") */
  stem: string
  articlePath: string
  goldPath: string
  published: string
}

export interface EvalSet {
  name: string
  dir: string
  articles: SetArticle[]
}

const NAMED: Record<string, () => { articles: string; gold: string; meta: string }> = {
  founding: () => ({
    articles: join(REPO, 'data/articles'), gold: join(REPO, 'test/gold'),
    meta: join(REPO, 'data/articles/articles.json'),
  }),
}
for (const h of ['holdout', 'holdout-2', 'holdout-3']) {
  NAMED[h] = () =>
    ({
      articles: join(REPO, 'test', h, 'articles'), gold: join(REPO, 'test', h),
      meta: join(REPO, 'test', h, 'articles.json'),
    })
}

function layout(arg: string): { name: string; articles: string; gold: string; meta: string } {
  if (NAMED[arg]) return { name: arg, ...NAMED[arg]() }
  const dir = arg === 'dev-real' && evalDir() ? join(evalDir()!, 'dev-real') : resolve(arg)
  if (existsSync(join(dir, 'gold')) && existsSync(join(dir, 'sources.json'))) {
    return {
      name: basename(dir), articles: join(dir, 'articles'), gold: join(dir, 'gold'),
      meta: join(dir, 'sources.json'),
    }
  }
  if (existsSync(join(dir, 'articles.json'))) {
    return { name: basename(dir), articles: join(dir, 'articles'), gold: dir, meta: join(dir, 'articles.json') }
  }
  throw new Error(`${arg}: not an evaluation set (expected articles/, gold/ and sources.json, or articles/ with ` +
    `gold *.json and articles.json; or one of ${Object.keys(NAMED).join(', ')}, dev-real)`)
}

/** The articles of a set, in file order; every gold file must have its article and a publication date. */
export function loadSet(arg: string): EvalSet {
  const { name, articles, gold, meta } = layout(arg)
  const published = new Map((JSON.parse(readFileSync(meta, 'utf8')) as { file: string; published: string }[])
    .map((m) => [m.file, m.published]))
  const out: SetArticle[] = []
  for (const f of readdirSync(gold).filter((x) => x.endsWith('.json') && x !== 'articles.json' &&
    x !== 'sources.json').sort()) {
    const stem = f.replace(/\.json$/, '')
    const raw =
      JSON.parse(readFileSync(join(gold, f), 'utf8')) as { file?: string; article?: string; published?: string }
    const file = raw.article ?? raw.file ?? `${stem}.txt`
    const date = published.get(file) ?? raw.published
    if (!date) throw new Error(`${join(gold, f)}: no publication date for ${file} in ${meta}`)
    const articlePath = join(articles, file)
    if (!existsSync(articlePath)) throw new Error(`${join(gold, f)}: article not found: ${articlePath}`)
    out.push({ stem, articlePath, goldPath: join(gold, f), published: date })
  }
  return { name, dir: gold, articles: out }
}
