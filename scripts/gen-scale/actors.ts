// The actor universe of a synthetic dataset: the project's gazetteer (real states, organisations and
// people with date-bounded roles) at the head of a long tail of synthetic actors. Each actor has an
// activity weight (Zipf over its rank), an active period (people act only while in public life) and a
// few preferred counterparts, which makes dyads skewed the way news coverage is.
import { loadResources } from '../../src/pipeline/resources/load.ts'
import { periodEnd, periodStart } from '../../src/domain/calendar.ts'
import type { ActorKind } from '../../src/domain/actor-kind.ts'
import {
  FIRST_NAMES,
  LAST_NAMES,
  ORG_TEMPLATES,
  INTERNATIONAL_BODIES,
  REGIONS,
  ROLE_TEMPLATES,
  SYLLABLES,
  STATE_SUFFIXES,
} from './words.ts'
import { geometric, pickOne, prng, WeightedSampler, zipfWeights } from './random.ts'
import { dayOf, isoDay } from './days.ts'

export interface GenRole {
  title: string
  affiliation: string | null
  country: string | null
  validFrom: string | null
  validTo: string | null
}

export interface GenActor {
  id: string
  name: string
  kind: ActorKind
  country: string | null
  wikidataId: string | null
  description: string | null
  aliases: string[]
  roles: GenRole[]
  /** days (since 1970-01-01) between which the actor appears in the news */
  activeFrom: number
  activeTo: number
  /** indexes (into the universe) of preferred counterparts, most preferred first */
  partners: number[]
}

export interface ActorUniverse {
  actors: GenActor[]
  /** draws an actor index by activity weight */
  sampler: WeightedSampler
}

/** States that lead coverage, most covered first (those the gazetteer has). */
const LEADING_STATES = [
  'united-states',
  'russia',
  'china',
  'ukraine',
  'united-kingdom',
  'france',
  'germany',
  'iran',
  'israel',
  'japan',
  'india',
  'turkey',
  'north-korea',
  'poland',
  'syria',
  'south-korea',
]

/** States of the gazetteer that ceased to exist: they act until then. */
const DISSOLVED: Record<string, string> = { 'soviet-union': '1991-12-26' }

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1)

/** How many actors a dataset of `events` events has: the gazetteer, or one per 40 events if more. */
export const actorCount = (events: number, gazetteer: number) => Math.max(gazetteer, Math.round(events / 40))

export function buildActors(opts: { events: number; seed: number; firstDay: number; lastDay: number }): ActorUniverse {
  const rand = prng(opts.seed ^ 0x5eed0001)
  const { firstDay, lastDay } = opts
  const gazetteer = loadResources().actors
  const ids = new Set(gazetteer.map((a) => a.id))
  const names = new Set(gazetteer.map((a) => a.name))
  const uniqueId = (base: string) => {
    let id = base
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`
    ids.add(id)
    return id
  }

  const fromGazetteer = (a: (typeof gazetteer)[number]): GenActor => {
    const roles = a.roles.map((r) => ({
      title: r.title,
      affiliation: r.affiliation ?? null,
      country: r.country ?? null,
      validFrom: r.from ? periodStart(r.from) : null,
      validTo: r.to ? periodEnd(r.to) : null,
    }))
    const person = a.kind === 'person' && roles.length > 0
    const from = person ? Math.min(...roles.map((r) => (r.validFrom ? dayOf(r.validFrom) : firstDay))) : firstDay
    const to = person ? Math.max(...roles.map((r) => (r.validTo ? dayOf(r.validTo) : lastDay))) : lastDay
    // someone whose public life ended before the range still needs a window inside it
    const activeFrom = Math.min(Math.max(from, firstDay), lastDay - 365)
    const dissolved = DISSOLVED[a.id]
    if (dissolved) return { ...base(a, roles), activeFrom: firstDay, activeTo: dayOf(dissolved) }
    return { ...base(a, roles), activeFrom, activeTo: Math.max(activeFrom + 365, Math.min(to, lastDay)) }
  }
  const base = (a: (typeof gazetteer)[number], roles: GenRole[]) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    country: a.country,
    wikidataId: a.wikidataId ?? null,
    description: a.description ?? null,
    aliases: a.aliases,
    roles,
    partners: [] as number[],
  })

  const leading = LEADING_STATES.flatMap((id) => gazetteer.filter((a) => a.id === id))
  const otherStates = gazetteer.filter((a) => a.kind === 'state' && !LEADING_STATES.includes(a.id))
  const others = gazetteer.filter((a) => a.kind !== 'state')
  // the head: leading states, then the rest of the gazetteer, states and the others interleaved 1:2
  const head: GenActor[] = leading.map(fromGazetteer)
  for (let i = 0, j = 0; i < otherStates.length || j < others.length;) {
    if (i < otherStates.length) head.push(fromGazetteer(otherStates[i++]!))
    for (let k = 0; k < 2 && j < others.length; k++) head.push(fromGazetteer(others[j++]!))
  }

  const synthetic = Math.max(0, actorCount(opts.events, gazetteer.length) - head.length)
  const nStates = Math.min(130, Math.round(synthetic * 0.006))
  const nOrgs = Math.round(synthetic * 0.1)
  const nPeople = synthetic - nStates - nOrgs
  const tail: GenActor[] = []
  const full = {
    activeFrom: firstDay,
    activeTo: lastDay,
    partners: [] as number[],
    roles: [] as GenRole[],
    wikidataId: null,
  }

  const states = head.filter((a) => a.kind === 'state')
  for (let i = 0; i < nStates; i++) {
    let name = ''
    do {
      const n = 2 + Math.floor(rand() * 2)
      name = capitalize(
        Array.from({ length: n }, () => pickOne(rand(), SYLLABLES)).join('') + pickOne(rand(), STATE_SUFFIXES),
      )
    } while (names.has(name))
    names.add(name)
    const code = `X${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`
    const state: GenActor = {
      ...full,
      id: uniqueId(slug(name)),
      name,
      kind: 'state',
      country: code,
      description: 'A synthetic state (gen:scale).',
      aliases: [`Republic of ${name}`, `the ${name}n government`],
    }
    tail.push(state)
    states.push(state)
  }
  // people and national bodies belong to states, prominent states more often
  const stateSampler = new WeightedSampler(zipfWeights(states.length, 0.9, 2))
  const stateOf = () => states[stateSampler.pick(rand())]!

  for (let i = 0; tail.length < nStates + nOrgs; i++) {
    const national = rand() < 0.85
    let state: GenActor | null = null
    let name = ''
    // a fresh name when one can be drawn, else a numbered one ("… 2") once the combinations run out
    for (let tries = 0; tries < 20 && (!name || names.has(name)); tries++) {
      state = national ? stateOf() : null
      name = state
        ? pickOne(rand(), ORG_TEMPLATES).replace('{state}', state.name)
        : `${pickOne(rand(), REGIONS)} ${pickOne(rand(), INTERNATIONAL_BODIES)}`
    }
    if (names.has(name)) name = `${name} ${2 + Math.floor(i / 1000)}`
    if (names.has(name)) continue
    names.add(name)
    const acronym = name
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('')
    tail.push({
      ...full,
      id: uniqueId(slug(name)),
      name,
      kind: 'organization',
      country: state?.country ?? null,
      description: state ? `A national body of ${state.name} (synthetic).` : 'An international body (synthetic).',
      aliases: acronym.length >= 2 ? [acronym] : [],
    })
  }

  for (let i = 0; i < nPeople; i++) {
    const first = pickOne(rand(), FIRST_NAMES)
    const last = pickOne(rand(), LAST_NAMES)
    let name = `${first} ${last}`
    if (names.has(name)) name = `${first} ${String.fromCharCode(65 + Math.floor(rand() * 26))}. ${last}`
    names.add(name)
    const state = stateOf()
    const start = firstDay - 5 * 365 + Math.floor(rand() * (lastDay - firstDay + 3 * 365))
    const activeFrom = Math.max(firstDay, Math.min(start, lastDay - 365))
    const activeTo = Math.min(lastDay, activeFrom + 365 * (3 + geometric(rand(), 0.12, 30)) + Math.floor(rand() * 365))
    const roles: GenRole[] = []
    const nRoles = 1 + Math.floor(rand() * 3)
    const span = Math.max(1, Math.floor((activeTo - activeFrom) / nRoles))
    for (let r = 0; r < nRoles; r++) {
      const international = rand() < 0.1
      const title = international
        ? `${pickOne(rand(), ['Special Envoy', 'Representative', 'Secretary General'])} of the ` +
          `${pickOne(rand(), REGIONS)} ${pickOne(rand(), INTERNATIONAL_BODIES)}`
        : pickOne(rand(), ROLE_TEMPLATES).replace('{state}', state.name)
      const from = activeFrom + r * span
      const open = r === nRoles - 1 && activeTo >= lastDay
      roles.push({
        title,
        affiliation: international ? null : `Government of ${state.name}`,
        country: international ? null : state.country,
        validFrom: isoDay(from),
        validTo: open ? null : isoDay(Math.min(activeTo, from + span - 1)),
      })
    }
    const initial = `${first[0]}. ${last}`
    tail.push({
      ...full,
      id: uniqueId(slug(name)),
      name,
      kind: 'person',
      country: state.country,
      roles,
      activeFrom,
      activeTo,
      description: `${roles[0]!.title} (synthetic person).`,
      aliases: [initial],
    })
  }
  // the tail's order (its ranks) is shuffled so that kinds mix along it
  for (let i = tail.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[tail[i], tail[j]] = [tail[j]!, tail[i]!]
  }

  const actors = [...head, ...tail]
  const sampler = new WeightedSampler(zipfWeights(actors.length, 1.05, 3))
  for (let i = 0; i < actors.length; i++) {
    const partners = new Set<number>()
    for (let tries = 0; partners.size < 6 && tries < 40; tries++) {
      const p = sampler.pick(rand())
      if (p !== i) partners.add(p)
    }
    actors[i]!.partners = [...partners]
  }
  return { actors, sampler }
}
