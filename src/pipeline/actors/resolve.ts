// Pass 2 of actor resolution, in reading order: ambiguous names and surnames by the article date (already named in
// the article > holds a role on the date), descriptions (description-resolution.ts), pronouns (pronouns.ts),
// groups (groups.ts); organisations named as venues are dropped, states named as places marked locative.
import type { SentenceCtx } from '../doc.ts'
import type { ActorRecord } from '../types.ts'
import type { Mention } from './mentions.ts'
import { findPronouns } from './mentions.ts'
import { findDescriptions } from './descriptions.ts'
import { isPlace, isVenueOrg } from './venues.ts'
import { ensureProfile, profileOf, stateOf, type Cast, type Lexicon } from './cast.ts'
import { isSubject, resolvePronoun, type PersonMention } from './pronouns.ts'
import { resolveDescription } from './description-resolution.ts'
import { addGroups } from './groups.ts'
import { roleAt } from '../resources/roles.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const COMMON_SURNAME_WORDS = lexiconWords('names', 'commonWordSurnames')

/** Chooses among gazetteer candidates: already in the article > holds a role on the date > first. */
function pick(cands: string[], res: Lexicon, published: string, seen: Set<string>, surname: boolean): string | null {
  if (cands.length === 0) return null
  const inArticle = cands.filter((c) => seen.has(c))
  if (inArticle.length >= 1) return inArticle[0]!
  const withRole = cands.filter((c) => {
    const r = res.byId.get(c)
    return r && (r.kind !== 'person' || roleAt(r, published))
  })
  if (withRole.length === 1) return withRole[0]!
  if (surname) return null
  return (withRole[0] ?? cands[0])!
}

/** Names and surnames → gazetteer ids; returns every person named, in order (for cataphora). */
function resolveNames(sents: SentenceCtx[], cast: Cast): { id: string; sent: number }[] {
  const { res, published, profiles } = cast
  const seen = new Set<string>()
  for (const s of sents) {
    for (const m of s.mentions) {
      // a full name of one candidate: the person is "already named" for the surnames of the article
      if (m.kind === 'name' && m.candidates.length === 1 && m.tj - m.ti > 1) seen.add(m.candidates[0]!)
    }
  }
  const later: { id: string; sent: number }[] = []
  for (const s of sents) {
    for (const m of s.mentions) {
      // "Work is going ahead": a sentence-initial common word is a surname only once the person was named in full
      const initial = (m.ti === 0 || (m.ti === 1 && !s.tokens[0]!.word)) &&
        COMMON_SURNAME_WORDS.has(s.tokens[m.ti]!.norm)
      const unnamed = initial && !m.candidates.some((c) => seen.has(c))
      if (m.kind !== 'surname') m.actorId = pick(m.candidates, res, published, seen, false)
      else m.actorId = unnamed ? null : pick(m.candidates, res, published, seen, true)
      if (!m.actorId) continue
      if (!profiles.has(m.actorId)) {
        const rec = res.byId.get(m.actorId)
        if (rec) profiles.set(m.actorId, profileOf(rec, published, null, false))
      }
      seen.add(m.actorId)
      if (profiles.get(m.actorId)?.record.kind === 'person') later.push({ id: m.actorId, sent: s.index })
    }
  }
  return later
}

/** Pass 2 (reading order): names, surnames, descriptions, pronouns → actor ids. */
export function resolveAll(sents: SentenceCtx[], cast: Cast): void {
  const { res, profiles } = cast
  const later = resolveNames(sents, cast)
  const people: PersonMention[] = []
  const holders = new Map<string, ActorRecord[]>()
  const orgCountry = (id: string) => (profiles.get(id)?.country ?? res.byId.get(id)?.country ?? null)
  const intlOrg = (id: string) => (res.byId.get(id)?.kind === 'organization' && !res.byId.get(id)?.country ? id : null)
  for (const s of sents) {
    const names = s.mentions.filter((m) => m.actorId)
    const descs = findDescriptions(s.tokens, s.text, s.start, names, orgCountry, intlOrg)
    const covered = (p: Mention) => names.some((n) => p.ti >= n.ti && p.ti < n.tj) ||
      descs.some((d) => p.ti >= d.ti && p.ti < d.tj)
    const pron = findPronouns(s.tokens).filter((p) => !covered(p))
    const kept = names.filter((n) => !descs.some((d) => n.ti >= d.ti && n.tj <= d.tj))
    const all = [...kept, ...descs, ...pron].sort((a, b) => a.ti - b.ti)
    let subjectTaken = false
    for (const m of all) {
      if (m.kind === 'description') resolveDescription(m, s, cast, people, later, holders)
      else if (m.kind === 'group') m.actorId = stateOf(res, m.country)
      else if (m.kind === 'pronoun') resolvePronoun(m, s, cast, people, all, sents[s.index - 1])
      const subj = !subjectTaken && isSubject(s, m) && !m.possessive && (m.actorId !== null || !!m.members)
      if (subj) subjectTaken = true
      if (m.actorId && m.kind !== 'group' && profiles.get(m.actorId)?.record.kind === 'person') {
        people.push({ id: m.actorId, sent: s.index, ti: m.ti, subj })
      }
    }
    s.mentions = all.filter((m) => !isVenue(s, m, cast))
    addGroups(s, cast)
    for (const m of s.mentions) for (const id of m.members ?? (m.actorId ? [m.actorId] : [])) ensureProfile(cast, id)
  }
}

/** "the G20 summit", "in the framework of the Russia-NATO Council": organisations named as venues (dropped); states
 *  and organisations named as places are marked locative. */
function isVenue(s: SentenceCtx, m: Mention, cast: Cast): boolean {
  if (!m.actorId) return false
  const rec = cast.profiles.get(m.actorId)?.record
  if (!rec) return false
  if (isVenueOrg(s.tokens, m, rec.kind)) return true
  if (rec.kind !== 'person' && isPlace(s.tokens, m, s.mentions)) m.locative = true
  // "in Los Cabos, Mexico": a country after a place name
  const p1 = s.tokens[m.ti - 1]
  const p2 = s.tokens[m.ti - 2]
  if (rec.kind === 'state' && p1?.text === ',' && p2?.word && p2.cap &&
    !s.mentions.some((o) => o.tj === m.ti - 1)) m.locative = true
  return false
}
