// A description ("the Russian leader", "a U.S. official", "Both presidents") → the most recent compatible person
// (within six sentences), else a compatible person named later (cataphora), else the gazetteer person holding the
// matching role on the article date ("the Russian president" in 2010 → Medvedev).
import type { SentenceCtx } from '../doc.ts'
import type { ActorRecord } from '../types.ts'
import type { Mention } from './mentions.ts'
import { aliasIndex } from './mentions.ts'
import { profileOf, stateOf, type Cast } from './cast.ts'
import { compatible } from './role-match.ts'
import type { PersonMention } from './pronouns.ts'
import { roleAt } from '../resources/roles.ts'
import { alternatives, lexiconWords } from '../resources/lexicon.ts'

const ARTICLES = lexiconWords('grammar', 'articles')
const GENERIC_HEADS = lexiconWords('titles', 'genericHeads')
const TOP_RANKS = new RegExp(alternatives(lexiconWords('titles', 'topRankWords')), 'i')
const PAIR = lexiconWords('titles', 'pairDeterminers')
const PAIR_NUMBERS = lexiconWords('titles', 'pairNumbers')
/** Description heads that, left unresolved, stand for the official's state (D11). */
const OFFICIAL_HEADS = lexiconWords('titles', 'unnamedOfficialHeads')
const INDEFINITE = lexiconWords('grammar', 'indefiniteArticles')

/** How many person mentions back "Both presidents" looks for its two, and how many ahead a description looks for
 *  the person it announces (cataphora). */
const PAIR_WINDOW = 256
const LATER_WINDOW = 256

/** "Both presidents", "the two leaders": the two latest compatible people; other plurals: the state or org. */
function resolvePlural(m: Mention, cast: Cast, people: PersonMention[]): void {
  const mods = m.modifiers ?? []
  if (mods.some((w) => PAIR.has(w)) || (mods.some((w) => PAIR_NUMBERS.has(w)) && mods.includes('the'))) {
    const ids: string[] = []
    for (let k = people.length - 1; k >= Math.max(0, people.length - PAIR_WINDOW) && ids.length < 2; k--) {
      const id = people[k]!.id
      if (!ids.includes(id) && compatible(cast.profiles.get(id), m)) ids.push(id)
    }
    if (ids.length === 2) m.members = ids.reverse()
  } else m.actorId = m.org ?? stateOf(cast.res, m.country)
}

/** The first of the people named from sentence `sent` on (`later` is in sentence order) that `ok` accepts. */
function named(later: { id: string; sent: number }[], sent: number, ok: (id: string) => boolean) {
  let lo = 0
  let hi = later.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (later[mid]!.sent >= sent) hi = mid
    else lo = mid + 1
  }
  for (let k = lo; k < Math.min(later.length, lo + LATER_WINDOW); k++) if (ok(later[k]!.id)) return later[k]
  return undefined
}

/** Gazetteer people holding, on the article date, a role the description fits (memoised by its wording). */
function holders(m: Mention, cast: Cast, memo: Map<string, ActorRecord[]>): ActorRecord[] {
  const key = `${m.head}|${m.country}|${m.org}|${(m.modifiers ?? []).join(' ')}`
  const hit = memo.get(key)
  if (hit) return hit
  const { published } = cast
  let cands = aliasIndex(cast.res).persons.filter((p) => roleAt(p, published) &&
    compatible(profileOf(p, published, null, false), m))
  if (cands.length > 1 && m.modifiers?.includes('top')) {
    cands = cands.filter((p) => !TOP_RANKS.test(roleAt(p, published)?.title ?? ''))
  }
  memo.set(key, cands)
  return cands
}

export function resolveDescription(
  m: Mention, s: SentenceCtx, cast: Cast, people: PersonMention[], later: { id: string; sent: number }[],
  memo: Map<string, ActorRecord[]>,
): void {
  const ok = (id: string) => compatible(cast.profiles.get(id), m)
  if (m.plural) return resolvePlural(m, cast, people)
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k]!
    if (s.index - p.sent > 6) break
    if (ok(p.id)) {
      m.actorId = p.id
      return
    }
  }
  const generic = GENERIC_HEADS.has(m.head ?? '') && !m.country && (m.modifiers ?? []).every((w) => ARTICLES.has(w))
  if (generic) return
  const next = named(later, s.index, ok)
  if (next) {
    m.actorId = next.id
    return
  }
  // "a NATO diplomat", "a State Department spokesperson": indefinite, so nobody in particular — not a gazetteer
  // office-holder the article never names (D11)
  const indefinite = (m.modifiers ?? []).some((w) => INDEFINITE.has(w))
  const cands = indefinite ? [] : holders(m, cast, memo)
  if (cands.length === 1) {
    const p = cands[0]!
    if (!cast.profiles.has(p.id)) cast.profiles.set(p.id, profileOf(p, cast.published, null, false))
    m.actorId = p.id
    m.confidence = 0.6
    return
  }
  unnamedOfficial(m, cast)
}

/** An official the article never names ("a senior Russian official", "a State Department spokesman", "the Kenyan
 *  foreign minister") stands for the state he or she serves (guideline D11), or for an international organisation
 *  ("a NATO official"); a national ministry or agency in the description gives its state. */
function unnamedOfficial(m: Mention, cast: Cast): void {
  if (!m.head || !OFFICIAL_HEADS.has(m.head)) return
  const org = m.org ? cast.res.byId.get(m.org) : undefined
  const id = org && !org.country ? org.id : stateOf(cast.res, m.country ?? org?.country)
  if (!id || !cast.res.byId.has(id)) return
  if (!cast.profiles.has(id)) cast.profiles.set(id, profileOf(cast.res.byId.get(id)!, cast.published, null, false))
  m.actorId = id
  m.confidence = 0.5
}
