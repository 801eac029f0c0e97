// Validates the gold of the five founding articles (test/gold/*.json, canonical guideline v2 format) against
// their texts in data/articles with the checks of checks/gold-checks.ts; then shows, on sentences written for this
// test, that each check catches the rule it guards. Needs nothing outside the repository.
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { checkGold, GoldFile } from './checks/gold-checks.ts'

const goldDir = new URL('./', import.meta.url)
const articleDir = new URL('../../data/articles/', import.meta.url)
const read = (dir: URL, file: string) => readFileSync(new URL(file, dir), 'utf8')
const Published = z.array(z.object({ file: z.string(), published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }))
const articleList = Published.parse(JSON.parse(read(articleDir, 'articles.json')))
const published = new Map(articleList.map((a) => [a.file, a.published]))
const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
const articles = readdirSync(articleDir).filter((f) => f.endsWith('.txt')).sort()

t.test('one gold file per article, one article per gold file', async (t) => {
  t.same(goldFiles.map((f) => f.replace(/\.json$/, '.txt')), articles)
  t.equal(articles.length, 5, 'the five founding articles')
  for (const a of articles) t.ok(published.has(a), `${a} has a publication date in articles.json`)
})

const totals = [0, 0, 0]
for (const file of goldFiles) {
  t.test(file, async (t) => {
    const parsed = GoldFile.safeParse(JSON.parse(read(goldDir, file)))
    if (!parsed.success) return t.fail(`format: ${z.prettifyError(parsed.error)}`)
    const gold = parsed.data
    t.equal(gold.article, file.replace(/\.json$/, '.txt'), 'article field names the file')
    const { errors, notes } = checkGold(gold, read(articleDir, gold.article), published.get(gold.article) ?? '')
    t.same(errors, [], 'no rule of the guideline broken')
    for (const n of notes) t.comment(`note: ${n}`)
    const counts = [gold.actors.length, gold.statements.length, gold.events.length]
    counts.forEach((n, i) => { totals[i] = (totals[i] ?? 0) + n })
    t.comment(`actors=${counts[0]} statements=${counts[1]} events=${counts[2]}`)
  })
}
t.teardown(() => console.log(`# gold totals: actors=${totals[0]} statements=${totals[1]} events=${totals[2]}`))

// ---- the checks themselves, on a small article written for this test ----------------------------------------
const CALL = 'The Smith administration called for talks with Moscow.'
const WELCOMED = 'The Kremlin said on Monday that Russia welcomed the offer of talks.'
const text = [
  WELCOMED,
  '"We are ready," Ivan Petrov said. "Talks can start soon."',
  CALL,
  'Petrov called off his visit to Washington.',
].join('\n\n')
const PUBLISHED = '2020-01-06'
const base = (): GoldFile => ({
  article: 'x.txt',
  actors: [
    { name: 'Ivan Petrov', kind: 'person', role: 'Minister of Foreign Affairs of Russia', country: 'RUS' },
    { name: 'Russia', kind: 'state', role: '', country: 'RUS' },
    { name: 'United States', kind: 'state', role: '', country: 'USA' },
  ],
  statements: [{ speaker: 'Ivan Petrov', text: 'We are ready', direct: true, date: PUBLISHED }],
  events: [{
    date: PUBLISHED, source_actor: 'Ivan Petrov', target_actor: 'United States', type: 'propose', cameo_root: '03',
    summary: 'Petrov said Russia is ready for talks.', evidence: '"We are ready," Ivan Petrov said.',
  }],
})
const errorsAfter = (change: (g: GoldFile) => void) => {
  const g = base()
  change(g)
  return checkGold(g, text, PUBLISHED).errors.join('\n')
}
const event = (over: Partial<GoldFile['events'][number]>) => ({ ...base().events[0]!, ...over })

t.test('the checks catch each broken rule', async (t) => {
  t.same(checkGold(base(), text, PUBLISHED), { errors: [], notes: [] }, 'the well-formed example passes')
  t.match(errorsAfter((g) => { g.statements[0]!.text = 'We were ready' }), /statement not verbatim/)
  t.match(errorsAfter((g) => { g.events[0]!.evidence = 'Petrov is ready.' }), /evidence not verbatim/)
  t.match(errorsAfter((g) => { g.statements[0]!.speaker = 'Petrov' }), /speaker "Petrov" not in actors/)
  t.match(errorsAfter((g) => { g.events[0]!.target_actor = 'Ivan Petrov' }), /source equals target/)
  t.match(errorsAfter((g) => { g.events[0]!.cameo_root = '10' }), /cameo_root 10 not allowed for type propose/)
  t.match(errorsAfter((g) => { g.statements[0]!.date = '2020-01-07' }), /D17: statement date 2020-01-07 after/)
  t.match(errorsAfter((g) => { g.actors.push({ name: 'Russia', kind: 'state', role: '', country: 'RUS' }) }),
    /duplicate actor names/)
  t.match(errorsAfter((g) => {
    g.actors.push({ name: 'Kremlin', kind: 'organization', role: 'presidential office', country: 'RUS' })
    g.statements.push({ speaker: 'Kremlin', text: 'Russia welcomed the offer', direct: false, date: PUBLISHED })
  }), /D13: metonym actor "Kremlin"/)
  t.match(errorsAfter((g) => {
    g.actors.push({ name: 'John Smith', kind: 'person', role: 'President of the United States', country: 'USA' })
    g.events.push(event({
      source_actor: 'John Smith', target_actor: 'Russia', type: 'propose', cameo_root: '02',
      evidence: CALL,
    }))
  }), /D12: John Smith occurs only as 'Smith administration'/)
  t.match(errorsAfter((g) => {
    g.events.push(event({
      source_actor: 'United States', target_actor: 'Russia', cameo_root: '03',
      evidence: CALL,
    }))
  }), /D6: 'called for talks' must be root 02/)
  t.match(errorsAfter((g) => {
    g.events.push(event({ type: 'demand', cameo_root: '10', evidence: CALL }))
  }), /D6: 'called for talks' coded 10/)
  t.match(errorsAfter((g) => {
    g.events.push(event({ type: 'other', cameo_root: '08', evidence: 'Petrov called off his visit to Washington.' }))
  }), /D8: cancelled visit must be root 16/)
  t.match(errorsAfter((g) => {
    g.events.push(event({
      source_actor: 'Russia', type: 'statement', cameo_root: '01',
      summary: 'Russia welcomed the offer.', evidence: WELCOMED,
    }))
  }), /D7: welcome\/hail\/praise\/satisfaction coded 01/)
  t.match(errorsAfter((g) => {
    g.statements[0]!.text = 'We are ready," Ivan Petrov said. "Talks can start soon.'
  }), /D14: statement spans a paragraph or an attribution/)
  t.match(errorsAfter((g) => {
    g.statements[0]!.text = 'Russia welcomed the offer of talks.\n\n"We are ready'
  }), /D14: statement spans a paragraph/)
  t.match(errorsAfter((g) => {
    g.events.push(event({ source_actor: 'United States', target_actor: 'Ivan Petrov' }))
  }), /D2: reverse duplicate Ivan Petrov <-> United States root 03/)
  t.match(errorsAfter((g) => { g.events = [] }), /D10: United States is neither a participant nor the affiliation/)
  t.match(errorsAfter((g) => { g.statements = []; g.events = [] }), /D10: person Ivan Petrov is neither speaker/)
  const noState = base()
  noState.actors = noState.actors.filter((a) => a.name !== 'Russia')
  t.match(checkGold(noState, text, PUBLISHED).notes.join('\n'), /no actor for Ivan Petrov's state\/organization RUS/)
})

t.test('the format is the v2 one', async (t) => {
  const old = { file: 'x.txt', published: PUBLISHED, actors: [], statements: [], events: [] }
  t.notOk(GoldFile.safeParse(old).success, 'the pre-v2 format is refused')
  const withId = { ...base(), actors: [{ ...base().actors[0]!, id: 'ivan-petrov' }] }
  t.notOk(GoldFile.safeParse(withId).success, 'unknown fields are refused')
  t.notOk(GoldFile.safeParse({ ...base(), events: [event({ type: 'yield' })] }).success, 'types come from types.json')
  t.notOk(GoldFile.safeParse({ ...base(), events: [event({ date: '2020' })] }).success, 'a year-only date is refused')
})
