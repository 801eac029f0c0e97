// How the text names a state besides its name: nationality adjectives and demonyms ("Russian", "the
// Poles"), capitals and seats of government ("Moscow", "the White House"). data/lexicon/states.json.
import { z } from 'zod'
import { lexiconTable } from '../resources/lexicon.ts'

export interface Nationality {
  iso: string
  /** gazetteer id of the state (used only when the gazetteer has it) */
  state: string
}

/** "russian" → {iso: RUS, state: russia}; multi-word keys are space-joined normalized tokens. */
export const NATIONALITIES: ReadonlyMap<string, Nationality> =
  lexiconTable('states', 'nationalities', z.object({ iso: z.string().regex(/^[A-Z]{3}$/), state: z.string() }).strict())

/** Capitals and seats of government (lower case) used as metonyms → their state's gazetteer id. */
export const METONYMS: ReadonlyMap<string, string> = lexiconTable('states', 'metonyms', z.string())
