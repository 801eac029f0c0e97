// Shallow clause analysis on tokens + resolved mentions: the subject of a verb (skipping adverbs, auxiliaries,
// relative clauses and appositions; compound subjects). The heuristics syntax/ (wink-nlp) is to replace.
import type { Mention } from '../actors/mentions.ts'
import type { Token } from './tokens.ts'
import type { SentenceCtx } from '../doc.ts'
import { lexiconWords } from '../resources/lexicon.ts'
import { skippable, SPEECH_FORMS } from './verb-group.ts'

const grammar = (name: string) => lexiconWords('grammar', name)
const TIME = grammar('timeWords')
const APPOSITION_OPENERS = grammar('appositionOpeners')
const CONJUNCT_OPENERS = grammar('conjunctOpeners')
const PREPOSITIONS = grammar('prepositions')
const ADJUNCT_PREPOSITIONS = grammar('adjunctPrepositions')
const RELATIVE_WORDS = grammar('relativeWords')
const RELATIVE_SUBJECTS = grammar('relativeSubjects')
const COORDINATORS = grammar('clauseCoordinators')

/** Skippable between a subject and its verb: auxiliaries, adverbs, time expressions ("last month"). */
function skippableSubj(tk: Token[], i: number): boolean {
  const t = tk[i]
  if (!t) return false
  if (skippable(t)) return true
  if (t.word && TIME.has(t.norm) && (t.norm !== 'may' || !t.cap)) return true
  if (t.word && /^\d{1,2}$/.test(t.norm) && TIME.has(tk[i - 1]?.norm ?? '')) return true
  return t.norm === 'on' && TIME.has(tk[i + 1]?.norm ?? '')
}

/** A subject: actor ids (several for "NATO and the United States") and the mention(s). */
export interface Subject {
  ids: string[]
  mentions: Mention[]
}

export function idsOf(m: Mention): string[] {
  if (m.members) return m.members
  return m.actorId ? [m.actorId] : []
}

function endingAt(s: SentenceCtx, tj: number): Mention | undefined {
  return s.mentions.find((m) => m.tj === tj && (m.actorId || m.members))
}

const GROUP_NOUNS = grammar('groupNouns')

/**
 * The name before an apposition closed by the comma at `close`: "Joseph Biden, the Delaware Democrat who
 * chairs the committee," / "X, the U.S. envoy for arms control,". The name must open the sentence.
 */
function appositionHead(s: SentenceCtx, close: number): Mention | undefined {
  const tk = s.tokens
  for (let j = close - 2; j > 0 && close - j <= 20; j--) {
    const x = tk[j]!
    if (x.text === '.' || x.text === ';' || x.text === '"') return undefined
    if (x.text !== ',') continue
    if (!APPOSITION_OPENERS.has(tk[j + 1]?.norm ?? '')) return undefined
    const ante = endingAt(s, j)
    if (!ante || s.mentions.some((m) => m.ti < ante.ti && (m.actorId || m.members) && !m.locative)) return undefined
    return tk.slice(0, ante.ti).every((t) => !t.word || t.cap) ? ante : undefined
  }
  return undefined
}

/** Extends a subject leftwards over coordination: "Russia, the United States and NATO". */
function compound(s: SentenceCtx, m: Mention): Subject {
  const out: Mention[] = [m]
  let cur = m
  for (;;) {
    let c = cur.ti - 1
    // "Hagel and his Russian counterpart Shoigu": a determiner or possessive opening the conjunct
    if (s.tokens[c] && CONJUNCT_OPENERS.has(s.tokens[c]!.norm)) c--
    const conj = s.tokens[c]
    if (!conj || !(conj.norm === 'and' || conj.text === ',')) break
    // "X, the U.S. envoy, and Y": an apposition between the conjuncts
    const app = conj.norm === 'and' && s.tokens[c - 1]?.text === ',' ? appositionHead(s, c - 1) : undefined
    if (app) {
      out.unshift(app)
      break
    }
    // "All NATO allies and Russia": a group noun after the actor's name
    const prev = endingAt(s, c) ?? (GROUP_NOUNS.has(s.tokens[c - 1]?.norm ?? '') ? endingAt(s, c - 1) : undefined)
    if (!prev) break
    out.unshift(prev)
    cur = prev
  }
  // a list "A, B and C" needs its final "and"; "Moscow, which …" is handled by the relative rule
  const lastConj = CONJUNCT_OPENERS.has(s.tokens[m.ti - 1]?.norm ?? '') ? s.tokens[m.ti - 2] : s.tokens[m.ti - 1]
  if (out.length > 1 && lastConj?.norm !== 'and') return { ids: idsOf(m), mentions: [m] }
  return { ids: [...new Set(out.flatMap(idsOf))], mentions: out }
}

/** The main-clause subject: the first actor mention not inside a prepositional phrase. */
export function mainSubject(s: SentenceCtx, before: number): Subject | null {
  for (const m of s.mentions) {
    if (m.ti >= before) break
    if (!(m.actorId || m.members) || m.quoted) continue
    const prev = s.tokens[m.ti - 1]
    if (m.locative || (prev?.word && (PREPOSITIONS.has(prev.norm) || ADJUNCT_PREPOSITIONS.has(prev.norm)))) continue
    if (m.possessive) continue
    return compound(s, m)
  }
  return null
}

/**
 * The subject of the verb at token `vi`: the mention right before its verb group, across a relative
 * clause (", who …,") or dash parenthetical; "and <verb>" takes the main subject.
 */
export function subjectOf(s: SentenceCtx, vi: number): Subject | null {
  const tk = s.tokens
  let i = vi - 1
  while (i >= 0 && skippableSubj(tk, i)) i--
  const t = tk[i]
  if (!t) return null
  const direct = endingAt(s, i + 1)
  if (direct && !direct.possessive) return compound(s, direct)
  if (RELATIVE_SUBJECTS.has(t.norm)) {
    let j = i - 1
    if (tk[j] && (tk[j]!.text === ',' || tk[j]!.text === '-')) j--
    const ante = endingAt(s, j + 1)
    return ante ? compound(s, ante) : null
  }
  if (COORDINATORS.has(t.norm)) {
    // "X said NATO would build … and would not give …": the reported clause's own subject
    for (let k = i - 1; k > 0; k--) {
      if (!SPEECH_FORMS.has(tk[k]!.norm) || !tk[k]!.word) continue
      const m = s.mentions.find((x) => x.ti > k && x.ti <= k + 2 && (x.actorId || x.members) && !x.possessive &&
        !x.locative)
      if (m && m.ti < i) return compound(s, m)
      break
    }
    return mainSubject(s, i)
  }
  if (t.text === ',') {
    // "The U.S. Ambassador to NATO, Douglas Lute, told …": an apposition right before the verb
    const app = endingAt(s, i)
    if (app && (tk[app.ti - 1]?.text === ',' || app.ti === 0)) return compound(s, app)
  }
  if (t.text === ',') {
    // "Joseph Biden, the Delaware Democrat who chairs the committee, criticized …"
    const app = appositionHead(s, i)
    if (app) return compound(s, app)
  }
  if (t.text === ',') {
    // "The United States and Russia, after months of wrangling, agreed": a prepositional or participial
    // parenthetical ("after …", "in a statement", "led by X", "speaking in Y") between subject and verb
    for (let j = i - 1; j > 0 && i - j <= 14; j--) {
      const x = tk[j]!
      if (x.text === '.' || x.text === ';' || x.text === '"') break
      if (x.text !== ',') continue
      const w = tk[j + 1]
      if (!w?.word || w.cap || !(PARENTHETICAL.has(w.norm) || (/(ed|ing)$/.test(w.norm) && j + 2 < i))) break
      const ante = endingAt(s, j)
      if (ante && !ante.possessive && !ante.locative) return compound(s, ante)
      break
    }
  }
  if (t.text === ',' || t.text === '-') {
    // skip back over ", who/which … ," or "- which … -"
    for (let j = i - 1, n = 0; j > 0 && n < 45; j--, n++) {
      const x = tk[j]!
      if (x.text === '.' || x.text === ';') break
      if ((x.text === ',' || x.text === '-') && tk[j + 1] && RELATIVE_WORDS.has(tk[j + 1]!.norm)) {
        const ante = endingAt(s, j)
        if (ante) return compound(s, ante)
      }
    }
  }
  return null
}

const PARENTHETICAL = grammar('parentheticalOpeners')

/**
 * The subject of the main clause after a fronted phrase holding token `i` ("After meeting Lavrov, Kerry said",
 * "During his visit to Warsaw, Biden …"): the actor right after the phrase's comma, when nothing before `i`
 * is a subject.
 */
export function frontedSubject(s: SentenceCtx, i: number): Subject | null {
  const tk = s.tokens
  for (let k = 0; k < i; k++) if (tk[k]!.text === ',' || tk[k]!.text === ';' || tk[k]!.text === '"') return null
  for (let j = i + 1; j < tk.length && j - i <= 20; j++) {
    const x = tk[j]!
    if (x.text === '.' || x.text === ';' || x.text === '"') return null
    if (x.text !== ',') continue
    const k = tk[j + 1]?.norm === 'the' ? j + 2 : j + 1
    const m = s.mentions.find((o) => o.ti === k && (o.actorId || o.members) && !o.locative && !o.possessive)
    return m ? compound(s, m) : null
  }
  return null
}

/** Inverted attribution: "said Putin", "said the Russian leader". */
export function subjectAfter(s: SentenceCtx, vi: number): Subject | null {
  const before = s.tokens[vi - 1]
  if (before && before.text !== ',' && before.text !== '"') return null
  const j = vi + 1
  const m = s.mentions.find((x) => x.ti === j || (x.ti === j + 1 && s.tokens[j]?.norm === 'the'))
  if (!m || !(m.actorId || m.members)) return null
  return compound(s, m)
}
