// The extractor's vocabulary: data/lexicon/*.json, one file per group of word lists (grammar words, speech
// verbs, titles, …). Every file is `{ description, lists: { name: { description, words | patterns | table } } }`:
// - `words`: exact words or phrases (lower case unless the list says otherwise), no duplicates;
// - `patterns`: regular-expression sources the code joins as alternatives (each must compile);
// - `table`: key → value, its shape checked by the code that reads it (`lexiconTable`).
// Loaded and validated once per data folder; the pipeline reads the repository's (DEFAULT_DATA_DIR).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'

const nonEmpty = z.string().min(1)

const wordList = z.object({ description: nonEmpty, words: z.array(nonEmpty).min(1) }).strict()
  .refine((l) => new Set(l.words).size === l.words.length, { message: 'duplicate word' })
const patternList = z.object({ description: nonEmpty, patterns: z.array(nonEmpty).min(1) }).strict()
  .refine((l) => l.patterns.every(compiles), { message: 'a pattern is not a valid regular expression' })
const tableList = z.object({ description: nonEmpty, table: z.record(z.string(), z.unknown()) }).strict()

const lexiconFile = z.object({
  description: nonEmpty,
  lists: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'expected a camelCase list name'),
    z.union([wordList, patternList, tableList])),
}).strict()

function compiles(source: string): boolean {
  try {
    return new RegExp(source) instanceof RegExp
  } catch {
    return false
  }
}

type LexiconFile = z.infer<typeof lexiconFile>

export interface Lexicon {
  dir: string
  files: Map<string, LexiconFile>
  /** `file/list` names read by the code so far (test/pipeline/lexicon.test.ts: no list in data goes unused) */
  used: Set<string>
}

const cache = new Map<string, Lexicon>()

/** Reads and validates data/lexicon/*.json under `dataDir`; throws naming the file and the list on bad data. */
export function loadLexicon(dataDir: string = DEFAULT_DATA_DIR): Lexicon {
  const dir = resolve(dataDir, 'lexicon')
  const hit = cache.get(dir)
  if (hit) return hit
  if (!existsSync(dir)) throw new Error(`${dir}: lexicon folder not found`)
  const files = new Map<string, LexiconFile>()
  // syntax-*.json belong to the wink syntax layer, in its own format (src/pipeline/syntax/lexicon.ts loads them)
  const names = readdirSync(dir).filter((x) => x.endsWith('.json') && !x.startsWith('syntax-'))
  for (const f of names.sort()) {
    const file = join(dir, f)
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch (err) {
      throw new Error(`${file}: cannot read JSON: ${(err as Error).message}`)
    }
    const parsed = lexiconFile.safeParse(raw)
    if (!parsed.success) throw new Error(`${file}: invalid lexicon: ${z.prettifyError(parsed.error)}`)
    files.set(f.replace(/\.json$/, ''), parsed.data)
  }
  const lex: Lexicon = { dir, files, used: new Set() }
  cache.set(dir, lex)
  return lex
}

function list(lex: Lexicon, file: string, name: string) {
  const l = lex.files.get(file)?.lists[name]
  if (!l) throw new Error(`${lex.dir}: no list "${name}" in ${file}.json`)
  lex.used.add(`${file}/${name}`)
  return l
}

/** A word list as a set (insertion order kept: the data's order). */
export function lexiconWords(file: string, name: string, lex = loadLexicon()): ReadonlySet<string> {
  const l = list(lex, file, name)
  if (!('words' in l)) throw new Error(`${lex.dir}: ${file}.json list "${name}" is not a word list`)
  return new Set(l.words)
}

/** A pattern list: regular-expression sources, in the data's order. */
export function lexiconPatterns(file: string, name: string, lex = loadLexicon()): readonly string[] {
  const l = list(lex, file, name)
  if (!('patterns' in l)) throw new Error(`${lex.dir}: ${file}.json list "${name}" is not a pattern list`)
  return l.patterns
}

/** A table, each value checked against `schema`. */
export function lexiconTable<T>(file: string, name: string, schema: z.ZodType<T>, lex = loadLexicon()): Map<string, T> {
  const l = list(lex, file, name)
  if (!('table' in l)) throw new Error(`${lex.dir}: ${file}.json list "${name}" is not a table`)
  const out = new Map<string, T>()
  for (const [k, v] of Object.entries(l.table)) {
    const parsed = schema.safeParse(v)
    if (!parsed.success) {
      throw new Error(
      `${lex.dir}: ${file}.json list "${name}", "${k}": ${z.prettifyError(parsed.error)}`)
    }
    out.set(k, parsed.data)
  }
  return out
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Words as regular-expression alternatives `a|b|c` (escaped, in order), for the caller to group. */
export function alternatives(words: Iterable<string>): string {
  return [...words].map(escape).join('|')
}
