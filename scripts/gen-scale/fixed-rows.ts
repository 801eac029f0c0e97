// Rows that do not depend on the article stream: actors with their aliases and roles, and the
// `deletions` history (ids of records that existed once and were removed).
import { normalizeName } from '../../src/domain/names.ts'
import type { GenActor } from './actors.ts'
import { idMaker } from './random.ts'
import type { Cell, Table } from './tables.ts'

type Put = (table: Table, cells: Cell[]) => void

/** Actors (created when ingestion began; 5% updated since), their aliases (one per normalised form) and roles. */
export function writeActors(actors: GenActor[], put: Put, rand: () => number, ingestStart: number, ingestSpan: number) {
  let aliasId = 0
  let roleId = 0
  actors.forEach((a, i) => {
    const created = ingestStart + i
    const updated = rand() < 0.05 ? created + Math.floor(rand() * ingestSpan) : created
    put('actors', [
      a.id,
      a.name,
      a.kind,
      a.country,
      a.wikidataId,
      a.description,
      new Date(created).toISOString(),
      new Date(updated).toISOString(),
    ])
    const seen = new Set<string>()
    for (const alias of [a.name, ...a.aliases]) {
      const normalized = normalizeName(alias)
      if (!normalized || seen.has(normalized)) continue
      seen.add(normalized)
      put('actor_aliases', [++aliasId, a.id, alias, normalized])
    }
    const roleKeys = new Set<string>()
    for (const r of a.roles) {
      const key = `${r.title}\u001f${r.validFrom}`
      if (roleKeys.has(key)) continue
      roleKeys.add(key)
      put('actor_roles', [++roleId, a.id, r.title, r.affiliation, r.country, r.validFrom, r.validTo])
    }
  })
}

/**
 * The change feed's history of removals: about 1% of events, statements and articles and 0.5% of
 * actors were deleted at some time during ingestion. Their ids have the live ids' shape and never
 * collide with them (see idMaker).
 */
export function writeDeletions(
  put: Put,
  rand: () => number,
  live: { events: number; statements: number; articles: number; actors: number },
  seed: number,
  ingestStart: number,
  ingestSpan: number,
) {
  const kinds: [entity: string, prefix: string, count: number][] = [
    ['event', 'ev', Math.round(live.events * 0.01)],
    ['statement', 'st', Math.round(live.statements * 0.01)],
    ['article', 'syn', Math.round(live.articles * 0.01)],
    ['actor', 'deleted-actor', Math.round(live.actors * 0.005)],
  ]
  let id = 0
  for (const [entity, prefix, count] of kinds) {
    const makeId = idMaker(prefix, seed)
    for (let i = 0; i < count; i++) {
      put('deletions', [
        ++id,
        entity,
        makeId(i, true),
        new Date(ingestStart + Math.floor(rand() * ingestSpan)).toISOString(),
      ])
    }
  }
}
