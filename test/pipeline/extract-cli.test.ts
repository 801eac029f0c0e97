import t from 'tap'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { childEnv } from '../process.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const cli = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/extract.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: childEnv() })

t.test('prints the extraction JSON of one article', async (t) => {
  const r = cli('data/articles/004_c6aa0806ec42fcf8.txt', '--published', '2007-04-23')
  t.equal(r.status, 0, 'exit 0')
  const out = JSON.parse(r.stdout) as {
    actors: { name: string; kind: string; country: string | null; role: string | null }[]
    statements: { speaker: string; text: string; direct: boolean; date: string }[]
    events: Record<string, unknown>[]
  }
  t.same(Object.keys(out), ['actors', 'statements', 'events'])
  t.ok(out.actors.some((a) => a.name === 'Robert Gates' && a.kind === 'person' && a.country === 'USA'))
  t.ok(out.statements.some((s) => s.speaker === 'Sergei Kislyak' && s.direct))
  const e = out.events.find((x) => x.source_actor === 'Robert Gates' && x.target_actor === 'Vladimir Putin')
  t.match(e, {
    date: '2007-04-23', cameo_code: '040', cameo_root: '04', type: String,
    evidence: /met with President Vladimir Putin/,
  })
  for (const ev of out.events) {
    t.same(Object.keys(ev),
      ['date', 'source_actor', 'target_actor', 'type', 'cameo_code', 'cameo_root', 'evidence'])
  }
})

t.test('bad arguments: message on stderr, exit 2', async (t) => {
  for (const args of [[], ['data/articles/004_c6aa0806ec42fcf8.txt'], ['nope.txt', '--published', '2007-04-23'],
    ['data/articles/004_c6aa0806ec42fcf8.txt', '--published', '2007-13-45']]) {
    const r = cli(...args)
    t.equal(r.status, 2, args.join(' '))
    t.equal(r.stdout, '')
    t.match(r.stderr, /usage:/)
  }
})
