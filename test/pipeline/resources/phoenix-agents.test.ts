import t from 'tap'
import { agentIndex, loadPhoenixAgents, loadPhoenixDiscards } from '../../../src/pipeline/resources/phoenix-agents.ts'

t.test('agents.json: agent nouns with sectors and plurals', async (t) => {
  const agents = loadPhoenixAgents()
  t.ok(agents.agents.length > 3000)
  t.same(agents.markers.PERSON, ['man', 'men', 'woman', 'women', 'person'])
  const index = agentIndex(agents)
  const diplomat = index.get('diplomats')
  t.same(diplomat?.map((a) => [a.text, a.sectors]), [['diplomat', ['GOV']]], 'plural form finds the agent')
  t.same(index.get('government officials')?.[0]?.sectors, ['GOV'])
  t.same(index.get('defense minister')?.[0]?.sectors, ['GOV', 'MIL'])
  t.same(index.get('spokeswoman')?.[0]?.code, '~MED', 'Phoenix codes spokespeople as media (MED)')
  t.same(index.get('finance ministry')?.[0]?.sectors, ['GOV'], 'the MINIST stem is expanded')
  t.equal(index.get('envoy')?.[0]?.plural, 'envoys')
  t.equal(index.get('official'), undefined, 'a bare "official" is not in Phoenix')
  t.same(index.get('peacekeeping troops')?.[0]?.code, 'IGO~')
})

t.test('discards.json: story- and sentence-level phrases', async (t) => {
  const d = loadPhoenixDiscards()
  t.ok(d.discards.length > 400)
  t.same(d.discards.find((x) => x.text === 'years ago'),
    { text: 'years ago', scope: 'sentence', wholeWord: false, line: 108 })
  t.equal(d.discards.find((x) => x.text === 'manchester united')?.scope, 'story')
})
