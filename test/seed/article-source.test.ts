import t, { type Test } from 'tap'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { articleId, readArticles, readArticleSource, decodeArticleText } from '../../src/seed/article-source.ts'

const meta = (entries: object[]) => JSON.stringify(entries)
const entry = (file: string, extra: object = {}) =>
  ({ file, title: 'T', outlet: 'O', url: null, published: '2016-06-05', ...extra })
const GOOD = 'The minister said the talks would resume in May.\n'

function dir(t: Test, files: Record<string, string | Buffer>) {
  const d = mkdtempSync(join(tmpdir(), 'parley-src-'))
  t.teardown(() => rmSync(d, { recursive: true, force: true }))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text)
  return d
}

/** A folder with one good article (good.txt) and one more file, `bad.txt`, with the given bytes/metadata. */
function withBad(t: Test, bytes: string | Buffer, extra: object = {}) {
  const articles = meta([entry('good.txt'), entry('bad.txt', extra)])
  return dir(t, { 'good.txt': GOOD, 'bad.txt': bytes, 'articles.json': articles })
}

t.test('the founding articles are read with their metadata', async (t) => {
  const { articles, rejected } = readArticleSource()
  t.same(rejected, [])
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

t.test('a text without metadata is quarantined, the others are read', async (t) => {
  const d = dir(t, { 'a.txt': GOOD, 'b.txt': GOOD, 'articles.json': meta([entry('a.txt')]) })
  const { articles, rejected } = readArticleSource(d)
  t.same(articles.map((a) => a.fileName), ['a.txt'])
  t.match(rejected, [{ file: /b\.txt$/, reason: /has no entry in .*articles\.json/ }])
  t.throws(() => readArticles(d), /b\.txt: has no entry/, 'the strict reading fails, naming it')
})

t.test('metadata naming a missing file is quarantined', async (t) => {
  const d = dir(t, { 'a.txt': GOOD, 'articles.json': meta([entry('a.txt'), entry('gone.txt')]) })
  const { articles, rejected } = readArticleSource(d)
  t.equal(articles.length, 1)
  t.match(rejected, [{ file: /gone\.txt$/, reason: /file does not exist/ }])
})

t.test('invalid metadata names the file and the field', async (t) => {
  const month = readArticleSource(withBad(t, GOOD, { published: '2016-13-01' }))
  t.match(month.rejected, [{ file: /bad\.txt$/, field: 'published', reason: /articles\.json entry 2: published: must be a date/ }])
  t.equal(month.articles.length, 1, 'the good article is still read')
  const url = readArticleSource(withBad(t, GOOD, { url: 'not a url' }))
  t.match(url.rejected, [{ file: /bad\.txt$/, field: 'url' }])
})

t.test('published 0000-01-01 (outside PostgreSQL) is rejected naming the field', async (t) => {
  const { rejected } = readArticleSource(withBad(t, GOOD, { published: '0000-01-01' }))
  t.match(rejected, [{ file: /bad\.txt$/, field: 'published', reason: /published: must be a real publication date/ }])
})

t.test('a javascript: (or any non-http) URL is rejected', async (t) => {
  for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://example.org/a']) {
    const { rejected } = readArticleSource(withBad(t, GOOD, { url }))
    t.match(rejected, [{ file: /bad\.txt$/, field: 'url', reason: /must be an http:\/\/ or https:\/\/ URL/ }], url)
  }
  t.equal(readArticleSource(withBad(t, GOOD, { url: 'https://example.org/a?b=c' })).rejected.length, 0)
})

t.test('a binary file (NUL bytes) is rejected naming the file', async (t) => {
  const { rejected, articles } = readArticleSource(withBad(t, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])))
  t.match(rejected, [{ file: /bad\.txt$/, reason: /NUL byte/ }])
  t.equal(articles.length, 1)
})

t.test('a UTF-16 file is rejected with the encoding named', async (t) => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')])
  t.match(readArticleSource(withBad(t, le)).rejected, [{ file: /bad\.txt$/, reason: /UTF-16/ }])
  const noBom = Buffer.from(GOOD, 'utf16le')
  t.match(readArticleSource(withBad(t, noBom)).rejected, [{ file: /bad\.txt$/, reason: /NUL byte.*UTF-16/ }])
})

t.test('invalid UTF-8 is rejected (not stored as U+FFFD), naming the line', async (t) => {
  const latin1 = Buffer.concat([Buffer.from('First line.\nIn S'), Buffer.from([0xe3]), Buffer.from('o Paulo.\n')])
  const { rejected, articles } = readArticleSource(withBad(t, latin1))
  t.match(rejected, [{ file: /bad\.txt$/, reason: /not valid UTF-8 \(first bad byte on line 2\)/ }])
  t.notOk(articles.some((a) => a.raw.includes('\uFFFD')))
})

t.test('valid UTF-8 with a BOM is read without the BOM; control characters and empty texts are rejected', async (t) => {
  const bom = decodeArticleText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('São Paulo')]))
  t.same(bom, { text: 'São Paulo' })
  t.match(decodeArticleText(Buffer.from('a\u0007b')), { error: /control character \(U\+0007, line 1\)/ })
  t.match(decodeArticleText(Buffer.from('  \n')), { error: /empty/ })
})

t.test('an invalid articles.json names the file', async (t) => {
  t.throws(() => readArticleSource(dir(t, { 'a.txt': GOOD, 'articles.json': '[{"file": "a.txt",' })), /articles\.json is not valid JSON/)
  t.throws(() => readArticleSource(dir(t, { 'a.txt': GOOD, 'articles.json': '{"file": "a.txt"}' })), /articles\.json must be a JSON array/)
  t.throws(() => readArticleSource(dir(t, { 'a.txt': GOOD })), /articles\.json is missing/)
})

t.test('an entry without a file name is named by its position', async (t) => {
  const d = dir(t, { 'a.txt': GOOD, 'articles.json': meta([entry('a.txt'), { title: 'x' }]) })
  t.match(readArticleSource(d).rejected[0], { file: /articles\.json entry 2$/ })
})
