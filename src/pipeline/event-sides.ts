// The side an actor acts for: a state is its own side; a person's side is the state of their role, or
// the intergovernmental organization they serve when the role has no country (NATO's secretary general
// speaks for NATO, not for Norway).
import type { Cast } from './actors.ts'
import { stateOf } from './actors.ts'
import { roleAt } from './resources.ts'

const ORG_SIDE = new WeakMap<Cast, Map<string, string | null>>()

function orgOf(cast: Cast, id: string): string | null {
  let cache = ORG_SIDE.get(cast)
  if (!cache) ORG_SIDE.set(cast, (cache = new Map()))
  if (cache.has(id)) return cache.get(id)!
  const p = cast.profiles.get(id)
  let out: string | null = null
  const role = p && p.record.kind === 'person' && !p.discovered ? roleAt(p.record, cast.published) : null
  const aff = role && !role.country ? role.affiliation?.toLowerCase() : undefined
  if (aff) out = cast.res.actors.find((a) => a.kind === 'organization' && (a.name.toLowerCase() === aff || a.aliases.some((x) => x.toLowerCase() === aff)))?.id ?? null
  cache.set(id, out)
  return out
}

export function sideOf(cast: Cast, id: string): string | null {
  const p = cast.profiles.get(id)
  if (!p) return null
  if (p.record.kind === 'state') return id
  return orgOf(cast, id) ?? stateOf(cast.res, p.country)
}
