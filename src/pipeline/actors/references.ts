// Common nouns that stand for known actors (data/lexicon/references.json): "the alliance"/"the allies" for an
// alliance the article names, "the foreign ministry" for a state's ministry.
import { z } from 'zod'
import { lexiconTable } from '../resources/lexicon.ts'

export interface Alliance {
  /** the alliance's gazetteer id */
  id: string
  /** its name as a token ("nato") */
  name: string
  /** "the alliance" */
  nouns: string[]
  /** "the allies", "the 32 allies" */
  memberNouns: string[]
}

const allianceSchema =
  z.object({ name: z.string(), nouns: z.array(z.string()), memberNouns: z.array(z.string()) }).strict()
export const ALLIANCES: readonly Alliance[] =
  [...lexiconTable('references', 'alliances', allianceSchema)].map(([id, a]) => ({ id, ...a }))

/** Words before "ministry" ("the foreign ministry") → what its organisation's name must match. */
export const MINISTRY_KINDS: ReadonlyMap<string, RegExp> = new Map(
  [...lexiconTable('references', 'ministryKinds', z.string())].map(([k, p]) => [k, new RegExp(p, 'i')]))
