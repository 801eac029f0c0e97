// The CAMEO verb dictionary (data/cameo/verbs.json): verb classes with their triggers, codes and behaviour flags,
// validated (zod, unknown fields rejected) and compiled once into a first-word index of every inflected trigger.
// The fields are described in src/pipeline/README.md (The verb dictionary).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'
import { ACT_CLASSES } from '../doc.ts'
import { inflect } from './inflection.ts'

const code = z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'expected a CAMEO code')
const words = z.array(z.string().min(1))

const objectRuleSchema = z.object({
  words,
  /** null = the verb does not code an event with such an object */
  code: code.nullable(),
  negated: code.nullable().optional(),
}).strict()

const entrySchema = z.object({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  verbs: words.optional(),
  nouns: words.optional(),
  /** default code; null = only object rules code this verb */
  code: code.nullable(),
  dobj: z.boolean().optional(),
  preps: words.optional(),
  symmetric: z.boolean().optional(),
  speech: z.boolean().optional(),
  future: code.nullable().optional(),
  negated: code.nullable().optional(),
  objects: z.array(objectRuleSchema).optional(),
  /** codes an event only when one of `objects` matches */
  requireRule: z.boolean().optional(),
  /** a nationality adjective opening the object names the target ("the Romanian part") */
  adjTarget: z.boolean().optional(),
  /** code by the preposition introducing the target ("deploy … near X" → 154) */
  prepCodes: z.record(z.string(), code).optional(),
  /** the target may be named anywhere later in the sentence ("withdrew from the treaty, a pact with X") */
  wideTarget: z.boolean().optional(),
  summary: z.string().min(1),
  // behaviour flags (README: The verb dictionary)
  reciprocal: z.boolean().optional(),
  sideMayBeTarget: z.boolean().optional(),
  infinitiveTarget: z.boolean().optional(),
  contentTarget: z.boolean().optional(),
  thatComplement: z.boolean().optional(),
  conditionTarget: z.boolean().optional(),
  nounThatTarget: z.boolean().optional(),
  anaphoricTarget: z.boolean().optional(),
  repeatsThreatTargets: z.boolean().optional(),
  speakerSideTarget: z.boolean().optional(),
  treatyPartner: z.enum(['always', 'infinitive']).optional(),
  act: z.enum(ACT_CLASSES).optional(),
  evaluative: z.boolean().optional(),
  /** a standing position ("opposes", "has been opposed to", "has retained its opposition"): in narration, undated
   *  and in the present or perfect, background (D3) */
  stance: z.boolean().optional(),
  /** a joint act "at their summit" / "in a phone call": the parties also met (04) */
  jointOccasion: z.boolean().optional(),
}).strict()

const codeDefaults = z.object({ codes: z.record(z.string(), code), roots: z.record(z.string(), code) }).strict()

const dictionarySchema = z.object({
  version: z.number().int(),
  comment: z.string().optional(),
  defaults: z.object({ negated: codeDefaults, future: codeDefaults }).strict(),
  entries: z.array(entrySchema),
}).strict().refine((d) => new Set(d.entries.map((e) => e.id)).size === d.entries.length,
  { message: 'duplicate entry id' })

export type ObjectRule = z.infer<typeof objectRuleSchema>
export type VerbEntry = z.infer<typeof entrySchema>
export type VerbDictionary = z.infer<typeof dictionarySchema>
export type CodeDefaults = VerbDictionary['defaults']

/** One way a dictionary phrase can start at a token. */
export interface VerbSense {
  entry: VerbEntry
  /** the lemma phrase as written in the dictionary */
  phrase: string
  /** normalized words after the trigger word (literal) */
  tail: string[]
  /** the trigger is a noun (nominal event), not a verb */
  nominal: boolean
  /** the trigger word form is a past form (past tense / participle) */
  past: boolean
  /** -ing form */
  gerund: boolean
}

export interface VerbLexicon {
  entries: VerbEntry[]
  defaults: CodeDefaults
  /** trigger word (inflected form, or a noun) → its senses, longer phrases first */
  byWord: Map<string, VerbSense[]>
}

/** Checks a dictionary (throws naming the entry on bad data). */
export function parseVerbDictionary(raw: unknown, source = 'verbs.json'): VerbDictionary {
  const parsed = dictionarySchema.safeParse(raw)
  if (!parsed.success) throw new Error(`${source}: invalid verb dictionary: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

function wordsOf(s: string): string[] {
  return s.toLowerCase().split(/\s+/).filter(Boolean)
}

function add(map: Map<string, VerbSense[]>, key: string, sense: VerbSense): void {
  const list = map.get(key)
  if (list) list.push(sense)
  else map.set(key, [sense])
}

export function compileVerbs(dict: VerbDictionary): VerbLexicon {
  const byWord = new Map<string, VerbSense[]>()
  for (const entry of dict.entries) {
    for (const phrase of entry.verbs ?? []) {
      const [head, ...tail] = wordsOf(phrase)
      if (!head) continue
      for (const f of inflect(head)) {
        add(byWord, f.form,
          { entry, phrase, tail, nominal: false, past: f.past, gerund: f.gerund })
      }
    }
    for (const phrase of entry.nouns ?? []) {
      const [head, ...tail] = wordsOf(phrase)
      if (!head) continue
      add(byWord, head, { entry, phrase, tail, nominal: true, past: false, gerund: false })
    }
  }
  // longer phrases first so "call on" wins over "call"
  for (const list of byWord.values()) list.sort((a, b) => b.tail.length - a.tail.length)
  return { entries: dict.entries, defaults: dict.defaults, byWord }
}

const cache = new Map<string, VerbLexicon>()

/** data/cameo/verbs.json of `dataDir`, validated and compiled; memoised per folder. */
export function loadVerbs(dataDir: string = DEFAULT_DATA_DIR): VerbLexicon {
  const file = resolve(dataDir, 'cameo', 'verbs.json')
  let lex = cache.get(file)
  if (!lex) {
    lex = compileVerbs(parseVerbDictionary(JSON.parse(readFileSync(file, 'utf8')), file))
    cache.set(file, lex)
  }
  return lex
}
