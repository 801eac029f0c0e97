import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { findTriggers, intent, negate, objectRule } from '../../src/pipeline/events/triggers.ts'
import {
  compileVerbs, loadVerbs, parseVerbDictionary, type VerbDictionary,
} from '../../src/pipeline/resources/verbs.ts'
import { inflect } from '../../src/pipeline/resources/inflection.ts'
import { tokenize } from '../../src/pipeline/text/tokens.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'

const forms = (l: string) => inflect(l).map((f) => f.form)

t.test('inflections', async (t) => {
  t.same(forms('meet'), ['meet', 'meets', 'met', 'meeting'])
  t.same(forms('agree'), ['agree', 'agrees', 'agreed', 'agreeing'])
  t.same(forms('deploy'), ['deploy', 'deploys', 'deployed', 'deploying'])
  t.same(forms('criticize'), ['criticize', 'criticizes', 'criticized', 'criticizing'])
  t.same(forms('halt'), ['halt', 'halts', 'halted', 'halting'])
  t.same(forms('accuse'), ['accuse', 'accuses', 'accused', 'accusing'])
  t.same(forms('apply'), ['apply', 'applies', 'applied', 'applying'])
  t.same(forms('stop'), ['stop', 'stops', 'stopped', 'stopping'])
  t.same(forms('push'), ['push', 'pushes', 'pushed', 'pushing'])
  t.ok(forms('give').includes('given') && forms('give').includes('gave'))
  t.ok(forms('cancel').includes('canceled') && forms('cancel').includes('cancelled'))
  t.ok(forms('expel').includes('expelled'))
  t.ok(forms('be').includes('is') && forms('be').includes('were'))
})

t.test('the dictionary: every code exists in the CAMEO codebook', async (t) => {
  const cameo = loadResources().cameo
  const dict =
    JSON.parse(readFileSync(new URL('../../data/cameo/verbs.json', import.meta.url), 'utf8')) as VerbDictionary
  const codes = new Set<string>()
  for (const e of dict.entries) {
    if (e.code) codes.add(e.code)
    if (e.future) codes.add(e.future)
    if (e.negated) codes.add(e.negated)
    for (const r of e.objects ?? []) {
      if (r.code) codes.add(r.code)
      if (r.negated) codes.add(r.negated)
    }
    for (const c of Object.values(e.prepCodes ?? {})) codes.add(c)
    t.ok(e.summary, `${e.id} has a summary`)
  }
  for (const c of codes) t.ok(cameo.has(c), `code ${c} in codes.json`)
  const classes =
    ['consult', 'meet', 'visit', 'agree', 'cooperate', 'propose', 'give', 'demand', 'appeal', 'reject', 'threaten',
      'posture', 'accuse', 'criticize', 'oppose', 'halt', 'dialogue', 'assure', 'accord', 'host', 'invite', 'sanction',
      'statement']
  for (const c of classes) t.ok(dict.entries.some((e) => e.id === c), `verb class ${c}`)
})

t.test('triggers: longest phrase first, gaps, nominal vs verbal', async (t) => {
  const lex = loadVerbs()
  const trig = (text: string) => {
    const tk = tokenize(text)
    return findTriggers(lex, tk, () => false).map((x) =>
      `${tk[x.ti]!.text}:${x.sense.entry.id}${x.sense.nominal ? '/n' : ''}`)
  }
  t.same(trig('Moscow called on Washington to act'), ['called:urge'])
  t.same(trig('Washington considered the demands totally unacceptable')[0], 'considered:reject')
  t.same(trig('Kerry met Lavrov'), ['met:meet'])
  t.same(trig('a meeting between them'), ['meeting:meet/n'])
  t.same(trig("Moscow's demands were clear"), ['demands:demand/n'])
  t.same(trig('Russia demands guarantees')[0], 'demands:demand')
  t.same(trig('Lavrov expressed deep satisfaction'), ['expressed:accord'])
  t.same(trig('the system is not aimed against Russia'), [], '"is … against" needs adjacency')
  t.same(trig('Washington is against the plan'), ['is:reject'])
})

t.test('object rules, negation and intent', async (t) => {
  const defaults = loadVerbs().defaults
  const lex =
    compileVerbs(
      {
        version: 1, defaults,
        entries: [{
          id: 'x', verbs: ['refuse'], code: '120', objects: [{ words: ['talks'], code: '125' }],
          summary: 'refused',
        }],
      })
  const e = lex.entries[0]!
  t.equal(objectRule(e, ['the', 'talks'])?.code, '125')
  t.equal(objectRule(e, ['the', 'plan']), null)
  t.equal(negate('040'), '125')
  t.equal(negate('057'), '120')
  t.equal(negate('111'), null)
  t.equal(intent('040'), '036')
  t.equal(intent('050'), '030')
  t.equal(intent('138'), '138')
})

t.test('the dictionary is validated: unknown fields, bad codes and flags are rejected', async (t) => {
  const raw =
    JSON.parse(readFileSync(new URL('../../data/cameo/verbs.json', import.meta.url), 'utf8')) as VerbDictionary
  t.ok(parseVerbDictionary(raw).entries.length > 40, 'the project dictionary parses')
  const withEntry = (entry: object) => ({ ...raw, entries: [...raw.entries, entry] })
  const base = { id: 'x', verbs: ['frobnicate'], code: '040', summary: 'frobnicated' }
  t.throws(() => parseVerbDictionary(withEntry({ ...base, requireObject: true })), /requireObject/, 'an unknown field')
  t.throws(() => parseVerbDictionary(withEntry({ ...base, code: '99' })), /CAMEO code/, 'a code outside 01..20')
  t.throws(() => parseVerbDictionary(withEntry({ ...base, act: 'praise' })), /act/,
    'an act class the rules do not know')
  t.throws(() => parseVerbDictionary(withEntry({ ...base, id: 'meet' })), /duplicate entry id/)
})

t.test('verb behaviour is data: no comparison on entry ids in the pipeline', async (t) => {
  const root = new URL('../../src/pipeline/', import.meta.url)
  for (const f of readdirSync(root, { recursive: true }).map(String).filter((x) => x.endsWith('.ts'))) {
    const src = readFileSync(new URL(f, root), 'utf8')
    t.notMatch(src, /\bentry(?:\.id)?\s*[!=]==\s*'|\.has\(entry(?:\.id|Id)\)/, `${f} compares no entry id`)
  }
})
