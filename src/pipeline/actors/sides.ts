// The side an actor acts for: a state is its own side; a person's side is the state of their role, or
// the intergovernmental organization they serve when the role has no country (NATO's secretary general
// speaks for NATO, not for Norway).
import type { Cast, Lexicon } from './cast.ts'
import { stateOf } from './cast.ts'
import { roleAt } from '../resources/roles.ts'

const ORG_NAMES = new WeakMap<Lexicon, Map<string, string>>()

/** Lower-case name or alias → the first organisation carrying it (built once per gazetteer). */
function orgNames(res: Lexicon): Map<string, string> {
  let index = ORG_NAMES.get(res)
  if (index) return index
  index = new Map()
  for (const a of res.actors) {
    if (a.kind !== 'organization') continue
    for (const name of [a.name, ...a.aliases]) if (!index.has(name.toLowerCase())) index.set(name.toLowerCase(), a.id)
  }
  ORG_NAMES.set(res, index)
  return index
}

function orgOf(cast: Cast, id: string): string | null {
  const p = cast.profiles.get(id)
  const role = p && p.record.kind === 'person' && !p.discovered ? roleAt(p.record, cast.published) : null
  const aff = role && !role.country ? role.affiliation?.toLowerCase() : undefined
  return aff ? (orgNames(cast.res).get(aff) ?? null) : null
}

export function sideOf(cast: Cast, id: string): string | null {
  const p = cast.profiles.get(id)
  if (!p) return null
  if (p.record.kind === 'state') return id
  return orgOf(cast, id) ?? stateOf(cast.res, p.country)
}
