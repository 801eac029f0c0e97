// The article's cast: sentence contexts, actor profiles (gazetteer or discovered, with the role held
// on the article date) and the helpers every later stage shares.
import type { ActorRecord, RoleRecord } from '../types.ts'
import { NATIONALITIES } from './nationalities.ts'
import { genderOf } from './gender.ts'
import { roleAt } from '../resources/roles.ts'
import { profileText, type Profile } from './role-match.ts'

export interface Lexicon {
  actors: ActorRecord[]
  byId: Map<string, ActorRecord>
}

export interface Cast {
  profiles: Map<string, Profile>
  published: string
  res: Lexicon
}

export function profileOf(rec: ActorRecord, published: string, title: string | null, discovered: boolean): Profile {
  const role: RoleRecord | null = rec.kind === 'person' ? roleAt(rec, published) : null
  const t = role?.title ?? title
  return {
    id: rec.id, record: rec, discovered, role: t ?? null,
    country: role?.country ?? rec.country, text: profileText(t ?? '', role?.affiliation ?? null),
    gender: rec.kind === 'person' ? genderOf(rec.name) : 'u',
  }
}

export function stateOf(res: Lexicon, iso: string | null | undefined): string | null {
  if (!iso) return null
  for (const n of NATIONALITIES.values()) if (n.iso === iso && res.byId.get(n.state)?.kind === 'state') return n.state
  return res.actors.find((a) => a.kind === 'state' && a.country === iso)?.id ?? null
}

/** Adds the gazetteer profile of `id` to the cast (actors reached only through an adjective). */
export function ensureProfile(cast: Cast, id: string): boolean {
  if (cast.profiles.has(id)) return true
  const rec = cast.res.byId.get(id)
  if (!rec) return false
  cast.profiles.set(id, profileOf(rec, cast.published, null, false))
  return true
}
