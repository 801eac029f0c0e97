import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { extract, toOutput } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'
import { run } from './fixture.ts'

const ARTICLES = new URL('../../data/articles/', import.meta.url)
const meta =
  JSON.parse(readFileSync(new URL('articles.json', ARTICLES), 'utf8')) as { file: string; published: string }[]
const resources = loadResources()

t.test('every evidence is the raw slice, on all five articles', async (t) => {
  for (const f of readdirSync(ARTICLES).filter((x) => x.endsWith('.txt'))) {
    const raw = readFileSync(new URL(f, ARTICLES), 'utf8')
    const x = extract({ id: f, raw, published: meta.find((m) => m.file === f)!.published }, resources)
    t.ok(x.statements.length > 0 && x.events.length > 0, `${f}: statements and events`)
    for (const ev of [...x.statements.map((s) => s.evidence), ...x.events.map((e) => e.evidence)]) {
      if (ev.text !== raw.slice(ev.start, ev.end)) {
        t.fail(
        `${f}: evidence ${ev.start}-${ev.end} differs from the raw slice`)
      }
      t.ok(ev.start >= 0 && ev.end <= raw.length && ev.start < ev.end)
    }
    for (const e of x.events) {
      t.ok(resources.cameo.has(e.cameoCode), `${f}: ${e.cameoCode} in the codebook`)
      t.equal(e.cameoRoot, e.cameoCode.slice(0, 2))
      t.ok(x.actors.some((a) => a.id === e.sourceId) && x.actors.some((a) => a.id === e.targetId),
        `${f}: event actors are article actors`)
    }
    for (const s of x.statements) t.ok(x.actors.some((a) => a.id === s.speakerId), `${f}: speaker is an article actor`)
  }
})

t.test('extraction is deterministic', async (t) => {
  const f = '004_c6aa0806ec42fcf8.txt'
  const raw = readFileSync(new URL(f, ARTICLES), 'utf8')
  t.same(extract({ id: f, raw, published: '2007-04-23' }, resources),
    extract({ id: f, raw, published: '2007-04-23' }, resources))
})

t.test('toOutput: canonical names and dates by precision', async (t) => {
  const x = run(
    'In November, Medvedev warned Poland that Russia would deploy missiles near its border. "We will respond," he ' +
    'said.', '2012-01-13')
  const o = toOutput(x, resources)
  t.same(o.actors.map((a) => a.name).sort(), ['Dmitry Medvedev', 'Poland', 'Russia'])
  t.match(o.statements,
    [{ speaker: 'Dmitry Medvedev', direct: false, date: '2011-11' },
      { speaker: 'Dmitry Medvedev', direct: true, text: 'We will respond', date: '2011-11' }])
  t.match(o.events,
    [{
      source_actor: 'Dmitry Medvedev', target_actor: 'Poland', cameo_code: '138', cameo_root: '13', date: '2011-11',
      type: /Threaten/,
    }])
})

t.test('headlines and page noise give nothing', async (t) => {
  const x = run(
    'Putin warns Poland over missile shield\n\nRead more: Putin warns Poland\n\nKerry met Lavrov in Geneva.')
  t.same(x.events.map((e) => e.sourceId), ['john-kerry'])
  t.same(x.statements, [])
})

t.test('a lead printed twice gives one statement', async (t) => {
  const lead = 'Moscow and Washington will continue the dialogue, Lavrov said.'
  const x = run(`${lead}\n\nMOSCOW, March 3 (Agency) - ${lead}`)
  t.equal(x.statements.length, 1)
})

t.test('empty and tiny inputs', async (t) => {
  t.same(run('').actors, [])
  t.same(run('Hello.').events, [])
})

t.test("a summary uses the verb's phrase only for the verb's own code", async (t) => {
  const summaries = (raw: string) => extract({ id: 'x', raw, published: '2014-03-05' }).events.map((e) => e.summary)
  t.same(summaries('Kerry met Lavrov in Geneva on Monday.'), ['John Kerry met Sergei Lavrov'])
  const negated = summaries('Russia did not agree to the U.S. proposal on Monday.')
  t.ok(negated.length > 0 && negated.every((s) => !/agreed/.test(s)),
    `a negated act is not summarised as done: ${negated}`)
  t.match(negated[0], /^Russia → United States: Reject/)
  const intent = summaries('Washington said on Monday it will cooperate with Moscow on missile defense.')
  t.ok(intent.length > 0 && intent.every((s) => !/cooperated/.test(s)),
    `an intent is not summarised as done: ${intent}`)
})
