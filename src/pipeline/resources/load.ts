// Loads the domain data (gazetteer + CAMEO codebook) from data/, validates it and indexes it.
// Files are read synchronously once per data directory and memoised.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import type { ActorRecord, RoleRecord } from '../types.ts'
import { loadCameoCodebook, type CameoCodebook } from '../../domain/cameo.ts'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'
import { normalizeName } from '../../domain/names.ts'

export interface Resources {
  actors: ActorRecord[]
  byId: Map<string, ActorRecord>
  /** normalizeName(name or alias) → ids of the actors that carry it (usually one) */
  aliases: Map<string, string[]>
  /** CAMEO code ("036", "0311", root "03") → codebook row */
  cameo: CameoCodebook
}

export { DEFAULT_DATA_DIR }
export { quadClassOfRoot } from '../../domain/cameo.ts'

// partial dates (YYYY, YYYY-MM, YYYY-MM-DD) of roles
import { PARTIAL_DATE, isPartialDate, periodEnd, periodStart } from '../../domain/calendar.ts'

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
  const id = raw !== null && typeof raw === 'object'
    ? (raw as Record<string, unknown>).id ??
    (raw as Record<string, unknown>).code
    : undefined
  return typeof id === 'string' ? `entry #${index} (${id})` : `entry #${index}`
}

function loadGazetteer(dir: string): ActorRecord[] {
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

function indexAliases(actors: ActorRecord[]): Map<string, string[]> {
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

const cache = new Map<string, Resources>()

/**
 * Loads data/gazetteer/*.json (arrays of ActorRecord) and data/cameo/codes.json (array of CameoCode)
 * from `dataDir` (default: the repository's data/ folder), validates every entry and builds the
 * indexes. Throws an Error naming the file and the entry on bad data or duplicate ids.
 * Memoised per resolved dataDir.
 */
export function loadResources(dataDir: string = DEFAULT_DATA_DIR): Resources {
  const dir = resolve(dataDir)
  const hit = cache.get(dir)
  if (hit !== undefined) return hit
  const actors = loadGazetteer(join(dir, 'gazetteer'))
  const byId = new Map(actors.map((a) => [a.id, a]))
  const res: Resources = {
    actors,
    byId,
    aliases: indexAliases(actors),
    cameo: loadCameoCodebook(dir),
  }
  cache.set(dir, res)
  return res
}

// ---------------------------------------------------------------------------------------------
// roles

/** Whether `role` is valid on `date` (YYYY-MM-DD). Bounds are inclusive; a partial `from` counts
 *  from the first day of its month/year, a partial `to` until the last day; a missing bound is open. */
export function roleValidAt(role: RoleRecord, date: string): boolean {
  if (role.from != null && date < periodStart(role.from)) return false
  if (role.to != null && date > periodEnd(role.to)) return false
  return true
}

/**
 * The role `actor` held on `date` (YYYY-MM-DD; a partial date is taken at its first day), or null.
 * When several roles are valid (a hand-over day, where the old role's `to` equals the new one's
 * `from`, or concurrent posts), the one with the latest start wins, so a successor post beats the
 * one it replaces; roles with an unknown start count as the earliest. Ties keep the order of the
 * `roles` array (list the senior post first).
 */
export function roleAt(actor: ActorRecord, date: string): RoleRecord | null {
  const day = PARTIAL_DATE.test(date) ? periodStart(date) : date
  let best: RoleRecord | null = null
  let bestStart = ''
  for (const role of actor.roles) {
    if (!roleValidAt(role, day)) continue
    const start = role.from != null ? periodStart(role.from) : '0000-00-00'
    if (best === null || start > bestStart) {
      best = role
      bestStart = start
    }
  }
  return best
}
