// Loads the domain data (gazetteer + CAMEO codebook) from data/, validates it and indexes it.
// Files are read synchronously once per data directory and memoised.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { ActorRecord, CameoCode, RoleRecord } from './types.ts'
import { normalizeName } from './normalize.ts'

export interface Resources {
  actors: ActorRecord[]
  byId: Map<string, ActorRecord>
  /** normalizeName(name or alias) → ids of the actors that carry it (usually one) */
  aliases: Map<string, string[]>
  /** CAMEO code ("036", "0311", root "03") → codebook row */
  cameo: Map<string, CameoCode>
}

/** The repository's data/ folder (src/pipeline/ → ../../data). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url))

// partial dates (YYYY, YYYY-MM, YYYY-MM-DD) of roles
import { PARTIAL_DATE, isPartialDate, periodEnd, periodStart } from './calendar.ts'

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

const cameoSchema = z
  .object({
    code: z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'expected a CAMEO code of 2 to 4 digits, root 01..20'),
    label: nonEmpty,
    goldstein: z.number().min(-10).max(10),
    quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  })
  .strict()

/** GDELT's convention: 01–05 verbal cooperation, 06–08 material cooperation, 09–14 verbal conflict, 15–20 material conflict. */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root.slice(0, 2))
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error(`not a CAMEO root: ${JSON.stringify(root)}`)
  if (n <= 5) return 1
  if (n <= 8) return 2
  if (n <= 14) return 3
  return 4
}

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
  const id = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).id ?? (raw as Record<string, unknown>).code : undefined
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
      if (prev !== undefined) throw new Error(`${file}: ${entryLabel(raw, i)}: duplicate actor id "${actor.id}" (first defined in ${prev})`)
      seen.set(actor.id, file)
      actors.push(actor)
    })
  }
  return actors
}

function loadCameo(file: string): Map<string, CameoCode> {
  const cameo = new Map<string, CameoCode>()
  readJsonArray(file).forEach((raw, i) => {
    const res = cameoSchema.safeParse(raw)
    if (!res.success) {
      const issues = res.error.issues.map(describeIssue).join('; ')
      throw new Error(`${file}: ${entryLabel(raw, i)}: invalid CAMEO row: ${issues}`)
    }
    const row = res.data as CameoCode
    if (cameo.has(row.code)) throw new Error(`${file}: ${entryLabel(raw, i)}: duplicate CAMEO code "${row.code}"`)
    if (row.quadClass !== quadClassOfRoot(row.code)) {
      throw new Error(`${file}: ${entryLabel(raw, i)}: quadClass ${row.quadClass} does not match root ${row.code.slice(0, 2)}`)
    }
    cameo.set(row.code, row)
  })
  for (const row of cameo.values()) {
    if (row.code.length > 2 && !cameo.has(row.code.slice(0, -1))) {
      throw new Error(`${file}: CAMEO code "${row.code}" has no parent row`)
    }
  }
  return cameo
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
    cameo: loadCameo(join(dir, 'cameo', 'codes.json')),
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
