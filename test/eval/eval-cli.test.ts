// `npm run eval`: scores a set, prints the rows, misses and the overall line last; --out writes the predictions.
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { childEnv } from '../process.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const cli = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/eval.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: childEnv() })

t.test('founding: rows, misses, the overall line last, predictions written', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'parley-eval-'))
  t.teardown(() => rmSync(out, { recursive: true, force: true }))
  const r = cli('founding', '--out', out)
  t.equal(r.status, 0, r.stderr)
  const lines = r.stdout.trim().split('\n')
  t.match(lines[lines.length - 1], /^overall actors: P=[\d.]+ R=[\d.]+ F1=[\d.]+ statements: .* events: /)
  t.match(r.stdout, /000_e896e6c64fc7faf5\.json +actors=\d+\/\d+g\/\d+p statements=/)
  const files = readdirSync(out).sort()
  t.equal(files.length, 5)
  const pred = JSON.parse(readFileSync(join(out, files[0]!), 'utf8')) as Record<string, unknown>
  t.same(Object.keys(pred), ['actors', 'statements', 'events'], 'the extractor JSON score.py reads')
})

t.test('bad arguments: message on stderr, exit 2', async (t) => {
  for (const args of [[], ['no-such-set'], ['founding', '--frobnicate']]) {
    const r = cli(...args)
    t.equal(r.status, 2, args.join(' '))
    t.match(r.stderr, /usage:/)
  }
})
