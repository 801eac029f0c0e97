import t from 'tap'
import { loadCameoCodebook } from '../../../src/domain/cameo.ts'
import { loadParleyPetrarchVerbs, loadPetrarchVerbs } from '../../../src/pipeline/resources/petrarch-verbs.ts'

const dict = loadPetrarchVerbs()
const book = loadCameoCodebook()

t.test('verbs.json parses, with the counts of CAMEO.2.0.txt', async (t) => {
  t.equal(dict.blocks.length, 397)
  t.equal(dict.blocks.reduce((n, b) => n + b.verbs.length, 0), 1817)
  t.equal(dict.blocks.reduce((n, b) => n + b.patterns.length, 0), 4668)
  t.equal(dict.synsets.length, 40)
  t.equal(dict.transformations.length, 8)
  t.equal(new Set(dict.blocks.map((b) => b.id)).size, dict.blocks.length, 'block ids are unique')
  t.same(dict.undefinedSynsets, ['&DEMONSTRATION', '&FIGHT_CRIM', '&FIGHT_GAMES', '&WEATHER'])
})

t.test('known entries convert exactly', async (t) => {
  const acc = dict.blocks.find((b) => b.id === 'accelerate')!
  t.same(acc.patterns[0], {
    text: '* (TO)', code: '042', passive: '043', before: [], after: [{ type: 'prep', prep: 'to', objects: [] }],
    origin: ['rush'], line: 718,
  })
  t.same(acc.patterns[2]!.after, [{ type: 'phrase', words: ['arms', 'shipment'] }])
  t.same(acc.verbs.find((v) => v.lemma === 'speed'), {
    lemma: 'speed', head: 0, forms: ['speeding', 'speeds', 'sped'], listed: true, line: 717,
  })
  t.same(acc.verbs.find((v) => v.lemma === 'race')!.forms, ['races', 'raced', 'racing'], 'regular forms generated')
  const callOff = dict.blocks.flatMap((b) => b.verbs).find((v) => v.lemma === 'call off')!
  t.equal(callOff.code, '160')
  const currency = dict.synsets.find((s) => s.name === '&CURRENCY')!
  t.ok(currency.members.some((m) => m.text === 'dollar' && m.plural === 'dollars'))
  t.ok(currency.members.some((m) => m.text === 'cash' && m.plural === null), 'a member ending in _ has no plural')
  const move = dict.blocks.flatMap((b) => b.patterns).find((p) => p.text === '$ TROOP * TOWARD +')!
  t.same(move.before, [{ type: 'marker', marker: 'source' }, { type: 'word', text: 'troop' }])
  t.same(move.after, [{ type: 'word', text: 'toward' }, { type: 'marker', marker: 'target' }])
  t.same(dict.transformations[0], { pattern: 'a (a b ATTACK) SAY', result: 'a b 015', line: 9178 })
})

t.test('every code is in the CAMEO codebook except the three PETRARCH extensions', async (t) => {
  const missing = new Set<string>()
  const check = (c: string | null | undefined): void => { if (c != null && !book.has(c)) missing.add(c) }
  for (const b of dict.blocks) {
    check(b.code)
    check(b.passive)
    for (const v of b.verbs) { check(v.code); check(v.passive) }
    for (const p of b.patterns) { check(p.code); check(p.passive) }
  }
  t.same([...missing].sort(), ['1213', '176', '1952'])
})

t.test('verbs-parley.json: Parley-shaped entries, codes in the codebook', async (t) => {
  const view = loadParleyPetrarchVerbs()
  t.ok(view.entries.length > 300)
  t.equal(new Set(view.entries.map((e) => e.id)).size, view.entries.length)
  const acc = view.entries.find((e) => e.id === 'petrarch-accelerate')!
  t.same(acc.prepCodes, { to: '042' })
  t.ok(acc.objects!.some((o) => o.code === '070' && o.words.includes('aid')))
  t.equal(acc.code, null)
  t.equal(acc.requireRule, true)
  const visit = view.entries.find((e) => e.id === 'petrarch-visit')!
  t.equal(visit.code, '042')
  t.equal(visit.summary, 'visited')
  t.same(view.codeMap, { 1213: '121', 176: '170' })
  t.same(view.irregular.speed, ['sped'])
  t.same(view.entries.filter((e) => e.code !== null && !book.has(e.code)).map((e) => e.id), [], 'codes in the codebook')
})
