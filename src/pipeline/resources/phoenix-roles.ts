// Phoenix/CAMEO actor codes ("RUSGOV", "IGOUNO", "NGOUSACHRPRO214") → country, sectors, and the
// date-bounded role Parley shows ("Government official of Russia"). Shared by the converter
// (scripts/convert-petrarch.ts) and the loader of data/petrarch/actors.json.

/** A code with its bounds as stored in actors.json: "RUSGOV 1999-12-31 2008-05-07", "RUSGOV 2008-05-08 -", "RUSELI". */
export interface PhoenixCode {
  code: string
  from: string | null
  to: string | null
}

export const CODE_TEXT = /^[A-Z0-9-]+(?: (?:\d{4}-\d{2}-\d{2}|-) (?:\d{4}-\d{2}-\d{2}|-))?$/

export function formatCode(c: PhoenixCode): string {
  return c.from === null && c.to === null ? c.code : `${c.code} ${c.from ?? '-'} ${c.to ?? '-'}`
}

export function parseCode(text: string): PhoenixCode {
  const [code, from, to] = text.split(' ')
  return { code: code!, from: from && from !== '-' ? from : null, to: to && to !== '-' ? to : null }
}

/** Phoenix country codes that are not ISO alpha-3 but name a current state (Kosovo: XKX, as the EU and IMF use it). */
export const COUNTRY_ALIASES: Record<string, string> = { KSV: 'XKX', ROM: 'ROU', ZAR: 'COD', TMP: 'TLS' }

export interface RoleContext {
  /** whether a 3-letter code is a (current) country */
  isCountry: (code: string) => boolean
  countryName: (iso: string) => string
  /** the organisation an international code names ("IGOUNO" → "United Nations"), if known */
  orgName: (code: string) => string | null
}

/** CAMEO sector codes (actor role codes) and how a role title names them. */
export const SECTORS: Record<string, string> = {
  GOV: 'Government', MIL: 'Military', LEG: 'Legislature', JUD: 'Judiciary', OPP: 'Opposition', ELI: 'Elite',
  BUS: 'Business', MED: 'Media', EDU: 'Education', HLH: 'Health', AGR: 'Agriculture', ENV: 'Environment',
  DEV: 'Development', LAB: 'Labour', HRI: 'Human rights', REF: 'Refugees', COP: 'Police', SPY: 'Intelligence',
  REB: 'Rebels', INS: 'Insurgents', CVL: 'Civilians', REL: 'Religion', CRM: 'Criminal', PTY: 'Party',
  UAF: 'Armed group', MOD: 'Moderate', RAD: 'Radical', SEP: 'Separatists', IMG: 'Migrants', PPL: 'People',
}
const AREA: Record<string, string> = {
  MIL: 'defence', BUS: 'economy', HLH: 'health', EDU: 'education', AGR: 'agriculture', ENV: 'environment',
  DEV: 'development', LAB: 'labour', JUD: 'justice', MED: 'media', HRI: 'human rights', REF: 'refugees',
  COP: 'police', SPY: 'intelligence', LEG: 'legislature', REL: 'religion', ELI: 'elite', PTY: 'party',
}
const HEAD_TITLE: Record<string, string> = {
  GOV: 'Government official', MIL: 'Military officer', LEG: 'Legislator', JUD: 'Judicial official',
  OPP: 'Opposition figure', ELI: 'Political figure', BUS: 'Business figure', MED: 'Media figure',
  COP: 'Police official', SPY: 'Intelligence official', REB: 'Rebel leader', INS: 'Insurgent leader',
  PTY: 'Party official', REL: 'Religious figure', HRI: 'Human rights figure', LAB: 'Labour leader',
}
const AFFILIATION: Record<string, string> = {
  GOV: 'Government of', MIL: 'Armed forces of', LEG: 'Legislature of', JUD: 'Judiciary of',
  SPY: 'Intelligence services of', COP: 'Police of',
}

export interface DecodedCode {
  /** ISO alpha-3 of the code's country, null for international and unknown codes */
  country: string | null
  /** the raw 3-letter prefix when it is a country-like code that is not ISO (SUN, DDR, USR …) */
  nonIsoCountry: string | null
  /** IGO / NGO / … prefix of international codes */
  international: string | null
  sectors: string[]
}

export function decodeCode(code: string, isCountry: (code: string) => boolean): DecodedCode {
  const head = code.slice(0, 3)
  const triples = (s: string): string[] => s.match(/.{1,3}/g) ?? []
  if (['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS'].includes(head)) {
    const rest = code.slice(3)
    const c = rest.slice(0, 3)
    const country = isCountry(c) ? c : null
    return { country, nonIsoCountry: null, international: head, sectors: triples(country ? rest.slice(3) : rest) }
  }
  const iso = COUNTRY_ALIASES[head] ?? head
  if (isCountry(iso)) return { country: iso, nonIsoCountry: null, international: null, sectors: triples(code.slice(3)) }
  if (SECTORS[head]) return { country: null, nonIsoCountry: null, international: null, sectors: triples(code) }
  return { country: null, nonIsoCountry: head, international: null, sectors: triples(code.slice(3)) }
}

export interface RoleOut {
  title: string
  affiliation: string | null
  country: string | null
  from: string | null
  to: string | null
}

/**
 * The role of one dated code: "RUSGOV" → "Government official of Russia" (affiliation "Government of
 * Russia"); "RUSGOVMIL" → "Government official of Russia (defence)"; "IGOUNO" → "Official of United
 * Nations" (affiliation from the organisation carrying that code). Null when the code names no role.
 */
export function roleOf(c: PhoenixCode, ctx: RoleContext): RoleOut | null {
  const d = decodeCode(c.code, ctx.isCountry)
  if (d.international === 'IGO') {
    const org = ctx.orgName(c.code)
    if (!org) return null
    return { title: `Official of ${org}`, affiliation: org, country: null, from: c.from, to: c.to }
  }
  if (!d.country) return null
  const [first, ...more] = d.sectors
  const where = ctx.countryName(d.country)
  const head = first ? HEAD_TITLE[first] ?? `${SECTORS[first] ?? first} figure` : 'Public figure'
  const areas = more.map((s) => AREA[s]).filter((s): s is string => s !== undefined)
  const title = `${head} of ${where}${areas.length > 0 ? ` (${areas.join(', ')})` : ''}`
  const affiliation = first && AFFILIATION[first] ? `${AFFILIATION[first]} ${where}` : null
  return { title, affiliation, country: d.country, from: c.from, to: c.to }
}
