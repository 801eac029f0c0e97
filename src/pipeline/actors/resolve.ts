// Stage 3b: resolves the mentions of a whole article to actors — ambiguous names and surnames by the
// article date, descriptions ("the Russian leader") to the most recent compatible person (then a later
// one, then the gazetteer role held on the date), pronouns to the most salient compatible person,
// discovered people (apposition fallback) — and builds the article's ExtractedActor list.
import type { ActorRecord, ExtractedActor } from '../types.ts'
import type { Mention } from './mentions.ts'
import { aliasIndex, findNames, findPronouns, mk as mkMention } from './mentions.ts'
import { findDescriptions } from './descriptions.ts'
import { discoverPersons, slug, titleBefore, appositionAfter } from './titles.ts'
import { NATIONALITIES } from './nationalities.ts'
import { z } from 'zod'
import { alternatives, lexiconTable, lexiconWords } from '../resources/lexicon.ts'
import { roleAt } from '../resources/load.ts'
import { compatible, type Profile } from './role-match.ts'
import { isPlace, isVenueOrg } from './venues.ts'
import { ensureProfile, profileOf, stateOf, type Cast, type Lexicon } from './cast.ts'
import { type SentenceCtx } from '../doc.ts'

const MEDIA = new RegExp(`\\b(?:${alternatives(lexiconWords('references', 'mediaDescriptions'))})\\b`, 'i')
// a state named as a place still acts or is acted upon in "the war in Georgia", "a radar in Poland"
const ACTION_NOUN = lexiconWords('places', 'actionNouns')
const COMMON_SURNAME_WORDS = lexiconWords('names', 'commonWordSurnames')
const PREPOSITIONS = lexiconWords('grammar', 'prepositions')
const ARTICLES = lexiconWords('grammar', 'articles')
const GENERIC_HEADS = lexiconWords('titles', 'genericHeads')
const TOP_RANKS = new RegExp(alternatives(lexiconWords('titles', 'topRankWords')), 'i')
const WEST_NEXT = lexiconWords('references', 'westernNouns')
const WEST = [...lexiconWords('references', 'westMembers')]
const THEY_SAY = lexiconWords('speech', 'theySpeechForms')
const THEY_VERB_GROUP = lexiconWords('grammar', 'theyVerbGroup')
const PRONOUN_GENDER = lexiconTable('grammar', 'pronounGenders', z.enum(['m', 'f']))
const THING_PRONOUNS = lexiconWords('grammar', 'thingPronouns')

/** Pass 1: names, discovered people, titles; creates the article's profiles. */
export function findNamed(sents: SentenceCtx[], res: Lexicon, published: string, profiles: Map<string, Profile>): void {
  const idx = aliasIndex(res)
  const dynamicSurnames = new Map<string, string>()
  for (const s of sents) {
    const names = findNames(s.tokens, s.text, s.start, idx)
    for (const d of discoverPersons(s.tokens, names)) {
      const id = slug(d.name)
      const known = res.byId.get(id)
      if (!profiles.has(id)) {
        const rec: ActorRecord = known ?? { id, name: d.name, kind: 'person', country: d.country, aliases: [], roles: d.title ? [{ title: d.title, country: d.country }] : [] }
        profiles.set(id, profileOf(rec, published, d.title || null, !known))
      }
      const surname = d.name.split(' ').pop()!
      dynamicSurnames.set(surname.toLowerCase(), id)
      const m = mkMention(s.tokens, d.nameTi, d.nameTj, 'name', [id], d.name)
      m.ti = d.ti
      m.start = s.tokens[d.ti]!.start
      m.tj = d.tj
      m.end = s.tokens[d.tj - 1]!.end
      m.title = d.title
      names.push(m)
    }
    s.mentions = names.sort((a, b) => a.ti - b.ti)
  }
  // dynamic surnames of discovered people, then titles before/appositions after person names
  for (const s of sents) {
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!
      const id = t.word && t.cap ? dynamicSurnames.get(t.norm) : undefined
      if (id && !s.mentions.some((m) => i >= m.ti && i < m.tj)) s.mentions.push(mkMention(s.tokens, i, i + 1, 'name', [id], t.text))
    }
    s.mentions.sort((a, b) => a.ti - b.ti)
    for (const m of s.mentions) {
      if (m.title || !m.candidates.some((c) => (res.byId.get(c) ?? profiles.get(c)?.record)?.kind === 'person')) continue
      const before = titleBefore(s.tokens, m.ti, s.mentions.filter((x) => x !== m))
      if (before && before.hasHead) {
        m.ti = before.ti
        m.start = s.tokens[before.ti]!.start
        m.title = before.title
      }
      const app = appositionAfter(s.tokens, m.tj, s.mentions)
      if (app) {
        m.tj = app.tj
        m.end = s.tokens[app.tj - 1]!.end
        m.title = m.title ?? app.span.title
      }
    }
    s.mentions = s.mentions.filter((m) => !s.mentions.some((o) => o !== m && o.ti <= m.ti && o.tj >= m.tj && o.tj - o.ti > m.tj - m.ti))
  }
}

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

function isSubject(s: SentenceCtx, m: Mention): boolean {
  const prev = s.tokens[m.ti - 1]
  return !m.locative && (!prev || !prev.word || !PREPOSITIONS.has(prev.norm))
}

/** Pass 2 (reading order): names, surnames, descriptions, pronouns → actor ids. */
export function resolveAll(sents: SentenceCtx[], cast: Cast): void {
  const { res, published, profiles } = cast
  const seen = new Set<string>()
  for (const s of sents) for (const m of s.mentions) if (m.kind === 'name' && m.candidates.length === 1 && m.tj - m.ti > 1) seen.add(m.candidates[0]!)
  const people: { id: string; sent: number; ti: number; subj: boolean }[] = []
  const ensure = (id: string) => {
    if (!profiles.has(id)) {
      const rec = res.byId.get(id)
      if (rec) profiles.set(id, profileOf(rec, published, null, false))
    }
  }
  // all person name mentions, for cataphora
  const later: { id: string; sent: number }[] = []
  for (const s of sents) {
    for (const m of s.mentions) {
      const initial = (m.ti === 0 || (m.ti === 1 && !s.tokens[0]!.word)) && COMMON_SURNAME_WORDS.has(s.tokens[m.ti]!.norm)
      m.actorId = m.kind === 'surname' ? (initial && !m.candidates.some((c) => seen.has(c)) ? null : pick(m.candidates, res, published, seen, true)) : pick(m.candidates, res, published, seen, false)
      if (m.actorId) {
        ensure(m.actorId)
        seen.add(m.actorId)
        if (profiles.get(m.actorId)?.record.kind === 'person') later.push({ id: m.actorId, sent: s.index })
      }
    }
  }
  const orgCountry = (id: string) => (profiles.get(id)?.country ?? res.byId.get(id)?.country ?? null)
  const intlOrg = (id: string) => (res.byId.get(id)?.kind === 'organization' && !res.byId.get(id)?.country ? id : null)
  for (const s of sents) {
    const names = s.mentions.filter((m) => m.actorId)
    const descs = findDescriptions(s.tokens, s.text, s.start, names, orgCountry, intlOrg)
    const pron = findPronouns(s.tokens).filter((p) => !names.some((n) => p.ti >= n.ti && p.ti < n.tj) && !descs.some((d) => p.ti >= d.ti && p.ti < d.tj))
    const kept = names.filter((n) => !descs.some((d) => n.ti >= d.ti && n.tj <= d.tj))
    const all = [...kept, ...descs, ...pron].sort((a, b) => a.ti - b.ti)
    let subjectTaken = false
    for (const m of all) {
      if (m.kind === 'description') resolveDescription(m, s, cast, people, later)
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

/** "the G20 summit", "in the framework of the Russia-NATO Council": organisations named as venues. */
function isVenue(s: SentenceCtx, m: Mention, cast: Cast): boolean {
  if (!m.actorId) return false
  const rec = cast.profiles.get(m.actorId)?.record
  if (!rec) return false
  if (isVenueOrg(s.tokens, m, rec.kind)) return true
  if (rec.kind !== 'person' && isPlace(s.tokens, m, s.mentions)) m.locative = true
  // "in Los Cabos, Mexico": a country after a place name
  const p1 = s.tokens[m.ti - 1]
  const p2 = s.tokens[m.ti - 2]
  if (rec.kind === 'state' && p1?.text === ',' && p2?.word && p2.cap && !s.mentions.some((o) => o.tj === m.ti - 1)) m.locative = true
  return false
}

/** Group mentions: "the West"/"western partners" → U.S. and NATO; "the Russians" → Russia. */
function addGroups(s: SentenceCtx, cast: Cast): void {
  const tk = s.tokens
  for (let i = 0; i < tk.length; i++) {
    if (s.mentions.some((m) => i >= m.ti && i < m.tj)) continue
    const t = tk[i]!
    let tj = -1
    let ids: string[] = []
    if (t.norm === 'west' && t.cap && tk[i - 1]?.norm === 'the') {
      tj = i + 1
    } else if (t.norm === 'western' && tk[i + 1]?.word && WEST_NEXT.has(tk[i + 1]!.norm)) {
      tj = i + 2
    } else if (t.cap && tk[i - 1]?.norm === 'the' && /s$/.test(t.norm) && NATIONALITIES.has(t.norm)) {
      const id = stateOf(cast.res, NATIONALITIES.get(t.norm)!.iso)
      if (id) ids = [id]
      tj = i + 1
    }
    if (tj < 0) continue
    if (ids.length === 0) ids = WEST.filter((id) => cast.res.byId.has(id))
    for (const id of ids) if (!cast.profiles.has(id)) cast.profiles.set(id, profileOf(cast.res.byId.get(id)!, cast.published, null, false))
    const m = mkMention(tk, i, tj, 'group', ids.length === 1 ? ids : [], s.text.slice(t.start - s.start, tk[tj - 1]!.end - s.start))
    if (ids.length > 1) m.members = ids
    m.confidence = 0.6
    s.mentions.push(m)
  }
  s.mentions.sort((a, b) => a.ti - b.ti)
}

function resolveDescription(m: Mention, s: SentenceCtx, cast: Cast, people: { id: string; sent: number; ti: number; subj: boolean }[], later: { id: string; sent: number }[]): void {
  const ok = (id: string) => compatible(cast.profiles.get(id), m)
  if (m.plural) {
    const mods = m.modifiers ?? []
    if (mods.includes('both') || (mods.includes('two') && mods.includes('the'))) {
      const ids: string[] = []
      for (let k = people.length - 1; k >= 0 && ids.length < 2; k--) if (!ids.includes(people[k]!.id) && ok(people[k]!.id)) ids.push(people[k]!.id)
      if (ids.length === 2) m.members = ids.reverse()
    } else m.actorId = m.org ?? stateOf(cast.res, m.country)
    return
  }
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
  const next = later.find((p) => p.sent >= s.index && ok(p.id))
  if (next) {
    m.actorId = next.id
    return
  }
  const idx = aliasIndex(cast.res)
  let cands = idx.persons.filter((p) => {
    if (!roleAt(p, cast.published)) return false
    return compatible(profileOf(p, cast.published, null, false), m)
  })
  if (cands.length > 1 && m.modifiers?.includes('top')) cands = cands.filter((p) => !TOP_RANKS.test(roleAt(p, cast.published)?.title ?? ''))
  if (cands.length === 1) {
    const p = cands[0]!
    if (!cast.profiles.has(p.id)) cast.profiles.set(p.id, profileOf(p, cast.published, null, false))
    m.actorId = p.id
    m.confidence = 0.6
  }
}

/** "they said": the previous sentence's plural subject ("Russia and China …", "Russian officials …"). */
function resolveThey(m: Mention, s: SentenceCtx, prev: SentenceCtx | undefined): void {
  let k = m.tj
  while (s.tokens[k] && THEY_VERB_GROUP.has(s.tokens[k]!.norm)) k++
  if (!prev || !THEY_SAY.has(s.tokens[k]?.norm ?? '')) return
  const ms = prev.mentions.filter((x) => (x.actorId || x.members) && x.kind !== 'pronoun' && !x.locative)
  const first = ms[0]
  if (!first) return
  const second = ms[1]
  const and = second && prev.tokens.slice(first.tj, second.ti).every((t) => t.norm === 'and' || t.norm === 'the')
  if (first.members) m.members = first.members
  else if (and && second?.actorId) m.members = [first.actorId!, second.actorId]
  else if (first.kind === 'group' || (first.kind === 'description' && first.plural)) m.actorId = first.actorId
}

function resolvePronoun(m: Mention, s: SentenceCtx, cast: Cast, people: { id: string; sent: number; ti: number; subj: boolean }[], all: Mention[], prev?: SentenceCtx): void {
  const w = m.pronoun!
  if (w === 'they') return resolveThey(m, s, prev)
  const want = PRONOUN_GENDER.get(w)
  if (want) {
    const ok = (id: string) => {
      const g = cast.profiles.get(id)?.gender ?? 'u'
      return g === 'u' || g === want
    }
    // a person named inside a quotation is not the one "he" said it ('"… Putin won't stop," he said')
    const quoted = (ti: number) => s.tokens.slice(0, ti).filter((t) => t.text === '"').length % 2 === 1
    const same = people.filter((p) => p.sent === s.index && p.ti < m.ti && !quoted(p.ti))
    const order = [...same.filter((p) => p.subj), ...same.filter((p) => !p.subj).reverse()]
    for (let back = 1; back <= 3; back++) {
      const prev = people.filter((p) => p.sent === s.index - back)
      order.push(...prev.filter((p) => p.subj).reverse(), ...prev.filter((p) => !p.subj).reverse())
    }
    const hit = order.find((p) => ok(p.id))
    if (hit) m.actorId = hit.id
  } else if (THING_PRONOUNS.has(w)) {
    const before = all.filter((x) => x.ti < m.ti && x.actorId && x.kind !== 'pronoun' && cast.profiles.get(x.actorId)?.record.kind !== 'person')
    if (before[0] && isSubject(s, before[0])) m.actorId = before[0].actorId
  }
}

/** Marks venue/framework organisations ("the G20 summit") and locative places as non-actors. */
function isActorMention(s: SentenceCtx, m: Mention, cast: Cast): boolean {
  if (!m.actorId) return false
  const rec = cast.profiles.get(m.actorId)?.record
  if (!rec || MEDIA.test(rec.description ?? '')) return false
  if (isVenueOrg(s.tokens, m, rec.kind)) return false
  const ctx = s.tokens.slice(Math.max(0, m.ti - 5), m.ti).map((t) => t.norm)
  if (m.locative) return ctx.slice(-5).some((w) => ACTION_NOUN.has(w))
  return true
}

/** The article's actors: every actor with a mention in a content sentence, plus `extra` ids (speakers, participants). */
export function articleActors(sents: SentenceCtx[], cast: Cast, extra: Iterable<string>): ExtractedActor[] {
  const ids = new Set<string>()
  for (const s of sents) {
    if (s.skip) continue
    for (const m of s.mentions) if (m.kind !== 'pronoun' && isActorMention(s, m, cast)) ids.add(m.actorId!)
  }
  for (const id of extra) ids.add(id)
  const out: ExtractedActor[] = []
  for (const id of ids) {
    const p = cast.profiles.get(id)
    if (!p || MEDIA.test(p.record.description ?? '')) continue
    out.push({ id, name: p.record.name, kind: p.record.kind, country: p.record.country, role: p.role, discovered: p.discovered, record: p.record })
  }
  return out
}
