// The service call the API makes for a request path of the benchmark (`endpoints.ts`): the services
// and repositories of the app on a given pool, the query string parsed by the route's zod schema.
// For explain-hot.ts, which captures the SQL they send; only the routes the benchmark requests.
import type { Sql } from '../../src/db/sql.ts'
import { createCursorCodec } from '../../src/lib/cursor.ts'
import { createListing } from '../../src/lib/listing.ts'
import { createEventsRepository } from '../../src/repositories/events-repository.ts'
import { createStatementsRepository } from '../../src/repositories/statements-repository.ts'
import { createStatsRepository } from '../../src/repositories/stats-repository.ts'
import { createChangesRepository } from '../../src/repositories/changes-repository.ts'
import { createEventsService } from '../../src/services/events-service.ts'
import { createStatementsService } from '../../src/services/statements-service.ts'
import { createStatsService } from '../../src/services/stats-service.ts'
import { createChangesService } from '../../src/services/changes-service.ts'
import { EventListQuery } from '../../src/schemas/events.ts'
import { ActorStatementsQuery, StatementListQuery } from '../../src/schemas/statements.ts'
import { ActorStatsQuery, DyadStatsQuery, TimelineQuery } from '../../src/schemas/stats.ts'
import { ChangeListQuery } from '../../src/schemas/changes.ts'

/** `call(path)` runs what the route of `path` runs and returns its answer (a page, a detail, stats). */
export function serviceCalls(sql: Sql) {
  const listing = createListing(createCursorCodec(`explain-${process.pid}-${Date.now()}`))
  const events = createEventsService(createEventsRepository(sql), listing)
  const statements = createStatementsService(createStatementsRepository(sql), listing)
  const stats = createStatsService(createStatsRepository(sql))
  const changes = createChangesService(createChangesRepository(sql), listing)

  const routes: [RegExp, (q: Record<string, string>, url: string, id: string) => Promise<unknown>][] = [
    [/^\/v1\/events$/, (q, url) => events.list(EventListQuery.parse(q), url)],
    [/^\/v1\/events\/([^/]+)$/, (_q, _url, id) => events.get(id)],
    [/^\/v1\/actors\/([^/]+)\/statements$/, (q, url, id) =>
      statements.listForActor(id, ActorStatementsQuery.parse(q), url)],
    [/^\/v1\/statements$/, (q, url) => statements.list(StatementListQuery.parse(q), url)],
    [/^\/v1\/stats\/timeline$/, (q) => stats.timeline(TimelineQuery.parse(q))],
    [/^\/v1\/stats\/dyads$/, (q) => stats.dyads(DyadStatsQuery.parse(q))],
    [/^\/v1\/stats\/actors$/, (q) => stats.actors(ActorStatsQuery.parse(q))],
    [/^\/v1\/changes$/, (q, url) => changes.list(ChangeListQuery.parse(q), url)],
  ]

  async function call(path: string): Promise<unknown> {
    const u = new URL(path, 'http://parley.invalid')
    for (const [pattern, run] of routes) {
      const m = pattern.exec(u.pathname)
      if (m) return run(Object.fromEntries(u.searchParams), path, decodeURIComponent(m[1] ?? ''))
    }
    throw new Error(`no service call known for ${u.pathname}`)
  }

  /** The path of the page reached by following `links.next` `pages` times from `path` (as the benchmark does). */
  async function walk(path: string, pages: number): Promise<string> {
    let next = path
    for (let i = 0; i < pages; i++) {
      const page = (await call(next)) as { links: { next: string | null } }
      if (!page.links.next) throw new Error(`walking from ${path}: no next link after ${i + 1} pages`)
      next = page.links.next
    }
    return next
  }

  return { call, walk }
}
