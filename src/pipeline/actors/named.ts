// Pass 1 of actor resolution: gazetteer names and aliases, people the gazetteer does not know (discovered from a
// title or apposition), their surnames later in the article, and the titles written around person names.
import type { ActorRecord } from '../types.ts'
import type { SentenceCtx } from '../doc.ts'
import { aliasIndex, findNames, mk as mkMention, nationalityAt, type Mention } from './mentions.ts'
import type { Token } from '../text/tokens.ts'
import { appositionAfter, titleBefore } from './titles.ts'
import { discoverPersons, slug } from './discovery.ts'
import { lexiconWords } from '../resources/lexicon.ts'

/** Name parts that never stand for the person alone ("da", "bin", "Prince", "Jr"). */
const NOT_SHORT = new Set([...lexiconWords('names', 'nameParticles'), ...lexiconWords('names', 'nameHonorifics'),
  ...lexiconWords('names', 'nameSuffixes')])

/** The other parts of discovered names ("Abiy" of "Abiy Ahmed", "Lula" of "Luiz Inacio Lula da Silva", "Mao" of
 *  "Mao Ning"): a short form of the one person whose name holds it, unless the article writes it in lower case
 *  (a common word) or two discovered names share it. */
function nameParts(sents: SentenceCtx[], names: Map<string, string>): Map<string, string> {
  const parts = new Map<string, string | null>()
  for (const [name, id] of names) {
    const words = name.split(' ')
    for (const w of words.slice(0, -1)) {
      const norm = w.toLowerCase()
      if (norm.length < 2 || NOT_SHORT.has(norm) || !/^\p{Lu}\p{Ll}/u.test(w)) continue
      parts.set(norm, parts.has(norm) && parts.get(norm) !== id ? null : id)
    }
  }
  for (const s of sents) for (const t of s.tokens) if (t.word && !t.cap) parts.delete(t.norm)
  const out = new Map<string, string>()
  for (const [k, id] of parts) if (id) out.set(k, id)
  return out
}
import { profileOf, type Lexicon } from './cast.ts'
import type { Profile } from './role-match.ts'

/** The country of a state or national organisation named inside a title ("Pentagon spokesman", "the foreign
 *  minister of Egypt, X", "Iran's foreign ministry spokesman"). */
function titleCountry(ti: number, tj: number, names: Mention[], res: Lexicon): string | null {
  for (const n of names) {
    if (n.ti < ti || n.tj > tj || n.candidates.length !== 1) continue
    const rec = res.byId.get(n.candidates[0]!)
    if (rec && rec.kind !== 'person' && rec.country) return rec.country
  }
  return null
}

/** Names and discovered people of every sentence; creates their profiles. Returns discovered surname → id. */
function findPeople(sents: SentenceCtx[], res: Lexicon, published: string, profiles: Map<string, Profile>) {
  const idx = aliasIndex(res)
  const surnames = new Map<string, string>()
  const discovered = new Map<string, string>()
  for (const s of sents) {
    const names = findNames(s.tokens, s.text, s.start, idx)
    for (const d of discoverPersons(s.tokens, names)) {
      d.country = d.country ?? titleCountry(d.ti, d.tj, names, res)
      const id = slug(d.name)
      const known = res.byId.get(id)
      if (!profiles.has(id)) {
        const roles = d.title ? [{ title: d.title, country: d.country }] : []
        const rec: ActorRecord = known ?? { id, name: d.name, kind: 'person', country: d.country, aliases: [], roles }
        profiles.set(id, profileOf(rec, published, d.title || null, !known))
      }
      surnames.set(d.name.split(' ').pop()!.toLowerCase(), id)
      discovered.set(d.name, id)
      const m = mkMention(s.tokens, d.nameTi, d.nameTj, 'name', [id], d.name)
      m.ti = d.ti
      m.start = s.tokens[d.ti]!.start
      m.tj = d.tj
      m.end = s.tokens[d.tj - 1]!.end
      m.title = d.title
      names.push(m)
    }
    // a gazetteer person named in full ("Wang Yi", "Kim Jong Un"): the other parts of the name too
    for (const n of names) {
      const rec = n.kind === 'name' && n.candidates.length === 1 ? res.byId.get(n.candidates[0]!) : undefined
      if (rec?.kind === 'person' && n.text.includes(' ')) discovered.set(n.text, rec.id)
    }
    s.mentions = names.sort((a, b) => a.ti - b.ti)
  }
  for (const [k, id] of nameParts(sents, discovered)) if (!surnames.has(k)) surnames.set(k, id)
  return surnames
}

/** The states (nationality adjectives) and organisations or states (names) written inside a person's title. */
function titleAffiliations(tk: Token[], m: Mention, all: Mention[], isPerson: (id: string) => boolean): string[] {
  const ids = new Set<string>()
  for (const o of all) {
    if (o !== m && o.ti >= m.ti && o.tj <= m.tj && o.candidates.length === 1 && !isPerson(o.candidates[0]!)) {
      ids.add(o.candidates[0]!)
    }
  }
  for (let i = m.ti; i < m.tj; i++) {
    const nat = nationalityAt(tk, i)
    if (nat) ids.add(nat[1].state)
  }
  return [...ids]
}

/** Pass 1: names, discovered people, titles; creates the article's profiles. */
export function findNamed(sents: SentenceCtx[], res: Lexicon, published: string, profiles: Map<string, Profile>): void {
  const surnames = findPeople(sents, res, published, profiles)
  const isPerson = (id: string) => (res.byId.get(id) ?? profiles.get(id)?.record)?.kind === 'person'
  // surnames of discovered people, then titles before / appositions after person names
  for (const s of sents) {
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!
      const id = t.word && t.cap ? surnames.get(t.norm) : undefined
      const covered = s.mentions.some((m) => i >= m.ti && i < m.tj)
      if (id && !covered) s.mentions.push(mkMention(s.tokens, i, i + 1, 'name', [id], t.text))
    }
    s.mentions.sort((a, b) => a.ti - b.ti)
    for (const m of s.mentions) {
      if (m.title || !m.candidates.some(isPerson)) continue
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
    const inside = (m: typeof s.mentions[number]) =>
      s.mentions.some((o) => o !== m && o.ti <= m.ti && o.tj >= m.tj && o.tj - o.ti > m.tj - m.ti)
    for (const m of s.mentions) if (m.title) m.affiliations = titleAffiliations(s.tokens, m, s.mentions, isPerson)
    s.mentions = s.mentions.filter((m) => !inside(m))
  }
}
