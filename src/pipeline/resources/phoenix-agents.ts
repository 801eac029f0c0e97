// Phoenix agent nouns ("official", "spokesman", "foreign minister" → GOV …) and discard phrases,
// converted once by scripts/convert-petrarch.ts into data/petrarch/agents.json and discards.json.
// Formats: data/petrarch/README.md. Nothing in the extractor reads these files yet.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'
import { normalizeName } from '../../domain/names.ts'
import { sourceSchema } from './petrarch-source.ts'

const lower = z.string().min(1).regex(/^[^A-Z]*$/, 'expected lower case')

export const agentSchema = z
  .object({
    /** the phrase, lower case, words separated by single spaces */
    text: lower,
    /** regular or listed plural; null when the source gives none ("{}") or the phrase came from a marker */
    plural: lower.nullable(),
    /** false when the source separates some words by a blank: other words may come between them */
    consecutive: z.boolean(),
    /** the code as written: "~GOV", "~GOVMIL", "IGO~" */
    code: z.string().regex(/^~[A-Z]+$|^[A-Z]+~$/),
    /** the code's 3-letter sectors in order: ["GOV", "MIL"] (meanings: src/pipeline/resources/phoenix-roles.ts) */
    sectors: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
    line: z.number().int().positive(),
  })
  .strict()

export const phoenixAgentsSchema = z
  .object({
    source: sourceSchema,
    /** the source's substitution markers, expanded in `agents`: "PERSON" → man, men, woman, women, person */
    markers: z.record(z.string(), z.array(lower)),
    agents: z.array(agentSchema),
  })
  .strict()

export const discardSchema = z
  .object({
    text: lower,
    /** story: the whole story is not coded ("+" in the source); sentence: only the sentence */
    scope: z.enum(['story', 'sentence']),
    /** true when the source ends the phrase with "_": it must end at a word boundary; else it is a stem */
    wholeWord: z.boolean(),
    line: z.number().int().positive(),
  })
  .strict()

export const phoenixDiscardsSchema = z.object({ source: sourceSchema, discards: z.array(discardSchema) }).strict()

export type PhoenixAgent = z.infer<typeof agentSchema>
export type PhoenixAgents = z.infer<typeof phoenixAgentsSchema>
export type PhoenixDiscards = z.infer<typeof phoenixDiscardsSchema>

function load<T>(schema: z.ZodType<T>, dataDir: string, name: string): T {
  const file = join(resolve(dataDir), 'petrarch', name)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`${file}: cannot read JSON: ${(err as Error).message}`)
  }
  const res = schema.safeParse(raw)
  if (!res.success) {
    const issues = res.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.')}: ${i.message}`)
    throw new Error(`${file}: invalid: ${issues.join('; ')}`)
  }
  return res.data
}

export function loadPhoenixAgents(dataDir: string = DEFAULT_DATA_DIR): PhoenixAgents {
  return load(phoenixAgentsSchema, dataDir, 'agents.json')
}

export function loadPhoenixDiscards(dataDir: string = DEFAULT_DATA_DIR): PhoenixDiscards {
  return load(phoenixDiscardsSchema, dataDir, 'discards.json')
}

/** normalizeName(singular or plural form) → the agents with exactly that phrase ("officials" → none,
 *  "government officials" → GOVERNMENT_OFFICIAL). Several agents may share a form. */
export function agentIndex(agents: PhoenixAgents): Map<string, PhoenixAgent[]> {
  const index = new Map<string, PhoenixAgent[]>()
  for (const a of agents.agents) {
    for (const form of [a.text, a.plural]) {
      if (form === null) continue
      const key = normalizeName(form)
      const list = index.get(key)
      if (!list) index.set(key, [a])
      else if (!list.includes(a)) list.push(a)
    }
  }
  return index
}
