// The gazetteer (data/gazetteer/*.json): known states, organizations and people with date-bounded roles, validated
// (zod) and indexed by normalized name.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { ActorRecord } from '../types.ts'
import { normalizeName } from '../../domain/names.ts'
import { isPartialDate, periodEnd, periodStart } from '../../domain/calendar.ts'

// ---------------------------------------------------------------------------------------------
// schemas (zod 4)

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ISO3 = /^[A-Z]{3}$/

const partialDate = z.string().refine(isPartialDate, { message: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD' })
const nonEmpty = z.string().trim().min(1)

const roleSchema = z
  .object({
    title: nonEmpty,
    affiliation: nonEmpty.nullable().optional(),
    country: z.string().regex(ISO3, 'expected an ISO 3166-1 alpha-3 code').nullable().optional(),
    from: partialDate.nullable().optional(),
    to: partialDate.nullable().optional(),
  })
  .strict()
  .refine((r) => r.from == null || r.to == null || periodStart(r.from) <= periodEnd(r.to), {
    message: 'role ends before it starts',
  })

const actorSchema = z
  .object({
    id: z.string().regex(ID, 'expected a lower-case hyphenated slug'),
    name: nonEmpty,
    kind: z.enum(['person', 'state', 'organization']),
    country: z.string().regex(ISO3, 'expected an ISO 3166-1 alpha-3 code').nullable(),
    wikidataId: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'expected a Wikidata id like Q159')
      .nullable()
      .optional(),
    description: z.string().nullable().optional(),
    aliases: z.array(nonEmpty),
    roles: z.array(roleSchema),
  })
  .strict()

// ---------------------------------------------------------------------------------------------
// loading

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(entry)'
  return `${path}: ${issue.message}`
}

function readJsonArray(file: string): unknown[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`${file}: cannot read JSON: ${(err as Error).message}`)
  }
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array`)
  return parsed
}

function entryLabel(raw: unknown, index: number): string {
  const rec = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined
  const id = rec ? rec.id ?? rec.code : undefined
  return typeof id === 'string' ? `entry #${index} (${id})` : `entry #${index}`
}

/** data/gazetteer/*.json (arrays of ActorRecord), validated; throws naming the file and the entry. */
export function loadGazetteer(dir: string): ActorRecord[] {
  if (!existsSync(dir)) throw new Error(`${dir}: gazetteer folder not found`)
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
  if (files.length === 0) throw new Error(`${dir}: no gazetteer files (*.json)`)
  const actors: ActorRecord[] = []
  const seen = new Map<string, string>()
  for (const f of files) {
    const file = join(dir, f)
    readJsonArray(file).forEach((raw, i) => {
      const res = actorSchema.safeParse(raw)
      if (!res.success) {
        const issues = res.error.issues.map(describeIssue).join('; ')
        throw new Error(`${file}: ${entryLabel(raw, i)}: invalid actor: ${issues}`)
      }
      const actor = res.data as ActorRecord
      const prev = seen.get(actor.id)
      if (prev !== undefined) {
        throw new Error(
        `${file}: ${entryLabel(raw, i)}: duplicate actor id "${actor.id}" (first defined in ${prev})`)
      }
      seen.set(actor.id, file)
      actors.push(actor)
    })
  }
  return actors
}

/** normalizeName(name or alias) → ids of the actors that carry it. */
export function indexAliases(actors: ActorRecord[]): Map<string, string[]> {
  const aliases = new Map<string, string[]>()
  for (const a of actors) {
    for (const name of [a.name, ...a.aliases]) {
      const key = normalizeName(name)
      if (key === '') continue
      const ids = aliases.get(key)
      if (ids === undefined) aliases.set(key, [a.id])
      else if (!ids.includes(a.id)) ids.push(a.id)
    }
  }
  return aliases
}
