import t from 'tap'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_DATA_DIR, loadResources } from '../../../src/pipeline/resources/load.ts'
import { roleAt } from '../../../src/pipeline/resources/roles.ts'
import {
  allPhoenixActors, loadPhoenixActors, mergeWithGazetteer, roleContext, toActorRecord,
} from '../../../src/pipeline/resources/phoenix-actors.ts'

const phoenix = loadPhoenixActors()
const ctx = roleContext(phoenix)
const byId = new Map(allPhoenixActors(phoenix).map((a) => [a.id, a]))
const record = (id: string) => toActorRecord(byId.get(id)!, ctx)

t.test('actors.json parses; ids unique; sizes plausible', async (t) => {
  const all = allPhoenixActors(phoenix)
  t.equal(byId.size, all.length, 'ids are unique')
  t.ok(phoenix.states.length > 190, `${phoenix.states.length} states`)
  t.ok(phoenix.people.length > 15000, `${phoenix.people.length} people`)
  t.ok(phoenix.organizations.length > 200, `${phoenix.organizations.length} organisations`)
  t.ok(all.every((a) => a.kind !== 'person' || a.name.split(' ').length >= 2), 'no one-word person names')
})

t.test('states: name, ISO code, name-like aliases; cities are places, not aliases', async (t) => {
  const russia = byId.get('russia')!
  t.equal(russia.name, 'Russia')
  t.equal(russia.country, 'RUS')
  t.ok(russia.aliases.includes('Russian Federation') && russia.aliases.includes('Russian'))
  t.notOk(russia.aliases.includes('Vladimir'), 'the city Vladimir is no alias of Russia')
  t.ok(russia.places!.includes('Moscow') && russia.places!.includes('Vladimir'))
  t.equal(byId.get('ivory-coast')?.country, 'CIV')
  t.equal(byId.get('kosovo')?.country, 'XKX')
  t.same(record('germany').roles, [], 'states hold no roles')
})

t.test('people: readable names and date-bounded roles from the Phoenix codes', async (t) => {
  const putin = record('vladimir-putin')
  t.equal(putin.country, 'RUS')
  t.ok(putin.aliases.includes('Vladimir Vladimirovich Putin'))
  t.notOk(putin.aliases.some((a) => /president|minister/i.test(a)), 'titled synonyms are stripped')
  t.same(putin.roles.at(-1), {
    title: 'Government official of Russia', affiliation: 'Government of Russia', country: 'RUS',
    from: '2008-05-08', to: null,
  })
  t.equal(roleAt(putin, '1995-06-01')?.title, 'Political figure of Russia')
  const lavrov = record('sergey-lavrov')
  t.ok(lavrov.aliases.includes('Sergei Lavrov'))
  t.equal(lavrov.roles[0]!.from, '1994-09-22')
  const kerry = record('john-kerry')
  t.equal(kerry.roles[0]!.title, 'Government official of United States (legislature)')
  const ban = record('ban-ki-moon')
  t.ok(ban.roles.some((r) => r.title === 'Official of United Nations' && r.from === '2007-01-01' && r.to === null))
  t.equal(record('kofi-annan').roles[0]!.affiliation, 'United Nations')
  t.equal(byId.get('north-atlantic-treaty-organization')?.kind, 'organization')
})

t.test('merge with the hand-made gazetteer: hand-made wins, ids never collide', async (t) => {
  const handMade = loadResources().actors
  const m = mergeWithGazetteer(handMade, phoenix)
  t.equal(m.sameAs.get('sergey-lavrov'), 'sergei-lavrov')
  t.equal(m.sameAs.get('vladimir-putin'), 'vladimir-putin')
  t.equal(m.sameAs.get('russia'), 'russia')
  const handIds = new Set(handMade.map((a) => a.id))
  t.same(m.added.filter((a) => handIds.has(a.id)).map((a) => a.id), [], 'no added id is a hand-made id')
  t.notOk(m.added.some((a) => a.id === 'sergey-lavrov'), 'the same person is not added twice')

  // the merged view passes the real gazetteer loader (schema, duplicate ids)
  const dir = mkdtempSync(join(tmpdir(), 'parley-phoenix-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(join(dir, 'gazetteer'))
  mkdirSync(join(dir, 'cameo'))
  copyFileSync(join(DEFAULT_DATA_DIR, 'cameo', 'codes.json'), join(dir, 'cameo', 'codes.json'))
  writeFileSync(join(dir, 'gazetteer', 'hand-made.json'), JSON.stringify(handMade))
  writeFileSync(join(dir, 'gazetteer', 'phoenix.json'), JSON.stringify(m.added))
  const merged = loadResources(dir)
  t.equal(merged.actors.length, handMade.length + m.added.length)
  t.same(merged.aliases.get('vladimir putin'), ['vladimir-putin'], 'one Putin after the merge')
})
