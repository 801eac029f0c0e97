// The benchmark's pure parts: argument parsing, per-round ratios and summaries, the report's
// tables, the docs section that survives hand-written text, and the generator's building blocks.
import t from 'tap'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseBenchArgs } from '../../scripts/bench/args.ts'
import { END, START, latestSection, writeLatest, type RunRecord } from '../../scripts/bench/docs.ts'
import { endpoints, type Picks } from '../../scripts/bench/endpoints.ts'
import type { Measurement } from '../../scripts/bench/measure.ts'
import { failures, markdownTable, summarise, terminalTable } from '../../scripts/bench/report.ts'
import { copyLine } from '../../scripts/gen-scale/tables.ts'
import { idMaker, WeightedSampler, prng } from '../../scripts/gen-scale/random.ts'

const picks: Picks = {
  busyActor: 'united-states',
  midActor: 'charles-michel',
  dyad: ['israel', 'united-states'],
  root: '19',
  country: 'RUS',
  from: '2022-07-01',
  to: '2022-07-31',
  q: 'missile defense',
  eventId: 'ev-1',
  busySpeaker: 'donald-tusk',
  midSpeaker: 'hu-jintao',
  recentSince: '2026-12-01T00:00:00.000Z',
}

const m = (
  target: Measurement['target'],
  endpoint: string,
  round: number,
  rps: number,
  extra: Partial<Measurement> = {},
): Measurement => ({
  target,
  endpoint,
  path: '/x',
  round,
  requests_per_second: rps,
  p50_ms: 10,
  p99_ms: 20,
  requests: rps * 10,
  non_2xx: 0,
  errors: 0,
  timeouts: 0,
  probe_status: 200,
  probe_ms: 5,
  probe_bytes: 100,
  rss_peak_mb: 100,
  cancelled: 0,
  ...extra,
})

t.test('arguments: defaults, ports, checks', async (t) => {
  const a = parseBenchArgs([], {})
  t.match(a, {
    events: 1_000_000,
    db: 'parley_scale_1m',
    duration: 10,
    connections: 50,
    rounds: 2,
    port: 3106,
    platformatic: true,
    export: true,
    docs: true,
  })
  t.match(
    parseBenchArgs(['--events', '20000', '--duration', '3', '--only', 'events,dyads', '--no-platformatic'], {
      PORT: '4000',
    }),
    { events: 20000, db: 'parley_scale_20k', duration: 3, only: ['events', 'dyads'], platformatic: false, port: 4000 },
  )
  t.match(
    parseBenchArgs(['--profile', '/tmp/p']),
    { profile: '/tmp/p', docs: false },
    'a profiling run does not rewrite the docs',
  )
  t.throws(() => parseBenchArgs(['--duration', '0']), /--duration must be an integer ≥ 1/)
  t.throws(() => parseBenchArgs(['--rounds', 'two']), /--rounds/)
  t.throws(() => parseBenchArgs(['--port', '65530']), /room for the bare route/)
  t.throws(() => parseBenchArgs(['--db', 'x-y']), /--db/)
  t.throws(() => parseBenchArgs(['--bogus']), /Unknown option/)
})

t.test('endpoints take their parameters from the picks', async (t) => {
  const eps = endpoints(picks, '/v1/events?cursor=abc')
  const by = Object.fromEntries(eps.map((e) => [e.name, e]))
  t.equal(by.dyad!.parley, '/v1/events?dyad=israel,united-states', 'the default page')
  t.match(by.dyad!.platformatic, /limit=20\b/, 'Platformatic: as many rows')
  t.equal(by.deep!.parley, '/v1/events?cursor=abc')
  t.match(by.deep!.platformatic, /offset=4000\b/)
  t.match(
    by.actor!.platformatic,
    /where\.or=\(sourceActorId\.eq%3Dunited-states%7CtargetActorId\.eq%3Dunited-states\)/,
  )
  t.equal(by.timeline!.platformatic, null, 'no Platformatic equivalent for aggregates')
  t.equal(new Set(eps.map((e) => e.name)).size, eps.length, 'names are unique (--only picks by name)')
})

t.test('summaries: means over rounds, ratios within each round, failures counted', async (t) => {
  const eps = endpoints(picks, '/deep').filter((e) => ['events', 'timeline'].includes(e.name))
  const ms = [
    m('bare', 'events', 1, 10_000),
    m('platformatic', 'events', 1, 200),
    m('parley', 'events', 1, 100),
    m('bare', 'events', 2, 20_000),
    m('platformatic', 'events', 2, 100),
    m('parley', 'events', 2, 300),
    m('bare', 'timeline', 1, 10_000),
    m('parley', 'timeline', 1, 0, { errors: 50, timeouts: 50, non_2xx: 3, cancelled: 9 }),
  ]
  const [events, timeline] = summarise(eps, ms)
  t.equal(events!.requests_per_second, 200)
  t.same([events!.rps_min, events!.rps_max], [100, 300])
  t.equal(events!.vs_bare, 0.0125, '(100/10000 + 300/20000) / 2, not 200/15000')
  t.equal(events!.vs_platformatic, 1.75, '(0.5 + 3) / 2')
  t.equal(timeline!.vs_platformatic, null)
  t.equal(timeline!.vs_bare, 0)
  t.equal(failures(timeline!), '3/50 (50)')
  t.equal(timeline!.cancelled, 9)
  const md = markdownTable([events!, timeline!])
  t.match(md, /\| events, first page \| 200 \(100–300\) \| 10 \| 20 \| 0 \| 1\.25% \| 150 \(10\/20\) \| 1\.75× \|/)
  t.match(md, /\| timeline, month × root, whole range \| 0\.0 \| — \| — \| 3\/50 \(50\) \| 0\.00% \| — \| — \|/)
  t.match(terminalTable([events!, timeline!]), /^endpoint\s+req\/s/)
})

t.test('the docs section is replaced in place; text around it is kept', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-test-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'benchmarks.md')
  const record = {
    date: '2026-12-03 13:00 UTC',
    args: parseBenchArgs([], {}),
    commit: 'abc1234',
    picks,
    machine: {
      cpu: 'CPU',
      cores: 2,
      ram_gb: 24,
      node: 'v20',
      postgres: '15.2',
      shared_buffers: '128MB',
      work_mem: '4MB',
      load_average: [1, 2, 3],
    },
    machine_after: [4, 5, 6],
    bare_rps: 12345,
    rows: [],
    export: {
      path: '/v1/events?format=ndjson',
      status: 200,
      rows: 1000,
      seconds: 2,
      rows_per_second: 500,
      megabytes: 1,
      rss_peak_mb: 200,
      complete: true,
    },
    extraction: null,
    generation: null,
  } satisfies RunRecord
  writeFileSync(file, '# old format, no markers\n')
  writeLatest(file, latestSection(record))
  const first = readFileSync(file, 'utf8')
  t.match(first, /^# Benchmarks/)
  t.notMatch(first, /old format/)
  t.match(first, /12,345 req\/s/)
  t.match(first, /1,000 rows in 2 s = 500 rows\/s/)
  writeFileSync(file, first.replace(END, `${END}\n\n## Baseline before the redesign\n\nkept by hand\n`))
  writeLatest(file, latestSection({ ...record, commit: 'def5678' }))
  const second = readFileSync(file, 'utf8')
  t.match(second, /def5678/)
  t.notMatch(second, /abc1234/)
  t.match(second, /## Baseline before the redesign\n\nkept by hand/)
  t.equal(second.split(START).length, 2, 'one latest section')
})

t.test('generator building blocks', async (t) => {
  t.equal(
    copyLine(['a\tb', null, 3, true, 'back\\slash\nnew\rline']),
    'a\\tb\t\\N\t3\ttrue\tback\\\\slash\\nnew\\rline\n',
  )
  const id = idMaker('ev', 1)
  const ids = new Set<string>()
  for (let i = 0; i < 20_000; i++) ids.add(id(i)).add(id(i, true))
  t.equal(ids.size, 40_000, 'live and deleted ids never collide')
  t.match(id(0), /^ev-[0-9a-f]{16}$/)
  t.equal(idMaker('ev', 1)(5), id(5), 'ids depend on the seed and index only')
  t.not(idMaker('ev', 2)(5), id(5))
  const sampler = new WeightedSampler([1, 0, 3])
  const rand = prng(1)
  const counts = [0, 0, 0]
  for (let i = 0; i < 4000; i++) counts[sampler.pick(rand())]!++
  t.equal(counts[1], 0, 'a zero weight is never drawn')
  t.ok(counts[2]! > 2 * counts[0]!, 'draws follow the weights')
})
