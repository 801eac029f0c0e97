// Queries a request started, so they can be cancelled when its client goes away: without it a slow
// query ran on for seconds after the client had given up (issue 11 saw minutes of backlog). The pool
// is wrapped so every query (and fragment: cancelling one that never ran does nothing) made inside a
// request's scope is remembered there; cancelling sends PostgreSQL a CancelRequest for those running.
// Relies on postgres.js Query's `executed` flag and `cancel()` (3.4).
import { AsyncLocalStorage } from 'node:async_hooks'
import type { Sql } from './sql.ts'

interface Cancellable { cancel(): unknown; executed?: boolean }
export type QueryScope = Set<Cancellable>

const scopes = new AsyncLocalStorage<QueryScope>()

/** Runs `fn` (and everything it starts) in a new scope of queries; returns the scope. */
export function withQueryScope(fn: () => void): QueryScope {
  const scope: QueryScope = new Set()
  scopes.run(scope, fn)
  return scope
}

/**
 * Cancels the queries of a scope that were sent (or queued) and have not finished. A fragment that
 * was never run is left alone (cancelling it would reject a promise nobody awaits).
 */
export function cancelScope(scope: QueryScope): void {
  for (const q of scope) {
    if (!q.executed) continue
    const sent = q.cancel() as Promise<unknown> | null | undefined
    sent?.catch?.(() => {}) // the CancelRequest itself failing changes nothing for the client gone
  }
  scope.clear()
}

/** The pool, remembering each query made in a scope. */
export function cancellable(sql: Sql): Sql {
  return new Proxy(sql, {
    apply(target, self, args) {
      const q = Reflect.apply(target, self, args) as unknown
      const scope = scopes.getStore()
      if (scope && q && typeof (q as Cancellable).cancel === 'function') scope.add(q as Cancellable)
      return q
    },
  })
}
