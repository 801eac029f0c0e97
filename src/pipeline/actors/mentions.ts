// Stage 3a: actor mentions in a sentence — gazetteer names/aliases (longest match, precompiled index),
// capitals as metonyms, surnames, descriptions ("the Russian leader"), pronouns. Resolution of
// surnames, descriptions and pronouns to actors happens in actors.ts (it needs the whole article).
import type { ActorRecord } from '../types.ts'
import { tokenize, type Token } from '../text/tokens.ts'
import { METONYMS, NATIONALITIES } from './nationalities.ts'
import type { HeadClass } from './descriptions.ts'
import { lexiconWords } from '../resources/lexicon.ts'

export type MentionKind = 'name' | 'surname' | 'description' | 'pronoun' | 'nationality' | 'group'

export interface Mention {
  kind: MentionKind
  /** token range [ti, tj) in the sentence's tokens */
  ti: number
  tj: number
  start: number
  end: number
  text: string
  /** candidate actor ids (names: gazetteer ids sharing the alias; resolved later) */
  candidates: string[]
  actorId: string | null
  /** descriptions: head class, modifiers (normalized words), country (ISO) */
  head?: HeadClass
  plural?: boolean
  modifiers?: string[]
  country?: string | null
  /** descriptions qualified by an organisation ("the alliance chief", "NATO allies"): its id */
  org?: string
  /** a title written before a name ("Russian President Vladimir Putin") */
  title?: string
  /** states and organisations named inside the title or apposition ("Russian", "envoy to NATO") */
  affiliations?: string[]
  /** pronoun word (he, she, they, it, i, we …) */
  pronoun?: string
  /** preceded by a locative preposition (in, near, at) */
  locative: boolean
  /** followed by 's */
  possessive: boolean
  /** a plural description resolved to several people ("Both presidents") */
  members?: string[]
  /** inside a direct quotation */
  quoted?: boolean
  confidence: number
}

interface AliasEntry {
  id: string
  norms: string[]
  /** per token: the exact surface form (dots removed) when case must match exactly, else null */
  exact: (string | null)[]
  cap: boolean[]
  metonym: boolean
}

export interface AliasIndex {
  byFirst: Map<string, AliasEntry[]>
  /** normalized surname → person ids */
  surnames: Map<string, string[]>
  persons: ActorRecord[]
}

const LEAD = lexiconWords('grammar', 'nameArticles')

function aliasEntry(id: string, alias: string, metonym: boolean): AliasEntry | null {
  let toks = tokenize(alias).filter((t) => t.word)
  while (toks.length > 1 && LEAD.has(toks[0]!.norm)) toks = toks.slice(1)
  if (toks.length === 0) return null
  return {
    id,
    norms: toks.map((t) => t.norm),
    exact: toks.map((t) => {
      const bare = t.text.replace(/\./g, '')
      return bare.length <= 3 && bare === bare.toUpperCase() && /\p{L}/u.test(bare) ? bare : null
    }),
    cap: toks.map((t) => t.cap),
    metonym,
  }
}

const indexCache = new WeakMap<object, AliasIndex>()

/** Precompiles the gazetteer names and aliases (plus built-in metonyms) into a first-token index. */
export function aliasIndex(res: { actors: ActorRecord[]; byId: Map<string, ActorRecord> }): AliasIndex {
  const hit = indexCache.get(res)
  if (hit) return hit
  const byFirst = new Map<string, AliasEntry[]>()
  const surnames = new Map<string, string[]>()
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const l = m.get(k)
    if (l) l.push(v)
    else m.set(k, [v])
  }
  const addAlias = (id: string, alias: string, metonym: boolean) => {
    const e = aliasEntry(id, alias, metonym)
    if (!e) return
    const list = byFirst.get(e.norms[0]!)
    if (list?.some((x) => x.id === id && x.norms.join(' ') === e.norms.join(' '))) return
    push(byFirst, e.norms[0]!, e)
  }
  for (const a of res.actors) {
    for (const alias of [a.name, ...a.aliases]) addAlias(a.id, alias, false)
    if (a.kind === 'person') {
      for (const alias of [a.name, ...a.aliases]) {
        const toks = tokenize(alias).filter((t) => t.word && t.cap)
        const last = toks[toks.length - 1]
        if (toks.length >= 2 && last && last.norm.length > 2) {
          const ids = surnames.get(last.norm)
          if (!ids?.includes(a.id)) push(surnames, last.norm, a.id)
        }
      }
    }
  }
  for (const [word, id] of METONYMS) {
    if (!res.byId.has(id)) continue
    const cap = word.split(' ').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')
    addAlias(id, cap, true)
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.norms.length - x.norms.length)
  const idx: AliasIndex = { byFirst, surnames, persons: res.actors.filter((a) => a.kind === 'person') }
  indexCache.set(res, idx)
  return idx
}

const GAP = new Set(['-', '[', ']', '(', ')', '.'])

function matchAt(tokens: Token[], i: number, e: AliasEntry): number {
  let j = i
  for (let k = 0; k < e.norms.length; k++) {
    if (k > 0) while (j < tokens.length && !tokens[j]!.word && GAP.has(tokens[j]!.text)) j++
    const t = tokens[j]
    if (!t || !t.word || t.norm !== e.norms[k]) return -1
    const ex = e.exact[k]
    if (ex != null && t.text.replace(/\./g, '') !== ex) return -1
    if (e.cap[k] && !t.cap) return -1
    j++
  }
  return j
}

const LOCATIVE = lexiconWords('grammar', 'locativePrepositions')

export function mk(tokens: Token[], ti: number, tj: number, kind: MentionKind, candidates: string[],
  text: string): Mention {
  const prev = tokens[ti - 1]
  const next = tokens[tj]
  return {
    kind, ti, tj, start: tokens[ti]!.start, end: tokens[tj - 1]!.end, text, candidates,
    actorId: candidates.length === 1 ? candidates[0]! : null,
    locative: !!prev &&
      (LOCATIVE.has(prev.norm) || (prev.norm === 'the' && !!tokens[ti - 2] && LOCATIVE.has(tokens[ti - 2]!.norm))),
    possessive: next?.norm === "'s" || (next?.text === "'" && tokens[tj - 1]!.norm.endsWith('s')),
    confidence: kind === 'name' ? 0.95 : 0.8,
  }
}

/** Gazetteer names, aliases, metonyms and (capitalised) surnames of gazetteer people. */
export function findNames(tokens: Token[], text: string, sentStart: number, idx: AliasIndex): Mention[] {
  const out: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.word) continue
    let best = -1
    let ids: string[] = []
    for (const e of idx.byFirst.get(t.norm) ?? []) {
      const j = matchAt(tokens, i, e)
      if (j > best) {
        best = j
        ids = [e.id]
      } else if (j === best && j > 0 && !ids.includes(e.id)) ids.push(e.id)
    }
    if (best > i) {
      out.push(mk(tokens, i, best, 'name', ids, text.slice(t.start - sentStart, tokens[best - 1]!.end - sentStart)))
      i = best - 1
      continue
    }
    const sur = t.cap && t.norm.length > 2 ? idx.surnames.get(t.norm) : undefined
    if (sur) out.push(mk(tokens, i, i + 1, 'surname', [...sur], t.text))
  }
  return out
}

/** Nationality adjective at token i ("Russian", "North Korean"): [length, nationality]. */
export function nationalityAt(tokens: Token[], i: number): [number, { iso: string; state: string }] | null {
  const t = tokens[i]
  if (!t || !t.word || !t.cap) return null
  const two = tokens[i + 1]
  if (two?.word) {
    const n2 = NATIONALITIES.get(t.norm + ' ' + two.norm)
    if (n2) return [2, n2]
  }
  const n = NATIONALITIES.get(t.norm)
  return n ? [1, n] : null
}

const PRONOUNS = lexiconWords('grammar', 'pronouns')

export function findPronouns(tokens: Token[]): Mention[] {
  const out: Mention[] = []
  tokens.forEach((t, i) => {
    if (!t.word || !PRONOUNS.has(t.norm)) return
    if (t.norm === 'us' && t.text !== 'us') return
    if (t.norm === 'i' && t.text !== 'I') return
    const m = mk(tokens, i, i + 1, 'pronoun', [], t.text)
    m.pronoun = t.norm
    m.confidence = 0.7
    out.push(m)
  })
  return out
}
