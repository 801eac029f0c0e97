// Organisations written as common nouns: "Russia's foreign ministry", "the Russian defence ministry",
// "the foreign ministry" (the one ministry of that kind whose state the article names), and "the
// alliance" once NATO has been named ("the alliance chief" is then a description of its head).
import type { ActorRecord } from '../types.ts'
import type { Mention } from './mentions.ts'
import type { Token } from '../text/tokens.ts'
import { mk, nationalityAt } from './mentions.ts'
import type { SentenceCtx } from '../doc.ts'
import { ALLIANCES, MINISTRY_KINDS } from './references.ts'
import { lexiconWords } from '../resources/lexicon.ts'

interface Lex { actors: ActorRecord[]; byId: Map<string, ActorRecord> }

const NOT_ALLIANCE_NEXT = lexiconWords('references', 'notAllianceNext')

function ministries(res: Lex, kind: string, iso: string | null): ActorRecord[] {
  const re = MINISTRY_KINDS.get(kind)!
  return res.actors.filter((a) => a.kind === 'organization' && /ministry/i.test(a.name) && re.test(a.name) &&
    (iso === null || a.country === iso))
}

/**
 * Common-noun organisation mentions of one sentence. `names` are its name mentions; `states` the ISO
 * codes of the states the article names; `named` the ids named in earlier sentences.
 */
function orgMentions(tokens: Token[], text: string, sentStart: number, names: Mention[], res: Lex,
  states: Set<string>, named: Set<string>, recent: string[] = []): Mention[] {
  const out: Mention[] = []
  const covered = (i: number) => names.some((n) => i >= n.ti && i < n.tj)
  const slice = (a: number, b: number) => text.slice(tokens[a]!.start - sentStart, tokens[b - 1]!.end - sentStart)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.word || covered(i)) continue
    // "the ministry" after one of its officials was named ("Foreign Minister X … The ministry said")
    if (t.norm === 'ministry' && tokens[i - 1]?.norm === 'the') {
      const id = ministryOf(recent, res)
      if (id) out.push(mk(tokens, i - 1, i + 1, 'name', [id], slice(i - 1, i + 1)))
      continue
    }
    if (t.norm === 'ministry' && MINISTRY_KINDS.has(tokens[i - 1]?.norm ?? '')) {
      const kind = tokens[i - 1]!.norm
      let ti = i - 1
      let iso: string | null = null
      const owner = names.find((n) => n.tj === i - 2 && tokens[i - 2]?.norm === "'s")
      const nat = nationalityAt(tokens, i - 2)
      if (owner && owner.actorId && res.byId.get(owner.actorId)?.kind === 'state') {
        iso = res.byId.get(owner.actorId)!.country
        ti = owner.ti
      } else if (nat) {
        iso = nat[1].iso
        ti = i - 2
      }
      let cands = ministries(res, kind, iso)
      // "the Foreign Ministry" after one of its officials ("ministry spokeswoman X … The Foreign Ministry said")
      const recentOne = iso ? null : ministryOf(recent, res)
      if (recentOne && cands.some((c) => c.id === recentOne)) cands = cands.filter((c) => c.id === recentOne)
      else if (!iso) cands = cands.filter((c) => c.country && states.has(c.country))
      if (cands.length !== 1) continue
      const m = mk(tokens, ti, i + 1, 'name', [cands[0]!.id], slice(ti, i + 1))
      out.push(m)
      continue
    }
    // "the allies", "the 32 allies" (a summit's members acting together) once NATO was named
    const members = ALLIANCES.find((a) => a.memberNouns.includes(t.norm) && named.has(a.id) && res.byId.has(a.id))
    if (members && !t.cap && tokens[i + 1]?.norm !== 'of') {
      const counted = /^\d+$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.norm === 'the'
      const ti = tokens[i - 1]?.norm === 'the' ? i - 1 : counted ? i - 2 : -1
      if (ti >= 0) out.push(mk(tokens, ti, i + 1, 'name', [members.id], slice(ti, i + 1)))
      continue
    }
    // "the alliance" after NATO was named
    const alliance = ALLIANCES.find((a) => a.nouns.includes(t.norm) && named.has(a.id) && res.byId.has(a.id))
    if (alliance && !t.cap && tokens[i - 1]?.norm === 'the' && !NOT_ALLIANCE_NEXT.has(tokens[i + 1]?.norm ?? '')) {
      out.push(mk(tokens, i, i + 1, 'name', [alliance.id], t.text))
    }
  }
  return out
}

/** The most recently named ministry, or the ministry of the most recently named person whose post belongs to one. */
function ministryOf(recent: string[], res: Lex): string | null {
  for (let k = recent.length - 1; k >= 0; k--) {
    const rec = res.byId.get(recent[k]!)
    if (rec?.kind === 'organization' && /ministry/i.test(rec.name)) return rec.id
    for (const r of res.byId.get(recent[k]!)?.roles ?? []) {
      const aff = r.affiliation?.toLowerCase()
      if (!aff || !/ministry/.test(aff)) continue
      const org =
        res.actors.find((a) => a.kind === 'organization' && [a.name, ...a.aliases].some((x) => x.toLowerCase() === aff))
      if (org) return org.id
    }
  }
  return null
}

/** The ministry named in a person's title ("Iranian foreign ministry spokesman", "Japanese Foreign Minister"), of
 *  the state in the title. */
function titleMinistry(m: Mention, res: Lex): string | null {
  const words = (m.title ?? '').toLowerCase().split(/\s+/)
  const at = words.findIndex((w) => w === 'ministry' || w === 'minister')
  const kind = at > 0 ? words[at - 1]! : ''
  if (!MINISTRY_KINDS.has(kind)) return null
  const isos = (m.affiliations ?? []).map((id) => res.byId.get(id)).filter((r) => r?.kind === 'state')
  if (isos.length !== 1) return null
  const cands = ministries(res, kind, isos[0]!.country)
  return cands.length === 1 ? cands[0]!.id : null
}

/** Names covered by an organisation mention ("Russia" in "Russia's foreign ministry") give way to it. */
function mergeOrgMentions(names: Mention[], orgs: Mention[]): Mention[] {
  if (orgs.length === 0) return names
  const kept = names.filter((n) => !orgs.some((o) => n.ti >= o.ti && n.tj <= o.tj))
  return [...kept, ...orgs].sort((a, b) => a.ti - b.ti)
}

/** Adds the common-noun organisation mentions to every sentence (after the name pass). */
export function addOrgMentions(sents: SentenceCtx[], res: Lex): void {
  const states = new Set<string>()
  for (const s of sents) {
    for (const m of s.mentions) {
      for (const c of m.candidates) {
        const r = res.byId.get(c)
        if (r?.kind === 'state' && r.country) states.add(r.country)
      }
    }
  }
  const named = new Set<string>()
  const people: { id: string; sent: number }[] = []
  let from = 0
  for (const s of sents) {
    // people and ministries of the last three sentences (people are in sentence order)
    while (from < people.length && s.index - people[from]!.sent > 3) from++
    const recent = people.slice(from).map((p) => p.id)
    const orgs = orgMentions(s.tokens, s.text, s.start, s.mentions, res, states, named, recent)
    s.mentions = mergeOrgMentions(s.mentions, orgs)
    // people with a ministry post, and ministries themselves ("the ministry said" after "the Foreign Ministry")
    for (const m of s.mentions) {
      const rec = m.candidates.length === 1 ? res.byId.get(m.candidates[0]!) : undefined
      if (rec && (rec.kind === 'person' || (rec.kind === 'organization' && /ministry/i.test(rec.name)))) {
        people.push({ id: rec.id, sent: s.index })
      }
      // a person the gazetteer does not know, with a ministry in the title ("foreign ministry spokeswoman X")
      const post = !rec || rec.kind === 'person' ? titleMinistry(m, res) : null
      if (post) people.push({ id: post, sent: s.index })
    }
    for (const m of s.mentions) if (m.kind === 'name' && m.candidates.length === 1) named.add(m.candidates[0]!)
    // an organisation inside a title ("NATO Secretary General X") is named too
    for (const a of ALLIANCES) if (s.tokens.some((t) => t.norm === a.name && t.cap)) named.add(a.id)
  }
}
