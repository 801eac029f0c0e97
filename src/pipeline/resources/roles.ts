// The role an actor held on a date (gazetteer roles with partial-date bounds).
import type { ActorRecord, RoleRecord } from '../types.ts'
import { PARTIAL_DATE, periodEnd, periodStart } from '../../domain/calendar.ts'

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
