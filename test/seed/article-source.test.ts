import t from 'tap'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { articleId, readArticles } from '../../src/seed/article-source.ts'

const meta = (entries: object[]) => JSON.stringify(entries)
const entry = (file: string, extra: object = {}) => ({ file, title: 'T', outlet: 'O', url: null, published: '2016-06-05', ...extra })

function dir(files: Record<string, string>) {
  const d = mkdtempSync(join(tmpdir(), 'parley-src-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text)
  return d
}

t.test('the founding articles are read with their metadata', async (t) => {
  const articles = readArticles()
  t.equal(articles.length, 5)
  const a = articles.find((x) => x.id === '003-0ceba8022e856230')!
  t.equal(a.published, '2016-06-05')
  t.equal(a.outlet, 'Reuters')
  t.match(a.raw, /Antonov/)
  t.match(a.contentHash, /^[0-9a-f]{64}$/)
})

t.test('article ids are readable slugs of the file name', async (t) => {
  t.equal(articleId('004_c6aa0806ec42fcf8.txt'), '004-c6aa0806ec42fcf8')
  t.equal(articleId('Some Article (2).txt'), 'some-article-2')
})

t.test('a text without metadata fails the seed loudly', async (t) => {
  const d = dir({ 'a.txt': 'x', 'b.txt': 'y', 'articles.json': meta([entry('a.txt')]) })
  t.throws(() => readArticles(d), /no metadata for b\.txt/)
})

t.test('metadata naming a missing file fails', async (t) => {
  const d = dir({ 'articles.json': meta([entry('gone.txt')]) })
  t.throws(() => readArticles(d), /gone\.txt does not exist/)
})

t.test('invalid metadata names the problem', async (t) => {
  const d = dir({ 'a.txt': 'x', 'articles.json': meta([entry('a.txt', { published: '2016-13-01' })]) })
  t.throws(() => readArticles(d), /published/)
  const e = dir({ 'a.txt': 'x', 'articles.json': meta([entry('a.txt', { url: 'not a url' })]) })
  t.throws(() => readArticles(e), /url/)
})
