// Every endpoint's SQL can be answered from indexes: the queries the services send (captured from
// the pool) are EXPLAINed on a few thousand rows with sequential scans discouraged (enable_seqscan
// off: a plan keeps a Seq Scan only when no index can serve it), and none reads events, statements
// or mentions sequentially. On tables this small the planner would often rightly prefer a scan, so
// the test asks whether an index path exists, which is what decides the cost at a million rows.
import t from 'tap'
import postgres from 'postgres'
import { freshDatabase } from '../helper.ts'
import { capturingSql, explain } from '../../src/db/query-capture.ts'
import { seed } from '../../src/seed/seed.ts'
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
import { StatementListQuery } from '../../src/schemas/statements.ts'
import { DyadStatsQuery, ActorStatsQuery, TimelineQuery } from '../../src/schemas/stats.ts'
import { ChangeListQuery } from '../../src/schemas/changes.ts'

const SCANNED = /Seq Scan on (events|statements|event_mentions|event_search)\b/

t.test('no endpoint query reads events, statements or mentions sequentially', async (t) => {
  const url = await freshDatabase(t)
  await seed({ url, progress: false })
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => admin.end())
  // a few thousand rows: the founding data doubled seven times (about 4,000 events), each copy on other dates
  for (let i = 1; i <= 7; i++) {
    await admin`INSERT INTO events (id, date, date_end, date_precision, source_actor_id, target_actor_id, event_type,
        cameo_code, cameo_root, quad_class, goldstein, summary, confidence, coder_version)
      SELECT id || '-' || ${i}, date - ${i * 97}::int, date_end - ${i * 97}::int, date_precision,
        source_actor_id, target_actor_id,
        event_type, cameo_code, cameo_root, quad_class, goldstein, summary, confidence,
        coder_version
      FROM events`
    await admin`INSERT INTO statements (id, speaker_id, text, direct, date, date_end, date_precision, article_id,
        sentence_index, char_start, char_end, evidence, coder_version)
      SELECT id || '-' || ${i}, speaker_id, text, direct, date - ${i * 97}::int, date_end - ${i * 97}::int,
        date_precision,
        article_id, sentence_index, char_start, char_end, evidence, coder_version
      FROM statements`
  }
  await admin`VACUUM ANALYZE`
  const [count] = await admin`SELECT count(*)::int AS n FROM events`
  t.ok(count!.n >= 2000, `${count!.n} events`)

  const { sql, captured } = capturingSql(url, { max: 1 })
  t.teardown(() => sql.end())
  const listing = createListing(createCursorCodec('a-test-secret'))
  const events_ = createEventsService(createEventsRepository(sql), listing)
  const statements = createStatementsService(createStatementsRepository(sql), listing)
  const stats = createStatsService(createStatsRepository(sql))
  const changes = createChangesService(createChangesRepository(sql), listing)

  const [ev] = await admin`SELECT id, source_actor_id AS s, target_actor_id AS t FROM events
    WHERE target_actor_id IS NOT NULL ORDER BY id LIMIT 1`
  const [st] = await admin`SELECT id, speaker_id FROM statements ORDER BY id LIMIT 1`
  const [ar] = await admin`SELECT id FROM articles ORDER BY id LIMIT 1`
  const e = (q: Record<string, string>) => EventListQuery.parse(q)
  const calls: Record<string, () => Promise<unknown>> = {
    events: () => events_.list(e({}), '/v1/events'),
    'events by range': () => events_.list(e({ from: '2012-07-01', to: '2012-07-31' }), '/v1/events'),
    'events newest first': () => events_.list(e({ sort: '-date' }), '/v1/events'),
    'events by actor': () => events_.list(e({ actor: ev!.s }), '/v1/events'),
    'events by source': () => events_.list(e({ source: ev!.s }), '/v1/events'),
    'events by target': () => events_.list(e({ target: ev!.t }), '/v1/events'),
    'events by dyad': () => events_.list(e({ dyad: `${ev!.s},${ev!.t}` }), '/v1/events'),
    'events by root': () => events_.list(e({ root: '04' }), '/v1/events'),
    'events by quad': () => events_.list(e({ quad: '1' }), '/v1/events'),
    'events by article': () => events_.list(e({ article: ar!.id }), '/v1/events'),
    'events by text': () => events_.list(e({ q: 'missile defense' }), '/v1/events'),
    'events by text, a phrase': () => events_.list(e({ q: '"missile defense" -iran' }), '/v1/events'),
    'events by dyad, newest first': () => events_.list(e({ dyad: `${ev!.t},${ev!.s}`, sort: '-date' }), '/v1/events'),
    'an actor\'s events': () => events_.listForActor(ev!.s, e({}), '/v1/actors/x/events'),
    event: () => events_.get(ev!.id),
    statements: () => statements.list(StatementListQuery.parse({}), '/v1/statements'),
    'statements by speaker': () => statements.list(StatementListQuery.parse({ speaker: st!.speaker_id }), '/x'),
    'statements by range': () => statements.list(StatementListQuery.parse({ from: '2012-07-01' }), '/x'),
    statement: () => statements.get(st!.id),
    timeline: () => stats.timeline(TimelineQuery.parse({ interval: 'month', group_by: 'root' })),
    'timeline by year, a range': () => stats.timeline(TimelineQuery.parse({ interval: 'year', from: '2010-01-01' })),
    dyads: () => stats.dyads(DyadStatsQuery.parse({})),
    'top actors': () => stats.actors(ActorStatsQuery.parse({})),
    'changes, full sync': () => changes.list(ChangeListQuery.parse({ since: '1970-01-01T00:00:00Z' }), '/x'),
    'changes, recent': () =>
      changes.list(ChangeListQuery.parse({ since: new Date(Date.now() - 3.6e6).toISOString() }), '/x'),
  }
  for (const [name, call] of Object.entries(calls)) {
    captured.length = 0
    await call()
    t.ok(captured.length >= 1, `${name}: sent its query`)
    for (const query of captured) {
      const plan = await admin.begin(async (tx) => {
        await tx`SET LOCAL enable_seqscan = off`
        return explain(tx, query)
      })
      t.notMatch(plan, SCANNED, `${name}: no sequential scan of events, statements or mentions`)
    }
  }

  // the timeline reads the coarsest rollup that can answer it
  const reads = async (q: Record<string, string>) => {
    captured.length = 0
    await stats.timeline(TimelineQuery.parse(q))
    return captured.map((c) => c.query).join('\n')
  }
  t.match(await reads({ interval: 'month', group_by: 'root' }), /event_month_root/, 'by root: event_month_root')
  t.match(await reads({ interval: 'year', group_by: 'quad', root: '04,05' }), /event_month_root/, 'by quad, roots')
  const byType = await reads({ interval: 'month', group_by: 'type' })
  t.match(byType, /event_month_code/, 'by type: event_month_code')
  t.notMatch(byType, /event_month_root/)
})
