// Ids a request names in its filters (`actor`, `speaker`, `article`, …) must exist: an unknown id is
// the client's mistake, not an empty result. The check runs inside the query that answers the
// request, so a listing stays one round trip.
import type { Fragment, Sql } from '../db/sql.ts'
import { NotFoundError, UnknownActorError, type DomainError } from '../domain/errors.ts'

export interface Reference {
  entity: 'actor' | 'article'
  id: string
  /** the query parameter that names it; none for a path id */
  parameter?: string
}

function notFound(ref: Reference): DomainError {
  if (ref.entity === 'actor' && ref.parameter !== undefined) return new UnknownActorError(ref.parameter, ref.id)
  return new NotFoundError(ref.entity, ref.id, ref.parameter)
}

/**
 * Runs `query` and, in the same statement, checks that every reference exists; throws the domain
 * error of the first one (in the order given) that does not. `query` must select `row_no`, its rows'
 * order (e.g. `row_number() OVER (ORDER BY …)`), which the combined statement keeps.
 */
export async function checked<Row extends object>(sql: Sql, refs: Reference[], query: Fragment): Promise<Row[]> {
  if (!refs.length) return (await sql`${query}`) as unknown as Row[]
  const rows = await sql`
    SELECT c.missing_reference, q.* FROM (${missingReference(sql, refs)}) c
    LEFT JOIN LATERAL (${query}) q ON c.missing_reference IS NULL
    ORDER BY q.row_no`
  throwMissing(refs, rows[0]?.missing_reference)
  return rows.filter((r) => r.row_no !== null) as unknown as Row[]
}

/** The same check alone (before an export streams): throws the domain error of the first missing reference. */
export async function checkReferences(sql: Sql, refs: Reference[]): Promise<void> {
  if (!refs.length) return
  const [row] = await sql`${missingReference(sql, refs)}`
  throwMissing(refs, row?.missing_reference)
}

/** One row: the position (from 1) of the first reference that does not exist, or null. */
const missingReference = (sql: Sql, refs: Reference[]) => sql`
  SELECT min(r.n)::int AS missing_reference
  FROM unnest(${refs.map((r) => r.entity)}::text[], ${refs.map((r) => r.id)}::text[])
       WITH ORDINALITY AS r(entity, id, n)
  LEFT JOIN actors a ON r.entity = 'actor' AND a.id = r.id
  LEFT JOIN articles ar ON r.entity = 'article' AND ar.id = r.id
  WHERE a.id IS NULL AND ar.id IS NULL`

function throwMissing(refs: Reference[], missing: unknown) {
  if (typeof missing === 'number') throw notFound(refs[missing - 1]!)
}

/** The references among a filter's values, in the order of `params`: parameter → entity. */
export function referencesOf<F extends object>(
  filter: F, params: { [K in keyof F]?: Reference['entity'] },
): Reference[] {
  return Object.entries(params).flatMap(([parameter, entity]) => {
    const value = (filter as Record<string, unknown>)[parameter]
    const ids = value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [String(value)]
    return ids.map((id) => ({ entity: entity as Reference['entity'], id, parameter }))
  })
}
