// Phoenix country and international actors (PETRARCH2, MIT), converted once by
// scripts/convert-petrarch.ts into data/petrarch/actors.json: ActorRecords (src/pipeline/types.ts) plus
// their Phoenix provenance. `mergeWithGazetteer` gives the view to add under the hand-made gazetteer
// (data/gazetteer/*.json): the hand-made record wins for the same actor, ids never collide.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'
import { normalizeName } from '../../domain/names.ts'
import type { ActorRecord } from '../types.ts'
import { sourceSchema } from './petrarch-source.ts'
import { CODE_TEXT, parseCode, roleOf, type RoleContext } from './phoenix-roles.ts'

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')

export const phoenixActorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case hyphenated slug'),
    name: z.string().min(1),
    kind: z.enum(['person', 'state', 'organization']),
    country: iso3.nullable(),
    aliases: z.array(z.string().min(1)),
    /** Phoenix codes with their bounds: "RUSGOV 1999-12-31 2008-05-07", "RUSGOV 2008-05-08 -", "RUSELI" */
    codes: z.array(z.string().regex(CODE_TEXT, 'expected "CODE", or "CODE FROM TO" with dates or "-"')),
    /** states: cities, regions and other places the source lists as synonyms of the state (not aliases) */
    places: z.array(z.string().min(1)).optional(),
    /** where the entry starts in the source: c = Phoenix.Countries.actors.txt, i = Phoenix.International.actors.txt */
    at: z.string().regex(/^[ci]:\d+$/),
  })
  .strict()

export const phoenixActorsSchema = z
  .object({
    source: sourceSchema,
    /** international codes → the id of the organisation carrying them ("IGOUNO" → "united-nations") */
    organizationsByCode: z.record(z.string(), z.string()),
    states: z.array(phoenixActorSchema),
    organizations: z.array(phoenixActorSchema),
    people: z.array(phoenixActorSchema),
  })
  .strict()

export type PhoenixActor = z.infer<typeof phoenixActorSchema>
export type PhoenixActors = z.infer<typeof phoenixActorsSchema>

/** data/petrarch/actors.json, validated; ids unique across states, organisations and people. */
export function loadPhoenixActors(dataDir: string = DEFAULT_DATA_DIR): PhoenixActors {
  const file = join(resolve(dataDir), 'petrarch', 'actors.json')
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`${file}: cannot read JSON: ${(err as Error).message}`)
  }
  const res = phoenixActorsSchema.safeParse(raw)
  if (!res.success) {
    const issues = res.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.')}: ${i.message}`)
    throw new Error(`${file}: invalid: ${issues.join('; ')}`)
  }
  const seen = new Set<string>()
  for (const a of allPhoenixActors(res.data)) {
    if (seen.has(a.id)) throw new Error(`${file}: duplicate actor id "${a.id}"`)
    seen.add(a.id)
  }
  return res.data
}

export function allPhoenixActors(p: PhoenixActors): PhoenixActor[] {
  return [...p.states, ...p.organizations, ...p.people]
}

/** How codes become roles: country names from the states, organisations from `organizationsByCode`. */
export function roleContext(p: PhoenixActors): RoleContext {
  const all = allPhoenixActors(p)
  const countries = new Set(all.map((a) => a.country).filter((c): c is string => c !== null))
  const names = new Map(p.states.map((s) => [s.country!, s.name]))
  const byId = new Map(p.organizations.map((o) => [o.id, o.name]))
  return {
    isCountry: (c) => countries.has(c),
    countryName: (iso) => names.get(iso) ?? iso,
    orgName: (code) => byId.get(p.organizationsByCode[code] ?? p.organizationsByCode[code.slice(0, 6)] ?? '') ?? null,
  }
}

/**
 * The ActorRecord of a Phoenix actor. Roles (people only): one per dated code (bounds inclusive, open = null); an
 * undated code is Phoenix's default and becomes a role only when the actor has no dated code and it is
 * not ELI ("elite", out of office); codes that name no country or known organisation give none.
 */
export function toActorRecord(a: PhoenixActor, ctx: RoleContext): ActorRecord {
  const base = { id: a.id, name: a.name, kind: a.kind, country: a.country, aliases: [...a.aliases] }
  if (a.kind !== 'person') return { ...base, roles: [] }
  const codes = a.codes.map(parseCode)
  const dated = codes.some((c) => c.from !== null || c.to !== null)
  const roles = codes
    .filter((c) => (dated ? c.from !== null || c.to !== null : !c.code.endsWith('ELI')))
    .map((c) => roleOf(c, ctx))
    .filter((r) => r !== null)
    .sort((x, y) => (x.from ?? '').localeCompare(y.from ?? '') || (x.to ?? '9999').localeCompare(y.to ?? '9999'))
  return { ...base, roles }
}

export interface GazetteerMerge {
  /** Phoenix actors new to the gazetteer, as ActorRecords (ids and aliases made safe) */
  added: ActorRecord[]
  /** Phoenix id → hand-made id, for actors the gazetteer already has */
  sameAs: Map<string, string>
  /** Phoenix id → id used in `added`, where the Phoenix id belongs to another hand-made actor */
  renamed: Map<string, string>
  /** aliases the hand-made record lacks, for the same actor (a suggestion for the lead) */
  missingAliases: Map<string, string[]>
  /** aliases dropped from added actors because a hand-made actor carries them */
  droppedAliases: number
  /** Phoenix ids left out because their name is a hand-made actor's name or alias of another kind */
  shadowed: string[]
}

function keys(a: { name: string; aliases: string[] }, minWords: number): string[] {
  return [a.name, ...a.aliases].map(normalizeName).filter((k) => k !== '' && k.split(' ').length >= minWords)
}

function countriesOf(a: ActorRecord): Set<string> {
  const out = new Set<string>()
  if (a.country) out.add(a.country)
  for (const r of a.roles) if (r.country) out.add(r.country)
  return out
}

/**
 * Phoenix actors against the hand-made gazetteer. The same actor = same kind, a shared name or alias
 * (two words or more for people), and for people and states a shared country (or none known). The
 * hand-made record wins; new actors keep their id unless a hand-made actor has it (then "-<iso3>" or
 * "-phoenix" is appended); an alias a hand-made actor carries is dropped from the new actor.
 */
export function mergeWithGazetteer(handMade: ActorRecord[], phoenix: PhoenixActors): GazetteerMerge {
  const byKey = new Map<string, ActorRecord[]>()
  for (const h of handMade) {
    for (const k of keys(h, 1)) byKey.set(k, [...(byKey.get(k) ?? []), h])
  }
  const ids = new Set(handMade.map((h) => h.id))
  const ctx = roleContext(phoenix)
  const out: GazetteerMerge = {
    added: [], sameAs: new Map(), renamed: new Map(), missingAliases: new Map(), droppedAliases: 0, shadowed: [],
  }
  for (const p of allPhoenixActors(phoenix)) {
    const record = toActorRecord(p, ctx)
    const pc = countriesOf(record)
    const same = keys(p, p.kind === 'person' ? 2 : 1)
      .flatMap((k) => byKey.get(k) ?? [])
      .find((h) => {
        if (h.kind !== p.kind) return false
        if (h.kind === 'organization') return true
        const hc = countriesOf(h)
        return hc.size === 0 || pc.size === 0 || [...pc].some((c) => hc.has(c))
      })
    if (same) {
      out.sameAs.set(p.id, same.id)
      const have = new Set(keys(same, 1))
      const missing = p.aliases.filter((a) => !have.has(normalizeName(a)) && normalizeName(a).includes(' '))
      if (missing.length > 0) out.missingAliases.set(same.id, missing)
      continue
    }
    if (byKey.has(normalizeName(p.name))) {
      out.shadowed.push(p.id)
      continue
    }
    if (ids.has(record.id)) {
      let id = p.country ? `${p.id}-${p.country.toLowerCase()}` : `${p.id}-phoenix`
      for (let n = 2; ids.has(id); n++) id = `${p.id}-phoenix-${n}`
      out.renamed.set(p.id, id)
      record.id = id
    }
    ids.add(record.id)
    const before = record.aliases.length
    record.aliases = record.aliases.filter((a) => !byKey.has(normalizeName(a)))
    out.droppedAliases += before - record.aliases.length
    out.added.push(record)
  }
  return out
}
