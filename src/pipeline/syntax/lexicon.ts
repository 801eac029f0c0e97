// The vocabulary of the syntax layer: data/lexicon/syntax-words.json and syntax-verbs.json, zod-validated,
// indexed into sets and maps once per data directory (memoised).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'
import type { Modality } from './types.ts'

const MODALITIES = ['future', 'conditional', 'possibility', 'ability', 'obligation', 'intention', 'commitment',
  'expectation', 'attempt', 'refusal'] as const satisfies readonly Modality[]
const modality = z.enum(MODALITIES)
const words = z.array(z.string().min(1))

const WordsFile = z.object({
  $comment: z.string().optional(),
  modals: z.record(z.string().min(1), modality),
  negators: words,
  relativePronouns: words,
  complementizers: words,
  particles: words,
  copulas: words,
  passiveAuxiliaries: words,
  perfectAuxiliaries: words,
  doAuxiliaries: words,
  demonyms: words,
  gluedNamePrefixes: words,
  bracketOpeners: words,
  bracketClosers: words,
  quotes: words,
}).strict()

const VerbsFile = z.object({
  $comment: z.string().optional(),
  speech: words,
  thinking: words,
  objectControlPrepositions: z.record(z.string().min(1), words),
  infinitiveGovernors: z.partialRecord(modality, words),
}).strict()

export interface SyntaxLexicon {
  modals: Map<string, Modality>
  negators: Set<string>
  relativePronouns: Set<string>
  complementizers: Set<string>
  particles: Set<string>
  copulas: Set<string>
  passiveAuxiliaries: Set<string>
  perfectAuxiliaries: Set<string>
  doAuxiliaries: Set<string>
  demonyms: Set<string>
  gluedNamePrefixes: Set<string>
  bracketOpeners: Set<string>
  bracketClosers: Set<string>
  quotes: Set<string>
  speech: Set<string>
  thinking: Set<string>
  /** verb lemma → prepositions whose object controls its infinitive ("called on Russia to") */
  objectControl: Map<string, Set<string>>
  /** lemma of a governing verb, noun or adjective → modality of the infinitive it governs */
  governors: Map<string, Modality>
}

const cache = new Map<string, SyntaxLexicon>()

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** Loads and validates the syntax lexicon of `dataDir` (default: the repository's data/). Throws on a bad file. */
export function loadSyntaxLexicon(dataDir: string = DEFAULT_DATA_DIR): SyntaxLexicon {
  const hit = cache.get(dataDir)
  if (hit) return hit
  const w = WordsFile.parse(readJson(join(dataDir, 'lexicon', 'syntax-words.json')))
  const v = VerbsFile.parse(readJson(join(dataDir, 'lexicon', 'syntax-verbs.json')))
  const governors = new Map<string, Modality>()
  for (const m of MODALITIES) for (const lemma of v.infinitiveGovernors[m] ?? []) governors.set(lemma, m)
  const lexicon: SyntaxLexicon = {
    modals: new Map(Object.entries(w.modals)),
    negators: new Set(w.negators),
    relativePronouns: new Set(w.relativePronouns),
    complementizers: new Set(w.complementizers),
    particles: new Set(w.particles),
    copulas: new Set(w.copulas),
    passiveAuxiliaries: new Set(w.passiveAuxiliaries),
    perfectAuxiliaries: new Set(w.perfectAuxiliaries),
    doAuxiliaries: new Set(w.doAuxiliaries),
    demonyms: new Set(w.demonyms),
    gluedNamePrefixes: new Set(w.gluedNamePrefixes),
    bracketOpeners: new Set(w.bracketOpeners),
    bracketClosers: new Set(w.bracketClosers),
    quotes: new Set(w.quotes),
    speech: new Set(v.speech),
    thinking: new Set(v.thinking),
    objectControl: new Map(Object.entries(v.objectControlPrepositions).map(([k, ps]) => [k, new Set(ps)])),
    governors,
  }
  cache.set(dataDir, lexicon)
  return lexicon
}
