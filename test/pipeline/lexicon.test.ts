// The extractor's vocabulary lives in data/lexicon/*.json: every list there is read by the pipeline, and the
// loader rejects bad data naming the file and the list.
import t from 'tap'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import '../../src/pipeline/extract.ts'
import {
  alternatives, lexiconPatterns, lexiconTable, lexiconWords, loadLexicon,
} from '../../src/pipeline/resources/lexicon.ts'

t.test('every list in data/lexicon is read by the pipeline', async (t) => {
  const lex = loadLexicon()
  t.ok(lex.files.size >= 10, `${lex.files.size} lexicon files`)
  for (const [file, content] of lex.files) {
    for (const name of Object.keys(content.lists)) {
      t.ok(lex.used.has(`${file}/${name}`),
      `${file}.json: ${name} is used`)
    }
  }
})

t.test('word lists, patterns and tables', async (t) => {
  t.ok(lexiconWords('speech', 'speechVerbs').has('say'), 'speech verbs hold "say"')
  t.ok(lexiconPatterns('page-noise', 'chromeLines').length > 0)
  const nationalities = lexiconTable('states', 'nationalities', z.object({ iso: z.string(), state: z.string() }))
  t.equal(nationalities.get('russian')?.iso, 'RUS')
  t.equal(alternatives(['u.s.', 'a+b']), 'u\\.s\\.|a\\+b', 'words are escaped for a regular expression')
  t.throws(() => lexiconWords('speech', 'noSuchList'), /no list "noSuchList" in speech\.json/)
  t.throws(() => lexiconWords('states', 'nationalities'), /not a word list/)
  t.throws(() => lexiconTable('states', 'nationalities', z.string()), /"russian"/, 'a table value is checked')
})

const made: string[] = []
t.teardown(() => { for (const d of made) rmSync(d, { recursive: true, force: true }) })

function dataDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-lexicon-'))
  made.push(dir)
  mkdirSync(join(dir, 'lexicon'))
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, 'lexicon', `${name}.json`), typeof content === 'string' ? content : JSON.stringify(content))
  }
  return dir
}

t.test('the loader rejects bad data, naming the file', async (t) => {
  const list = (words: unknown) => ({ description: 'x', lists: { things: { description: 'y', words } } })
  t.throws(() => loadLexicon(dataDir({ a: list(['x', 'x']) })), /a\.json.*duplicate word/s)
  t.throws(() => loadLexicon(dataDir({ b: list([]) })), /b\.json/)
  const bad = { description: 'x', lists: { rx: { description: 'y', patterns: ['(unclosed'] } } }
  t.throws(() => loadLexicon(dataDir({ c: bad })), /c\.json.*not a valid regular expression/s)
  t.throws(() => loadLexicon(dataDir({ d: '{ nope' })), /d\.json: cannot read JSON/)
  const unknownKey = { description: 'x', lists: { w: { description: 'y', words: ['a'], extra: 1 } } }
  t.throws(() => loadLexicon(dataDir({ e: unknownKey })), /e\.json/)
  const ok = loadLexicon(dataDir({ f: list(['a', 'b']) }))
  t.same([...lexiconWords('f', 'things', ok)], ['a', 'b'], 'a valid folder loads')
})
