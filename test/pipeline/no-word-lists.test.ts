// "No word list in code": the extractor's vocabulary is data (data/lexicon/*.json, data/cameo/verbs.json). This
// guard scans src/pipeline for the shapes word lists take in code: sets or arrays of word literals, regular
// expressions alternating words, chains of comparisons with words.
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'

const ROOT = new URL('../../src/pipeline/', import.meta.url)
// syntax/ is the wink layer (its own vocabulary in data/lexicon/syntax-*.json); its code is checked by its own tests
const files = readdirSync(ROOT, { recursive: true }).map(String)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('syntax/'))

/** Lines that name layers, classes or kinds (closed sets the code switches on), not vocabulary; and the units of a
 *  date's precision (day, month, year). */
const ALLOWED = new RegExp([
  String.raw`^\s*(?:reads|writes):`, 'ACT_CLASSES = ', String.raw`HEAD_CLASSES = \[`, String.raw`z\.enum\(`,
  String.raw`^\s*'president', 'pm',`, 'kind: ', String.raw`\((?:day\|)?(?:month\|year|year\|month)\)`,
].join('|'))

const WORD = String.raw`[a-z][a-z'-]*`
const SHAPES: [string, RegExp][] = [
  ['a set of words', new RegExp(String.raw`new Set\(\s*\[\s*'${WORD}'|new Set\('${WORD} ${WORD}`)],
  ['an array of words', new RegExp(String.raw`\[\s*'${WORD}',\s*'${WORD}',\s*'${WORD}'`)],
  // three alternatives, one of them a word of four letters or more (not a suffix group like (ed|ing|s))
  ['a regular expression alternating words',
    new RegExp(String.raw`\((?:\?:)?(?=[^)]*[a-z']{4})${WORD}\|${WORD}\|${WORD}[|)]`)],
  ['a chain of word comparisons', new RegExp(String.raw`(?:=== '${WORD}'.*){3,}`)],
]

t.test('src/pipeline holds no word lists', async (t) => {
  t.ok(files.length > 30, `${files.length} pipeline files`)
  for (const f of files) {
    const lines = readFileSync(new URL(f, ROOT), 'utf8').split('\n')
    lines.forEach((line, i) => {
      if (ALLOWED.test(line)) return
      for (const [what, re] of SHAPES) if (re.test(line)) t.fail(`${f}:${i + 1} holds ${what}: ${line.trim()}`)
    })
  }
})

t.test('the guard recognises word lists', async (t) => {
  const caught = (line: string) => SHAPES.some(([, re]) => re.test(line))
  t.ok(caught("const PREPS = new Set(['of', 'to'])"))
  t.ok(caught("if (['said', 'told', 'made'].includes(w)) return"))
  t.ok(caught('const SAY = /^(said|says|told)$/'))
  t.ok(caught("if (w === 'he' || w === 'him' || w === 'his') return"))
  t.notOk(caught('const DAY = String.raw`(\\d{1,2})(?:st|nd|rd|th)?`'), 'ordinal suffixes are not words')
})
