// Country codes for the dyad figure (score.py `country_map`): a gold actor's `country` (a person's: the state or
// organisation they represent), else the prediction's own actor list, else the state table, else the normalised
// name itself (so two unmapped mentions of one name still agree).
import { norm, sameActor, STATE_CODES } from './names.ts'

interface HasActors { actors?: { name?: string | null; country?: string | null }[] }

export function countryCode(gold: HasActors, pred: HasActors): (name: unknown) => string {
  const goldActors = Array.isArray(gold.actors) ? gold.actors : []
  const predActors = Array.isArray(pred.actors) ? pred.actors : []
  return (name) => {
    for (const a of goldActors) {
      if (a && typeof a === 'object' && sameActor(a.name, name) &&
      a.country) return a.country.toUpperCase()
    }
    for (const a of predActors) {
      if (a && typeof a === 'object' && sameActor(a.name, name) && a.country) return String(a.country).toUpperCase()
    }
    const n = norm(name)
    return Object.hasOwn(STATE_CODES, n) ? STATE_CODES[n]! : n
  }
}
