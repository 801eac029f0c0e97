// The TypeScript v2 scorer gives score.py's figures. Unit checks on examples written here; and, when python3 and
// the shared evaluation folder are there, the same figures as score.py on several prediction folders (the
// extractor's output on dev-real, the gold itself, nothing, and the gold rewritten with aliases, reversed joint
// acts, coarser dates, duplicates and gaps).
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { norm, sameActor, sequenceRatio, overlap } from './names.ts'
import { maxMatching } from './matching.ts'
import { prf, round3, scoreArticle, scoreSet, type V2Doc } from './score.ts'
import { EVAL_DIR_CANDIDATES, evalDir, loadSet } from './sets.ts'
import { evaluate } from './run.ts'

t.test('names: aliases, transliteration, surname variants', async (t) => {
  t.equal(norm('the Kremlin'), 'russia')
  t.equal(norm('U.S. military'), 'united states armed forces')
  t.equal(norm('Radosław Sikorski'), 'radoslaw sikorski')
  t.equal(norm('George W. Bush'), 'george bush', 'middle initials dropped')
  t.ok(sameActor('Javad Zarif', 'Mohammad Javad Zarif'))
  t.ok(sameActor('Vassily Nebenzia', 'Vasily Nebenzya'), 'surnames with a difflib ratio ≥ 0.85')
  t.notOk(sameActor('Sergei Lavrov', 'Sergei Ivanov'))
  t.equal(sequenceRatio('abcd', 'bcde'), 0.75)
  t.equal(sequenceRatio('', ''), 1)
  t.equal(overlap('the talks failed', 'The talks failed.'), 1)
})

t.test('matching is maximal, not greedy', async (t) => {
  // gold 0 fits both predictions, gold 1 only the first: greedy in gold order would match one pair
  const m = maxMatching([['a', 'b'], ['a']], ['a', 'b'], (g, p) => g.includes(p))
  t.same(m, [[0, 1], [1, 0]])
})

t.test('figures: empty cases and rounding like Python', async (t) => {
  t.same(prf([0, 0, 0]), { precision: 1, recall: 1, f1: 1 })
  t.same(prf([0, 3, 0]), { precision: 0, recall: 0, f1: 0 })
  t.equal(round3(0.0625), 0.062, 'an exact tie goes to the even digit')
  t.equal(round3(0.0025), 0.003)
  const gold: V2Doc = {
    actors: [{ name: 'Russia' }, { name: 'Vladimir Putin' }],
    events: [{ source_actor: 'Russia', target_actor: 'United States', cameo_root: '04', date: '2020-01-05' }],
  }
  const pred: V2Doc = {
    actors: [{ name: 'the Kremlin' }, { name: 'Russia' }],
    events: [{ source_actor: 'Washington', target_actor: 'Moscow', cameo_root: '04', date: '2020-01' }],
  }
  const s = scoreArticle('x.json', gold, pred)
  t.same(s.row.actors, [1, 2, 1], 'the Kremlin and Russia are one actor')
  t.same(s.row.events, [1, 1, 1], 'root 04 is direction-free, a month matches its day')
  t.same(s.missed.actors.map((a) => a.name), ['Vladimir Putin'])
  t.same(scoreSet([s]).overall.actors, { precision: 1, recall: 0.5, f1: 0.667 })
})

const dir = evalDir()
const python = spawnSync('python3', ['--version']).status === 0
const skip =
  !dir
    ? `no shared evaluation folder (looked in ${EVAL_DIR_CANDIDATES.join(', ')})`
    : !python ? 'python3 not found' : false

/** The gold rewritten: metonyms for states, joint acts reversed, dates to the month, a duplicate, every third
 *  statement dropped. */
function perturb(g: V2Doc): V2Doc {
  const alias: Record<string, string> = { Russia: 'the Kremlin', 'United States': 'Washington', China: 'Beijing' }
  const name = (n?: string | null) => (n && alias[n]) ?? n
  const events = (g.events ?? []).map((e, i) => {
    const swap = i % 2 === 0 && ['03', '04', '05', '06'].includes(String(e.cameo_root))
    return {
      ...e, source_actor: name(swap ? e.target_actor : e.source_actor),
      target_actor: name(swap ? e.source_actor : e.target_actor),
      date: i % 3 === 0 ? String(e.date ?? '').slice(0, 7) : e.date,
    }
  })
  return {
    actors: (g.actors ?? []).map((a) => ({ ...a, name: name(a.name) })),
    statements: (g.statements ?? []).filter((_, i) => i % 3 !== 2).map((s) => ({ ...s, speaker: name(s.speaker) })),
    events: [...events, ...events.slice(0, 1)],
  }
}

t.test('the same figures as score.py', { skip }, async (t) => {
  const set = loadSet('dev-real')
  const goldDir = join(dir!, 'dev-real', 'gold')
  const root = mkdtempSync(join(tmpdir(), 'parley-score-'))
  t.teardown(() => rmSync(root, { recursive: true, force: true }))
  const folders: Record<string, (stem: string, gold: V2Doc) => unknown> = {}
  const ev = evaluate(set)
  folders.extractor = (stem) => ev.predictions.get(stem)
  folders.gold = (_, g) => g
  folders.perturbed = (_, g) => perturb(g)
  folders.empty = () => ({})
  for (const [name, make] of Object.entries(folders)) {
    const out = join(root, name)
    mkdirSync(out)
    const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
    const articles = files.map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as V2Doc
      const pred = make(f.replace(/\.json$/, ''), gold) as V2Doc
      writeFileSync(join(out, f), JSON.stringify(pred))
      return scoreArticle(f, gold, pred)
    })
    const ours = scoreSet(articles)
    const py = spawnSync('python3', [join(dir!, 'score.py'), goldDir, out, '--json'], { encoding: 'utf8' })
    t.equal(py.status, 0, `${name}: score.py ran`)
    const theirs = JSON.parse(py.stdout) as Record<string, Record<string, unknown>>
    t.same(ours.overall, theirs.overall, `${name}: overall`)
    t.same(ours.extra, theirs.extra, `${name}: extra`)
    const counts =
      Object.fromEntries(Object.entries(ours.counts).map(([k, [tp, gold, pred]]) => [k, { tp, gold, pred }]))
    t.same(counts, theirs.counts, `${name}: counts`)
    t.same(Object.fromEntries(articles.map((a) => [a.file, a.row])), theirs.per_article, `${name}: per article`)
    t.same(Object.fromEntries(articles.map((a) => [a.file, a.extra])), theirs.per_article_extra,
      `${name}: extra per article`)
  }
})
