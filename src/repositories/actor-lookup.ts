// Small actor look-ups several services need: checking filter ids exist, and the role an actor
// held on a date.
import type { Tx } from '../db/prisma.ts'
import { AppError } from '../errors.ts'

/**
 * Throws a 404 UNKNOWN_ACTOR problem naming the parameter when a filter refers to an actor id that
 * does not exist (an unknown id is a client mistake, not an empty result).
 */
export async function assertActorsExist(db: Tx, params: Record<string, string[] | undefined>): Promise<void> {
  const ids = [...new Set(Object.values(params).flatMap((v) => v ?? []))]
  if (!ids.length) return
  const found = new Set((await db.actor.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((a) => a.id))
  for (const [parameter, values] of Object.entries(params)) {
    const missing = (values ?? []).find((id) => !found.has(id))
    if (missing) {
      throw new AppError('UNKNOWN_ACTOR', `${parameter}: no actor with id '${missing}' (find ids with GET /v1/actors?q=…)`, [
        { in: 'query', parameter, message: `unknown actor id '${missing}'` },
      ])
    }
  }
}

export interface RoleAt {
  title: string
  affiliation: string | null
  country: string | null
  valid_from: string | null
  valid_to: string | null
}

/**
 * The role each (actor, date) pair held: the role valid on that date, preferring the latest-starting
 * one when several overlap. Keys of the result are `${actorId}|${YYYY-MM-DD}`.
 */
export async function rolesAt(db: Tx, pairs: { actorId: string; date: string }[]): Promise<Map<string, RoleAt>> {
  const actorIds = [...new Set(pairs.map((p) => p.actorId))]
  const result = new Map<string, RoleAt>()
  if (!actorIds.length) return result
  const roles = await db.actorRole.findMany({ where: { actorId: { in: actorIds } }, orderBy: [{ validFrom: 'desc' }] })
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)
  for (const { actorId, date } of pairs) {
    const r = roles.find((r) => r.actorId === actorId && (!r.validFrom || day(r.validFrom)! <= date) && (!r.validTo || day(r.validTo)! >= date))
    if (r) result.set(`${actorId}|${date}`, { title: r.title, affiliation: r.affiliation, country: r.country, valid_from: day(r.validFrom), valid_to: day(r.validTo) })
  }
  return result
}
