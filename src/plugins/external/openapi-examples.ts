// Examples that depend on the running server: the `cursor` example of each paginated operation is a
// cursor this server signed, bound to the listing the operation's other examples ask for, so "Try it
// out" in /docs (which sends every example) gets a page instead of a 400 INVALID_CURSOR. The scopes
// mirror the services' (src/services/*-service.ts); test/openapi-examples.test.ts runs every example.
import type { CursorCodec, CursorValue } from '../../lib/cursor.ts'
import { normalizeName } from '../../domain/names.ts'

type Json = Record<string, unknown>
type Examples = Record<string, string>

/** The first key of every (date, id) listing: its next page is its first page. */
const startOfDates: CursorValue[] = ['0001-01-01', '0']

/** For each paginated operation, the listing (scope and a key before every row) its examples ask for. */
const listings: Record<string, (ex: Examples) => { scope: string; key: CursorValue[] }> = {
  listEvents: (ex) => ({ scope: `events:${ex.sort ?? 'date'}`, key: startOfDates }),
  listActorEvents: (ex) => ({ scope: `actor-events:${ex.id}:${ex.sort ?? 'date'}`, key: startOfDates }),
  listStatements: (ex) => ({ scope: `statements:${ex.sort ?? 'date'}`, key: startOfDates }),
  listActorStatements: (ex) => ({ scope: `actor-statements:${ex.id}:${ex.sort ?? 'date'}`, key: startOfDates }),
  listArticles: (ex) => ({ scope: `articles:${ex.sort ?? 'date'}`, key: startOfDates }),
  listActors: (ex) => ({
    scope: ex.q === undefined ? 'actors:name' : `actors:q:${normalizeName(ex.q)}`,
    key: [0, '', '0'],
  }),
  listChanges: (ex) => ({
    scope: `changes:${new Date(ex.since ?? 0).toISOString()}:${ex.entity ?? '*'}`,
    key: ['9999-12-31T23:59:59.999Z', '0001-01-01T00:00:00.000Z', 'actor', '0', 'created'],
  }),
}

/** A parameter's example, wherever the document put it. */
const exampleOf = (p: Json) => (p.example ?? (p.schema as Json | undefined)?.example) as unknown

/** Sets the `cursor` example of a paginated operation to a cursor of this server for its listing. */
export function cursorExamples(cursors: () => CursorCodec) {
  return (op: Json & { operationId?: unknown; parameters?: Json[] }) => {
    const params = op.parameters ?? []
    const cursor = params.find((p) => p.in === 'query' && p.name === 'cursor')
    const listing = listings[String(op.operationId)]
    if (!cursor) return
    const schema = (cursor.schema ??= {}) as Json
    if (!listing) {
      delete schema.example // an operation this table does not know gets no example rather than a wrong one
      return
    }
    const examples: Examples = {}
    for (const p of params) {
      const example = exampleOf(p)
      if (example !== undefined && p.name !== 'cursor') examples[String(p.name)] = String(example)
    }
    const { scope, key } = listing(examples)
    schema.example = cursors().encode(scope, key)
  }
}
