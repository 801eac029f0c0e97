// PETRARCH2's CAMEO verb dictionary, converted once by scripts/convert-petrarch.ts into
// data/petrarch/verbs.json (faithful: synsets, verb blocks, patterns, transformations) and
// data/petrarch/verbs-parley.json (the same entries in the shape of data/cameo/verbs.json).
// Formats: data/petrarch/README.md. Nothing in the extractor reads these files yet.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'
import { loadCameoCodebook } from '../../domain/cameo.ts'
import { sourceSchema } from './petrarch-source.ts'

/** A CAMEO code as PETRARCH writes it: 2 to 4 digits (not necessarily in Parley's codebook). */
const code = z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits')
const lower = z.string().min(1).regex(/^[^A-Z]*$/, 'expected lower case')
const synsetName = z.string().regex(/^&[A-Z0-9_]+$/, 'expected a synset name like &CURRENCY')

/** One element of a pattern: a noun (head word), a noun phrase, a synset, a marker or a prepositional phrase. */
const nounElement = z.discriminatedUnion('type', [
  z.object({ type: z.literal('word'), text: lower }).strict(),
  z.object({ type: z.literal('phrase'), words: z.array(z.union([lower, synsetName])).min(1) }).strict(),
  z.object({ type: z.literal('synset'), name: synsetName }).strict(),
  z.object({ type: z.literal('marker'), marker: z.enum(['source', 'target', 'skip', 'compound']) }).strict(),
])
const prepElement = z.object({ type: z.literal('prep'), prep: lower, objects: z.array(nounElement) }).strict()
export const patternElementSchema = z.union([nounElement, prepElement])

export const verbPatternSchema = z
  .object({
    /** the pattern as written in the source, upper case, without its code and comment */
    text: z.string().min(1),
    /** code of the event (active); null = the pattern suppresses the event ("---") */
    code: code.nullable(),
    /** the code after ':' in "[042:043]": PETRARCH's "passive" meaning; null when absent */
    passive: code.nullable(),
    /** the bracket content when it is not one of the regular shapes ("080!") */
    rawCode: z.string().optional(),
    before: z.array(patternElementSchema),
    after: z.array(patternElementSchema),
    /** verbs named in the source comment: where the pattern was first found */
    origin: z.array(lower),
    line: z.number().int().positive(),
  })
  .strict()

export const verbFormSchema = z
  .object({
    /** base form, lower case; multi-word verbs have spaces ("call off") */
    lemma: lower,
    /** index of the inflected word in a multi-word verb (PETRARCH's '+'); 0 for single words */
    head: z.number().int().min(0),
    /** the other forms: as listed in {…} in the source when `listed`, else generated regular forms */
    forms: z.array(lower),
    listed: z.boolean(),
    /** own code of this verb (overrides the block's); absent = the block's code */
    code: code.nullable().optional(),
    passive: code.nullable().optional(),
    line: z.number().int().positive(),
  })
  .strict()

export const verbBlockSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** the block label in "---  LABEL   [CODE]  ---" */
    label: z.string().min(1),
    code: code.nullable(),
    passive: code.nullable(),
    verbs: z.array(verbFormSchema),
    patterns: z.array(verbPatternSchema),
  })
  .strict()

export const synsetSchema = z
  .object({
    name: synsetName,
    /** false when the label ends in '_': no plurals for any member */
    plurals: z.boolean(),
    members: z.array(z.object({ text: lower, plural: lower.nullable() }).strict()).min(1),
  })
  .strict()

export const transformationSchema = z
  .object({ pattern: z.string().min(1), result: z.string().min(1), line: z.number().int().positive() })
  .strict()

export const petrarchVerbsSchema = z
  .object({
    source: sourceSchema,
    synsets: z.array(synsetSchema),
    /** synsets that patterns name but the source never defines (PETRARCH2 reads them as literal words) */
    undefinedSynsets: z.array(synsetName),
    blocks: z.array(verbBlockSchema),
    transformations: z.array(transformationSchema),
  })
  .strict()

export type PatternElement = z.infer<typeof patternElementSchema>
export type VerbPattern = z.infer<typeof verbPatternSchema>
export type VerbForm = z.infer<typeof verbFormSchema>
export type VerbBlock = z.infer<typeof verbBlockSchema>
export type Synset = z.infer<typeof synsetSchema>
export type PetrarchVerbs = z.infer<typeof petrarchVerbsSchema>

// ---------------------------------------------------------------------------------------------
// the derived view in the shape of data/cameo/verbs.json

const objectRuleSchema = z
  .object({ words: z.array(lower).min(1), code: code.nullable(), negated: code.nullable().optional() })
  .strict()

export const parleyVerbEntrySchema = z
  .object({
    id: z.string().regex(/^petrarch-[a-z0-9]+(?:-[a-z0-9]+)*$/),
    verbs: z.array(lower).min(1),
    code: code.nullable(),
    dobj: z.boolean().optional(),
    preps: z.array(lower).optional(),
    prepCodes: z.record(z.string(), code).optional(),
    objects: z.array(objectRuleSchema).optional(),
    requireRule: z.boolean().optional(),
    summary: z.string().min(1),
  })
  .strict()

export const parleyVerbsSchema = z
  .object({
    version: z.literal(1),
    comment: z.string(),
    source: sourceSchema,
    /** forms of PETRARCH verbs that Parley's regular inflection would not generate (lemma → forms) */
    irregular: z.record(z.string(), z.array(lower)),
    /** PETRARCH code → the codebook code used instead (codes missing from data/cameo/codes.json) */
    codeMap: z.record(z.string(), code.nullable()),
    entries: z.array(parleyVerbEntrySchema),
  })
  .strict()

export type ParleyVerbEntry = z.infer<typeof parleyVerbEntrySchema>
export type ParleyVerbs = z.infer<typeof parleyVerbsSchema>

// ---------------------------------------------------------------------------------------------
// loading

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`${file}: cannot read JSON: ${(err as Error).message}`)
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const res = schema.safeParse(raw)
  if (res.success) return res.data
  const issues = res.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
  throw new Error(`${file}: invalid: ${issues.join('; ')}`)
}

/** data/petrarch/verbs.json, validated: unique block ids, every synset a pattern names is defined. */
export function loadPetrarchVerbs(dataDir: string = DEFAULT_DATA_DIR): PetrarchVerbs {
  const file = join(resolve(dataDir), 'petrarch', 'verbs.json')
  const dict = parseOrThrow(petrarchVerbsSchema, readJson(file), file)
  const ids = new Set<string>()
  for (const b of dict.blocks) {
    if (ids.has(b.id)) throw new Error(`${file}: duplicate block id "${b.id}"`)
    ids.add(b.id)
  }
  const synsets = new Set([...dict.synsets.map((s) => s.name), ...dict.undefinedSynsets])
  for (const b of dict.blocks) {
    for (const p of b.patterns) {
      for (const name of synsetsOf([...p.before, ...p.after])) {
        if (!synsets.has(name)) throw new Error(`${file}: line ${p.line}: undefined synset ${name}`)
      }
    }
  }
  return dict
}

/** The synset names a pattern refers to, in order. */
export function synsetsOf(elements: PatternElement[]): string[] {
  const out: string[] = []
  for (const e of elements) {
    if (e.type === 'synset') out.push(e.name)
    else if (e.type === 'phrase') out.push(...e.words.filter((w) => w.startsWith('&')))
    else if (e.type === 'prep') out.push(...synsetsOf(e.objects))
  }
  return out
}

/** data/petrarch/verbs-parley.json, validated: unique ids, every code in the CAMEO codebook. */
export function loadParleyPetrarchVerbs(dataDir: string = DEFAULT_DATA_DIR): ParleyVerbs {
  const file = join(resolve(dataDir), 'petrarch', 'verbs-parley.json')
  const dict = parseOrThrow(parleyVerbsSchema, readJson(file), file)
  const book = loadCameoCodebook(dataDir)
  const ids = new Set<string>()
  for (const e of dict.entries) {
    if (ids.has(e.id)) throw new Error(`${file}: duplicate entry id "${e.id}"`)
    ids.add(e.id)
    const codes = [e.code, ...Object.values(e.prepCodes ?? {}), ...(e.objects ?? []).map((o) => o.code)]
    for (const c of codes) {
      if (c !== null && !book.has(c)) throw new Error(`${file}: ${e.id}: code ${c} is not in the CAMEO codebook`)
    }
  }
  return dict
}
