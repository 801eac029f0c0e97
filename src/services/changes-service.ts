import type { ChangesRepository } from '../repositories/changes-repository.ts'
import type { CursorCodec } from '../lib/cursor.ts'
import { toPage } from '../lib/pagination.ts'
import type { ChangeListQuery, ChangePage } from '../schemas/changes.ts'

export function createChangesService(repo: ChangesRepository, cursors: CursorCodec) {
  return {
    /**
     * One page of the change feed. `until` is fixed by the first page and carried in the cursor, so
     * every page of a walk answers the same window (since, until]; the client passes `until` back as
     * the next `since`.
     */
    async list(q: ChangeListQuery, url: string): Promise<ChangePage> {
      const since = new Date(q.since).toISOString()
      const scope = `changes:${since}:${q.entity ?? '*'}`
      const after = q.cursor ? cursors.decode(scope, q.cursor) : undefined
      const until = after ? String(after[0]) : (await repo.until()).toISOString()
      const keyset = after ? { at: String(after[1]), entity: String(after[2]), id: String(after[3]), change: String(after[4]) } : undefined
      const rows = await repo.list(since, until, q.entity, q.limit + 1, keyset)
      const page = toPage(
        rows,
        q.limit,
        url,
        (r) => cursors.encode(scope, [until, r.at.toISOString(), r.entity, r.id, r.change]),
        (r) => ({ entity: r.entity, id: r.id, change: r.change, at: r.at.toISOString() }),
      )
      return { since, until, ...page }
    },
  }
}

export type ChangesService = ReturnType<typeof createChangesService>
