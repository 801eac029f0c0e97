// Raw Phoenix entries → states, organisations and people (data/petrarch/actors.json), with the reasons
// for everything left out. What is kept and why: data/petrarch/README.md.
import { normalizeName } from '../../src/domain/names.ts'
import type { PhoenixActor, PhoenixActors } from '../../src/pipeline/resources/phoenix-actors.ts'
import { petrarchSource } from '../../src/pipeline/resources/petrarch-source.ts'
import type { RawEntry } from './actors-parse.ts'
import { formatCode } from '../../src/pipeline/resources/phoenix-roles.ts'
import { decodeCode } from './actor-codes.ts'
import { buildStates } from './actors-states.ts'
import { isOfficePhrase, restoreCase, stripTitles } from './names.ts'
import { SOURCE_FILES, byString, slugify } from './source-files.ts'
import type { Warning } from './verbs.ts'

const ORG_WORDS = /(^|_)(MINISTRY|MINISTRIES|COUNCIL|ASSEMBLY|PARTY|ARMY|ARMED|FORCES?|NAVY|AIR_FORCE|POLICE|COMMITTEE|ORGANI[SZ]ATION|AGENCY|SERVICES?|DEPARTMENT|OFFICE|GOVERNMENT|PARLIAMENT|CONGRESS|SENATE|BANK|UNION|FRONT|MOVEMENT|LEAGUE|COMMISSION|COURT|TRIBUNAL|FUND|PROGRAMM?E|ASSOCIATION|FEDERATION|INSTITUTE|CENT(ER|RE)|COMMUNITY|GROUP|ALLIANCE|CORPS|BRIGADES?|DIVISION|REGIMENT|GUARDS?|MISSION|AUTHORITY|SECRETARIAT|COALITION|NETWORK|FOUNDATION|SOCIETY|CONFERENCE|INTERNATIONAL|WATCH|RELIEF|TRUST|SOLIDARITY|ACTION|BROTHERHOOD|JIHAD|MARTYRS|CHURCH|CABINET|ADMINISTRATION|REGIME|TALIBAN|QAEDA|HAMAS|HEZBOLLAH|COMPANY|CORPORATION|INC\.?|LTD\.?|CLUB|NATIONS|STATES|UNIVERSITY|COLLEGE|SCHOOL|HOSPITAL|CROSS|CRESCENT|MILITIA|REBELS|BOARD|BUREAU|CHAMBER|SYNDICATE|CONFEDERATION|MEDIA|NEWS|RADIO|TELEVISION|TV|PRESS|TIMES|KREMLIN|PENTAGON|INITIATIVE|PARTNERSHIP|PROJECT|CAMPAIGN|FORUM|PANEL|PACT|TREATY|SECURITY|COMMAND|DIRECTORATE|INTELLIGENCE|GOVT)(_|$)/
const NOT_A_NAME =
  /(^|_)(ADMINISTRATION|GOVERNMENT|REGIME|CABINET|FAMILY|SUPPORTERS|CAMP|LOYALISTS|FORCES|FOLLOWERS)(_|$)/

/** Sectors that make an organisation relevant to Parley (state bodies, parties, armed groups, IGOs). */
const ORG_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'PTY', 'OPP', 'REB', 'INS', 'UAF', 'SPY', 'COP', 'SEP'])
/** People whose every dated code ends before this are left out as historical. */
const HISTORICAL_BEFORE = '1990-01-01'

export interface ActorsBuild {
  actors: PhoenixActors
  dropped: Map<string, string[]>
  stats: { people: number; peopleWithRoles: number; organizations: number; states: number }
}

function words(phrase: string): string[] {
  return phrase.replace(/_+/g, ' ').trim().split(/\s+/).filter(Boolean)
}

type Kind = 'person' | 'organization' | 'office'

function classify(e: RawEntry, nationalities: Set<string>): Kind {
  const primary = stripTitles(e.names[0]!.replace(/_+$/, ''), nationalities) ?? e.names[0]!
  if (ORG_WORDS.test(primary)) return 'organization'
  if (e.names.every((n) => isOfficePhrase(n.replace(/_+$/, ''), nationalities))) return 'office'
  const person = e.comments.some((c) => c.includes('CountryInfo')) ||
    e.codes.some((c) => c.code.endsWith('ELI') || c.from !== null || c.to !== null) ||
    (words(primary).length >= 2 && words(primary).length <= 5 && !/[$\d]/.test(primary))
  return person && words(primary).length >= 2 ? 'person' : 'organization'
}

export function buildActors(countries: RawEntry[], international: RawEntry[], warn: (w: Warning) => void): ActorsBuild {
  const dropped = new Map<string, string[]>()
  const drop = (reason: string, name: string): void => { dropped.set(reason, [...(dropped.get(reason) ?? []), name]) }
  const st = buildStates(countries, warn)
  for (const d of st.dropped) for (const n of d.names) drop(d.reason, n)
  const byId = new Map<string, PhoenixActor>()
  for (const s of st.states) byId.set(s.id, s)
  const organizationsByCode = new Map<string, string>()
  const add = (a: PhoenixActor): PhoenixActor => {
    const prev = byId.get(a.id)
    if (prev && prev.kind === a.kind && prev.country === a.country) {
      const have = new Set([prev.name, ...prev.aliases].map(normalizeName))
      prev.aliases.push(...a.aliases.filter((x) => !have.has(normalizeName(x))))
      prev.codes.push(...a.codes.filter((c) => !prev.codes.includes(c)))
      return prev
    }
    const base = prev ? `${a.id}-${(a.country ?? 'intl').toLowerCase()}` : a.id
    a.id = base
    for (let n = 2; byId.has(a.id); n++) a.id = `${base}-${n}`
    byId.set(a.id, a)
    return a
  }

  for (const e of [...countries, ...international]) {
    if (st.used.has(e)) continue
    const primary = e.names[0]!
    if (e.codes.length === 0) { drop('no code (PETRARCH2 codes nothing for it)', primary); continue }
    const kind = classify(e, st.nationalities)
    if (kind === 'office') { drop('a title, not an actor ("US_SECRETARY_OF_DEFENSE")', primary); continue }
    const decoded = e.codes.map((c) => decodeCode(c.code))
    const counts = new Map<string, number>()
    for (const d of decoded) if (d.country) counts.set(d.country, (counts.get(d.country) ?? 0) + 1)
    const country = [...counts.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]?.[0] ?? null
    const igo = decoded.some((d) => d.international === 'IGO')
    const codes = e.codes.map(formatCode)
    const at = `${e.file[0]}:${e.line}`
    if (!country && !igo) {
      drop('no current country and no IGO code (NGOs, companies, historical or fictional states)', primary)
      continue
    }
    if (kind === 'organization') {
      const phrases = e.names.map((n) => n.replace(/^THE_/, '').replace(/_+$/, '')).filter((n) => n.length >= 3)
      const relevant = igo || decoded.some((d) => d.sectors.some((x) => ORG_SECTORS.has(x)))
      if (!relevant) { drop('organisation outside politics (business, media, NGO, …)', primary); continue }
      if (phrases.length === 0 || phrases.some((p) => /[$\d]/.test(p))) {
        drop('organisation name too short or not a name', primary)
        continue
      }
      const long = phrases.find((p) => words(p).length > 1) ?? phrases[0]!
      if (words(long).length === 1 && long.length > 6 && !ORG_WORDS.test(long)) {
        drop('one-word organisation name that may be a common word or a person', primary)
        continue
      }
      const name = restoreCase(long, { org: true })
      const a = add({
        id: slugify(name), name, kind, country: igo ? null : country,
        aliases: uniqueAliases(name, phrases.map((p) => restoreCase(p, { org: true }))), codes, at,
      })
      if (igo && e.file === 'international') {
        for (const c of e.codes) if (!organizationsByCode.has(c.code)) organizationsByCode.set(c.code, a.id)
      }
      continue
    }
    const dated = e.codes.filter((c) => c.from !== null || c.to !== null)
    if (dated.length > 0 && dated.every((c) => c.to !== null && c.to < HISTORICAL_BEFORE)) {
      drop(`historical person (every dated code ends before ${HISTORICAL_BEFORE})`, primary)
      continue
    }
    const forms = e.names
      .filter((n) => !NOT_A_NAME.test(n))
      .map((n) => stripTitles(n.replace(/_+$/, ''), st.nationalities))
      .filter((n): n is string => n !== null && words(n).length >= 2)
    if (forms.length === 0) { drop('person known by one word only (a bare surname)', primary); continue }
    const lowerAfterHyphen = country === 'KOR' || country === 'PRK'
    const readable = forms.map((f) => restoreCase(f, { lowerAfterHyphen }))
    const name = readable[0]!
    add({ id: slugify(name), name, kind, country, aliases: uniqueAliases(name, readable), codes, at })
  }
  const all = [...byId.values()]
  const pick = (k: PhoenixActor['kind']): PhoenixActor[] =>
    all.filter((a) => a.kind === k).sort((a, b) => byString(a.id, b.id))
  const orgIds = new Set(all.filter((a) => a.kind === 'organization').map((a) => a.id))
  const byCode = [...organizationsByCode.entries()]
    .filter(([, id]) => orgIds.has(id))
    .sort((a, b) => byString(a[0], b[0]))
  const actors: PhoenixActors = {
    source: petrarchSource([SOURCE_FILES.countries, SOURCE_FILES.international],
      'parsed by scripts/convert-petrarch.ts: ' +
      'case restored, titles stripped from synonyms, codes kept with ISO dates; see data/petrarch/README.md'),
    organizationsByCode: Object.fromEntries(byCode),
    states: pick('state'),
    organizations: pick('organization'),
    people: pick('person'),
  }
  return {
    actors,
    dropped,
    stats: {
      people: actors.people.length,
      peopleWithRoles: actors.people.filter((p) => p.codes.some((c) => c.includes(' '))).length,
      organizations: actors.organizations.length,
      states: actors.states.length,
    },
  }
}

function uniqueAliases(name: string, forms: string[]): string[] {
  const seen = new Set([normalizeName(name)])
  const out: string[] = []
  for (const f of forms) {
    const k = normalizeName(f)
    if (k.length < 3 || seen.has(k)) continue
    seen.add(k)
    out.push(f)
  }
  return out
}
