// Generates data/gazetteer/states-world.json (the states of data/petrarch/actors.json that the hand-made
// data/gazetteer/states.json lacks) and adds every Phoenix state's nationality adjectives and demonyms to
// data/lexicon/states.json `nationalities` (entries already there are kept). Deterministic; run again after
// `npm run convert:petrarch`. It also writes data/gazetteer/ministries-world.json: the foreign and defence
// ministries of every state without a hand-made one ("Ministry of Foreign Affairs (Kenya)").
//  npx tsx scripts/gen-world-states.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_DATA_DIR } from '../src/domain/data-dir.ts'
import { loadPhoenixActors } from '../src/pipeline/resources/phoenix-actors.ts'

interface StateRecord {
  id: string; name: string; kind: 'state'; country: string; description: string
  aliases: string[]; roles: []
}

const dir = DEFAULT_DATA_DIR
const phoenix = loadPhoenixActors(dir)
const handMade = JSON.parse(readFileSync(join(dir, 'gazetteer', 'states.json'), 'utf8')) as StateRecord[]
const idByIso = new Map(handMade.map((s) => [s.country, s.id]))
// adjectives and demonyms end like these ("Kenyan", "Sudanese", "Qatari", "Argentine"); plurals with an -s
const ADJECTIVE = /(?:an|ese|i|ish|ic|ine)s?$/
// misspelt names ("Kazakstan", "Azerbaycan") and cities ("Tainan", "Mexicali") that end like adjectives
const NOT_ADJECTIVE = /(?:stan|jan|can|ban|pan|nan|aan|pei|cali|tunis|statian)s?$/

const isAdjective = (alias: string, name: string) =>
  !alias.includes(' ') && ADJECTIVE.test(alias) && !NOT_ADJECTIVE.test(alias.toLowerCase()) &&
  alias.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()

const added: StateRecord[] = []
const adjectives = new Map<string, { iso: string; state: string }>()
for (const s of phoenix.states) {
  const iso = s.country!
  const id = idByIso.get(iso) ?? s.id
  const nameWords = new Set(s.name.toLowerCase().split(' '))
  for (const a of s.aliases) {
    if (!isAdjective(a, s.name)) continue
    const key = a.toLowerCase()
    adjectives.set(key, { iso, state: id })
    if (key.endsWith('an')) adjectives.set(`${key}s`, { iso, state: id })
  }
  if (idByIso.has(iso)) continue
  // formal names ("Kingdom of Jordan") and the short form inside a long name ("Palestine"); single-word
  // variants outside the name are misspellings or cities, left out
  const aliases = s.aliases.filter((a) => !isAdjective(a, s.name) &&
    (a.includes(' ')
      ? a.toLowerCase().includes(s.name.toLowerCase().replace(/^the /, '').split(' ')[0]!)
      : nameWords.has(a.toLowerCase())))
  added.push({
    id, name: s.name, kind: 'state', country: iso,
    description: 'State from the Phoenix country dictionary (PETRARCH2, MIT; data/petrarch/actors.json).',
    aliases, roles: [],
  })
}
added.sort((a, b) => a.id.localeCompare(b.id))
writeFileSync(join(dir, 'gazetteer', 'states-world.json'),
  `[\n${added.map((a) => '  ' + JSON.stringify(a)).join(',\n')}\n]\n`)

const lexFile = join(dir, 'lexicon', 'states.json')
const lex = JSON.parse(readFileSync(lexFile, 'utf8')) as
  { lists: { nationalities: { table: Record<string, { iso: string; state: string }> } } }
const table = lex.lists.nationalities.table
let n = 0
for (const [k, v] of [...adjectives].sort(([a], [b]) => a.localeCompare(b))) {
  if (table[k]) continue
  table[k] = v
  n++
}
const inline = (json: string) =>
  json.replace(/\{\n\s*"iso": "([A-Z]{3})",\n\s*"state": "([a-z-]+)"\n\s*\}/g, '{ "iso": "$1", "state": "$2" }')
writeFileSync(lexFile, inline(JSON.stringify(lex, null, 2)) + '\n')
console.error(`states-world.json: ${added.length} states; nationalities: ${n} new entries`)

// ministries: name "Ministry of Foreign Affairs (Kenya)"; aliases in the usual capitalised forms (the lower-case
// "the Kenyan foreign ministry" is read by actors/organisations.ts from the nationality and the ministry's country)
interface OrgRecord {
  id: string; name: string; kind: 'organization'; country: string; description: string
  aliases: string[]; roles: []
}
const handOrgs = JSON.parse(readFileSync(join(dir, 'gazetteer', 'organizations.json'), 'utf8')) as OrgRecord[]
const hasOrg = (iso: string, re: RegExp) => handOrgs.some((o) => o.country === iso && re.test(o.name))
const cap = (w: string) => w.replace(/(^|[ -])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())
const adjectiveOf = new Map<string, string>()
for (const [k, v] of Object.entries(table)) {
  if (!adjectiveOf.has(v.iso) && !k.endsWith('s')) adjectiveOf.set(v.iso, cap(k))
}
const KINDS = [
  {
    key: 'foreign-affairs', name: 'Ministry of Foreign Affairs', re: /foreign/i, short: ['Foreign Ministry', 'Foreign Affairs Ministry'],
    long: ['Ministry of Foreign Affairs'],
  },
  {
    key: 'defence', name: 'Ministry of Defence', re: /defen[cs]e/i, short: ['Defence Ministry', 'Defense Ministry'],
    long: ['Ministry of Defence', 'Ministry of Defense'],
  },
]
const ministries: OrgRecord[] = []
const states = [...handMade, ...added].filter((st) => st.country !== 'USA' && st.id !== 'soviet-union')
for (const st of states) {
  const adj = adjectiveOf.get(st.country)
  for (const k of KINDS) {
    if (hasOrg(st.country, k.re)) continue
    const aliases = [
      ...k.short.map((f) => `${st.name}'s ${f}`), ...k.long.map((f) => `${f} of ${st.name}`),
      ...k.short.map((f) => `${f} of ${st.name}`),
      ...(adj ? [...k.short, ...k.long].map((f) => `${adj} ${f}`) : []),
    ]
    ministries.push({
      id: `${k.key}-ministry-${st.id}`, name: `${k.name} (${st.name})`, kind: 'organization', country: st.country,
      description: `Government ministry of ${st.name} (generated by scripts/gen-world-states.ts).`, aliases, roles: [],
    })
  }
}
writeFileSync(join(dir, 'gazetteer', 'ministries-world.json'),
  `[\n${ministries.map((a) => '  ' + JSON.stringify(a)).join(',\n')}\n]\n`)
console.error(`ministries-world.json: ${ministries.length} ministries`)
