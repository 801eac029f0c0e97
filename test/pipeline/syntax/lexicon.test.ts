// The syntax lexicon loader validates its two data files and indexes them; parsing is deterministic.
import t from 'tap'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { loadSyntaxLexicon, parseText } from '../../../src/pipeline/syntax/index.ts'
import { DEFAULT_DATA_DIR } from '../../../src/domain/data-dir.ts'

t.test('the repository lexicon loads and is indexed', async (t) => {
  const lex = loadSyntaxLexicon()
  t.equal(lex.modals.get('would'), 'conditional')
  t.equal(lex.governors.get('plan'), 'intention')
  t.equal(lex.governors.get('refuse'), 'refusal')
  t.ok(lex.speech.has('say'))
  t.ok(lex.thinking.has('believe'))
  t.notOk(lex.speech.has('believe'))
  t.ok(lex.objectControl.get('call')?.has('on'))
  t.ok(lex.demonyms.has('Russian'))
  t.equal(loadSyntaxLexicon(), lex, 'memoised per data directory')
})

t.test('an invalid lexicon file is rejected', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'syntax-lexicon-'))
  cpSync(join(DEFAULT_DATA_DIR, 'lexicon'), join(dir, 'lexicon'), { recursive: true })
  const file = join(dir, 'lexicon', 'syntax-words.json')
  const words = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  writeFileSync(file, JSON.stringify({ ...words, modals: { will: 'sometimes' } }))
  t.throws(() => loadSyntaxLexicon(dir), 'an unknown modality')
  writeFileSync(file, JSON.stringify({ ...words, extra: [] }))
  t.throws(() => loadSyntaxLexicon(dir), 'an unknown key')
})

t.test('parsing does not depend on what was parsed before', async (t) => {
  const text = 'Vladimir Putinstressed that Blinkenov Said Nothing. Putin left.\nRUSSIA WARNS ZORBLAX'
  const before = JSON.stringify(parseText(text))
  parseText('Blinkenov met Zorblax and Putinstressed. Said nothing, Zorblax left Blinkenov.')
  t.equal(JSON.stringify(parseText(text)), before)
})
