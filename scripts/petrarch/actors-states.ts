// States from Phoenix.Countries.actors.txt: the entry carrying a bare country code ("[AFG]",
// "[UKR >911221]"). Aliases are the name forms of the state (spelling variants, formal names,
// adjectives/demonyms); cities, regions, landmarks and nicknames the source also lists go to `places`.
import { normalizeName } from '../../src/domain/names.ts'
import type { PhoenixActor } from '../../src/pipeline/resources/phoenix-actors.ts'
import type { RawEntry } from './actors-parse.ts'
import { formatCode } from '../../src/pipeline/resources/phoenix-roles.ts'
import { ISO3, decodeCode } from './actor-codes.ts'
import { restoreCase } from './names.ts'
import { slugify } from './source-files.ts'
import type { Warning } from './verbs.ts'

/** Phoenix primary phrase → the English Wikipedia title, where the two differ beyond case. */
const STATE_NAMES: Record<string, string> = {
  RUSSIAN_FEDERATION: 'Russia', UNITED_STATES_OF_AMERICA: 'United States', REPUBLIC_OF_SOUTH_AFRICA: 'South Africa',
  UNITED_REPUBLIC_OF_TANZANIA: 'Tanzania', BRUNEI_DARUSSALAM: 'Brunei', MADAGASKAR: 'Madagascar',
  CONGO: 'Republic of the Congo', "COTE_D'IVOIRE": 'Ivory Coast', MICRONESIA: 'Federated States of Micronesia',
  SWAZILAND: 'Eswatini', GAMBIA: 'The Gambia', BAHAMAS: 'The Bahamas', GUINEA_BISSAU: 'Guinea-Bissau',
  PALESTINE: 'State of Palestine', FEDERATION_OF_SAINT_KITTS_AND_NEVIS: 'Saint Kitts and Nevis', KOSOVO: 'Kosovo',
  BOSNIA_AND_HERZEGOVINA: 'Bosnia and Herzegovina',
  DEMOCRATIC_REPUBLIC_OF_THE_CONGO: 'Democratic Republic of the Congo',
}

export interface StateResult {
  states: PhoenixActor[]
  /** the entries used as states or dropped as territories / former states */
  used: Set<RawEntry>
  /** adjectives and demonyms of all states ("RUSSIAN", "AFGHAN"), upper case as in the source */
  nationalities: Set<string>
  dropped: { reason: string; names: string[] }[]
}

function bareCountry(e: RawEntry): { iso: string; open: boolean } | null {
  let best: { iso: string; open: boolean } | null = null
  for (const c of e.codes) {
    if (c.code.length !== 3) continue
    const d = decodeCode(c.code)
    if (!d.country) continue
    const open = c.to === null
    if (!best || (open && !best.open)) best = { iso: d.country, open }
  }
  return best
}

/** Words that make a name-like synonym a place ("Namib Desert", "Suriname River"). */
const GEO = /(^|_)(DESERT|RIVER|MOUNTAINS?|SHIELD|COUNTY|PROVINCE|LAKE|SEA|BAY|VALLEY|PENINSULA|ISLE|ISLANDS?|BASIN|GULF|STRAIT)(_|$)/

const ADJECTIVE = /(AN|IAN|ESE|ISH|I|ICH|CH|IC|ENE|OT|ER|SH)$/

export function buildStates(entries: RawEntry[], warn: (w: Warning) => void): StateResult {
  const byIso = new Map<string, RawEntry>()
  const considered = new Set<RawEntry>()
  const dropped: StateResult['dropped'] = []
  for (const e of entries) {
    const bare = bareCountry(e)
    const nonIso = e.codes.find((c) => c.code.length === 3 && decodeCode(c.code).nonIsoCountry)
    if (bare) considered.add(e)
    if (!bare) {
      if (nonIso && e.codes.every((c) => c.code.length === 3)) {
        considered.add(e)
        dropped.push({ reason: 'state code not ISO alpha-3 (historical or fictional)', names: [e.names[0]!] })
      }
      continue
    }
    const prev = byIso.get(bare.iso)
    const prevOpen = prev ? bareCountry(prev)!.open : false
    const better = !prev || (bare.open && !prevOpen) || (bare.open === prevOpen && e.names.length > prev.names.length)
    if (better) {
      const reason = `second entry for ${bare.iso} (territory or former state)`
      if (prev) dropped.push({ reason, names: [prev.names[0]!] })
      byIso.set(bare.iso, e)
    } else {
      dropped.push({ reason: `second entry for ${bare.iso} (territory or former state)`, names: [e.names[0]!] })
    }
  }
  const nationalities = new Set(['AMERICAN', 'BRITISH', 'FRENCH', 'DUTCH', 'SWISS', 'GREEK', 'WELSH', 'SCOTTISH',
    'IRISH'])
  const states: PhoenixActor[] = []
  for (const [iso, e] of [...byIso.entries()].sort((a, b) => a[1].line - b[1].line)) {
    if (!ISO3.has(iso)) continue
    const primary = e.names[0]!.replace(/_+$/, '')
    const name = STATE_NAMES[primary] ?? restoreCase(primary, { org: true })
    const stems = [normalizeName(name), normalizeName(primary)].map((s) => s.replace(/^the /, ''))
    const nameLike = (n: string): boolean => {
      const k = normalizeName(n)
      return stems.some((s) => k.slice(0, 3) === s.slice(0, 3) || k.includes(s))
    }
    const aliases: string[] = []
    const places: string[] = []
    const seen = new Set([normalizeName(name)])
    for (const raw of e.names) {
      const phrase = raw.replace(/_+$/, '').replace(/_\(.*\)$/, '')
      const k = normalizeName(phrase.replace(/_/g, ' '))
      if (seen.has(k) || k.length < 3) continue
      seen.add(k)
      const readable = restoreCase(phrase, { org: true })
      if (nameLike(phrase) && !GEO.test(phrase) && /^[A-Z][A-Z' .-]*$/.test(phrase.replace(/_/g, ' '))) {
        aliases.push(readable)
        if (ADJECTIVE.test(phrase) && !phrase.includes('_')) nationalities.add(phrase)
      } else places.push(readable)
    }
    if (e.names.length > 1 && aliases.length === 0) warn({ line: e.line, message: `${name}: no alias kept` })
    states.push({
      id: slugify(name), name, kind: 'state', country: iso, aliases, codes: e.codes.map(formatCode), places,
      at: `${e.file[0]}:${e.line}`,
    })
  }
  return { states, used: considered, nationalities, dropped }
}
