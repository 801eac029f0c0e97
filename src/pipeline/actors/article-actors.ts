// The article's actors (guideline D10): the participants — speakers of kept statements, sources and targets of kept
// events — plus, for each participating person, the state or organisation he or she represents when the article
// names it in any form (a name, a capital, an adjective: "Russian Foreign Minister …" gives Russia). Background
// states, threat sources, sites, venues and people named only inside someone's quote are not actors.
import type { ExtractedActor } from '../types.ts'
import type { SentenceCtx } from '../doc.ts'
import { profileOf, stateOf, type Cast } from './cast.ts'
import type { Mention } from './mentions.ts'
import { isVenueOrg } from './venues.ts'
import { sideOf } from './sides.ts'
import { alternatives, lexiconWords } from '../resources/lexicon.ts'

const MEDIA = new RegExp(`\\b(?:${alternatives(lexiconWords('references', 'mediaDescriptions'))})\\b`, 'i')
// a state named as a place still acts or is acted upon in "the war in Georgia", "a radar in Poland"
const ACTION_NOUN = lexiconWords('places', 'actionNouns')

/** A mention naming an actor as an actor: not a venue or framework organisation ("the G20 summit"), not a place. */
function isActorMention(s: SentenceCtx, m: Mention, cast: Cast): boolean {
  if (!m.actorId || m.kind === 'pronoun') return false
  const rec = cast.profiles.get(m.actorId)?.record
  if (!rec || MEDIA.test(rec.description ?? '')) return false
  if (isVenueOrg(s.tokens, m, rec.kind)) return false
  const ctx = s.tokens.slice(Math.max(0, m.ti - 5), m.ti).map((t) => t.norm)
  if (m.locative) return ctx.slice(-5).some((w) => ACTION_NOUN.has(w))
  return true
}

/** Ids of the actors the article's content sentences name as actors (not as places, venues or news outlets): the
 *  candidates the event and statement stages may use; the final list keeps only the participants among them. */
export function mentionedActorIds(sents: SentenceCtx[], cast: Cast): string[] {
  const ids = new Set<string>()
  for (const s of sents) if (!s.skip) for (const m of s.mentions) if (isActorMention(s, m, cast)) ids.add(m.actorId!)
  return [...ids].sort()
}

/** Ids of every actor the article names (any non-pronoun mention, headlines included); fills `titled` with the
 *  states and organisations written in each person's titles. */
function namedIds(sents: SentenceCtx[], cast: Cast, titled: Map<string, string[]>): Set<string> {
  const ids = new Set<string>()
  for (const s of sents) {
    for (const m of s.mentions) {
      if (m.kind !== 'pronoun' && m.actorId) ids.add(m.actorId)
      for (const a of m.affiliations ?? []) ids.add(a)
      if (m.actorId && m.affiliations?.length) {
        titled.set(m.actorId, [...titled.get(m.actorId) ?? [], ...m.affiliations])
      }
      const state = m.kind === 'description' ? stateOf(cast.res, m.country) : null
      if (state) ids.add(state)
    }
  }
  return ids
}

/** The article's actors: the `participants` ids and the named affiliation of each participating person. */
export function articleActors(sents: SentenceCtx[], cast: Cast, participants: Iterable<string>): ExtractedActor[] {
  const ids = new Set<string>()
  const titled = new Map<string, string[]>()
  const named = namedIds(sents, cast, titled)
  // a person the gazetteer does not place: the state named in his or her title ("Russian analyst X")
  const titleState = (id: string) => titled.get(id)?.find((a) => cast.res.byId.get(a)?.kind === 'state') ?? null
  for (const id of participants) {
    const p = cast.profiles.get(id)
    if (!p) continue
    ids.add(id)
    if (p.record.kind !== 'person') continue
    const side = sideOf(cast, id) ?? titleState(id)
    if (side && side !== id && named.has(side)) ids.add(side)
  }
  const out: ExtractedActor[] = []
  for (const id of ids) {
    const rec = cast.res.byId.get(id)
    const p = cast.profiles.get(id) ?? (rec ? profileOf(rec, cast.published, null, false) : null)
    if (!p || MEDIA.test(p.record.description ?? '')) continue
    const { name, kind, country } = p.record
    out.push({ id, name, kind, country, role: p.role, discovered: p.discovered, record: p.record })
  }
  return out
}
