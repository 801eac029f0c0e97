// One clause per verb group: its kind as far as the words before it tell (marker, subject), and what the
// verb group itself says. Links between clauses are made afterwards (clause-links.ts).
import type { Arg, Clause, Span } from './types.ts'
import type { SentenceView } from './sentence-view.ts'
import { readVerbGroup } from './verb-group.ts'

/** Longest insertion (in tokens) skipped between a subject and its verb. */
const MAX_INSERTION = 40

export function emptyClause(index: number, verb: Span, head: number): Clause {
  return {
    index, kind: 'main', start: verb.start, end: verb.end, verb, head, particle: null, subject: [],
    subjectFrom: 'none', objects: [], agent: [], pps: [], times: [], predicate: null, passive: false,
    negated: false, tense: 'none', modal: null, modality: null, marker: null, governor: null,
    governorToken: null, reportedBy: null, complements: [], antecedent: null, speech: false,
  }
}

function skipAdverbsLeft(v: SentenceView, k: number): number {
  while (k >= 0 && v.pos(k) === 'ADV' && !v.lex.negators.has(v.tok(k)?.lemma ?? '')) k--
  return k
}

export function isRelativizer(v: SentenceView, k: number): boolean {
  const t = v.tok(k)
  if (!t || !v.lex.relativePronouns.has(t.norm)) return false
  return t.norm !== 'that' || t.pos !== 'DET' || !v.npStartingAt(k + 1)
}

interface FoundSubject { args: Arg[]; times: Span[] }

/** The subject left of token k (the token before the verb group), skipping time phrases and one insertion. */
export function findSubject(v: SentenceView, k: number): FoundSubject | null {
  const times: Span[] = []
  let j = k
  for (let hop = 0; hop < 4 && j >= 0; hop++) {
    j = skipAdverbsLeft(v, v.skipQuotesLeft(j))
    const time = v.npEndingAt(j, true)
    if (time?.temporal) {
      let s = time.start
      if (v.pos(s - 1) === 'ADP') s--
      times.push({ start: s, end: time.end })
      j = s - 1
      continue
    }
    if (v.isSeparator(j)) {
      const open = v.prevSep[j] ?? -1
      if (open < 0 || j - open > MAX_INSERTION || j - open < 2) return null
      const pair = (v.isComma(open) && v.isComma(j)) || (v.isOpener(open) && v.isCloser(j)) ||
        (v.isDash(open) && v.isDash(j))
      if (!pair) return null
      const args = v.conjunctsEndingAt(open - 1)
      const last = args[args.length - 1]
      if (!last) return null
      const np = v.npStartingAt(open + 1, true)
      if (np && np.end === j) last.apposition = { start: np.start, end: np.end }
      return { args, times }
    }
    const args = outermostNoun(v, v.conjunctsEndingAt(j))
    if (args.length === 0) return null
    const last = args[args.length - 1] as Arg
    last.apposition = v.appositionAfter(last.end - 1)
    return { args, times }
  }
  return null
}

/** The noun phrase right before a verb may end a longer subject: a preposition's object ("talks in Geneva
 * ended") or an infinitive's object ("NATO's decision to deploy the system angered"); climbs to its head noun. */
function outermostNoun(v: SentenceView, args: Arg[]): Arg[] {
  let best = args
  for (let step = 0; step < 6 && best.length > 0; step++) {
    let b = (best[0] as Arg).start - 1
    if (v.pos(b) === 'ADP' && v.norm(b) !== 'that') b--
    else {
      const vp = v.chunkOf(b)
      if (vp?.type !== 'VP' || vp.end - 1 !== b || v.norm(vp.start - 1) !== 'to') break
      b = vp.start - 2
    }
    const up = v.conjunctsEndingAt(b)
    if (up.length === 0) break
    best = up
  }
  // still the object of a preposition after a verb ("the deal that was signed in Geneva collapsed"): no subject
  // here; after anything else the preposition subordinates the clause ("before he came", "after the U.S. left")
  const first = best[0]
  if (!first || v.pos(first.start - 1) !== 'ADP' || v.pos(first.head) === 'PRON') return best
  return v.chunkOf(first.start - 2)?.type === 'VP' ? [] : best
}

/** "…, said Lavrov." — a speech verb after a comma or quote with its subject right after it. */
function invertedSubject(v: SentenceView, c: Clause): Arg[] | null {
  const before = v.skipQuotesLeft(c.verb.start - 1)
  if (before >= 0 && !v.isComma(before)) return null
  // at the start only as a continuation ('… Russia.” stated the spokesman.'), never a capitalised imperative
  if (before < 0 && !/^\p{Ll}/u.test(v.tok(c.verb.start)?.text ?? '')) return null
  const args = v.conjunctsStartingAt(c.verb.end)
  const last = args[args.length - 1]
  if (!last) return null
  const after = last.end
  const end = after >= v.ts.length || v.pos(after) === 'PUNCT' || v.pos(after) === 'ADP' ||
    v.npStartingAt(after, true)?.temporal === true
  if (!end) return null
  last.apposition = v.appositionAfter(last.end - 1)
  return args
}

/** Builds the clause of the VP chunk `vp` (chunk index) with its kind, marker and subject. */
export function findClause(v: SentenceView, index: number, vp: Span): Clause {
  const ts = v.ts
  const prevIndex = skipAdverbsLeft(v, v.skipQuotesLeft(vp.start - 1))
  const infinitive = v.norm(prevIndex) === 'to' && v.pos(prevIndex) === 'PART'
  const g = readVerbGroup(ts, vp, v.lex, infinitive)
  const c = emptyClause(index, vp, g.head)
  Object.assign(c, { passive: g.passive, negated: g.negated, tense: g.tense, modal: g.modal, modality: g.modality })
  const head = ts[g.head]
  c.speech = head !== undefined && v.lex.speech.has(head.lemma)
  const particle = v.tok(vp.end)
  if (particle && v.lex.particles.has(particle.norm) && (particle.pos === 'ADP' || particle.pos === 'ADV')) {
    c.particle = vp.end
  }
  if (infinitive) {
    c.kind = 'infinitive'
    c.marker = prevIndex
    return c
  }
  const form = head?.form
  const prev = v.tok(prevIndex)
  const nonFinite = !g.hasAux && (form === 'gerund' || form === 'participle' ||
    (form === 'past' && pastParticipial(v, vp, prevIndex)))
  if (nonFinite) {
    c.kind = 'participial'
    c.tense = 'none'
    if (form !== 'gerund') { c.passive = true; if (head) head.form = 'participle' }
    if (prev && (prev.pos === 'ADP' || prev.pos === 'SCONJ')) c.marker = prevIndex
    return c
  }
  if (c.speech) {
    const inverted = invertedSubject(v, c)
    if (inverted) {
      c.subject = inverted
      c.subjectFrom = 'inverted'
      return c
    }
  }
  if (isRelativizer(v, prevIndex) && prev?.pos !== 'SCONJ') {
    let a = prevIndex - 1
    if (v.isComma(a) || v.isDash(a)) a--
    const np = v.npEndingAt(a)
    if (np) {
      c.kind = 'relative'
      c.marker = prevIndex
      c.antecedent = v.argAt(np)
      c.subject = [v.argAt(np)]
      c.subjectFrom = 'antecedent'
      return c
    }
  }
  if (v.isCoordinator(prevIndex) || v.norm(prevIndex) === 'but') {
    c.kind = 'coordinate'
    c.marker = prevIndex
    return c
  }
  const found = findSubject(v, prevIndex)
  if (!found) return c
  c.subject = found.args
  c.subjectFrom = 'explicit'
  c.times.push(...found.times)
  const first = found.args[0] as Arg
  const m = v.skipQuotesLeft(first.start - 1)
  const marker = v.tok(m)
  if (!marker) return c
  const antecedent = v.npEndingAt(v.isComma(m - 1) ? m - 2 : m - 1)
  // "that" after a noun may be a relativizer or a complementizer: clause-links.ts decides by the gap
  if (isRelativizer(v, m) && antecedent && !v.lex.complementizers.has(marker.norm)) {
    c.kind = 'relative'
    c.marker = m
    c.antecedent = v.argAt(antecedent)
  } else if (v.lex.complementizers.has(marker.norm) && (marker.pos === 'SCONJ' || v.norm(m - 1) !== ',')) {
    c.kind = 'that'
    c.marker = m
  } else if (marker.pos === 'SCONJ' || marker.pos === 'ADP') {
    c.kind = 'adverbial'
    c.marker = m
  } else if (v.isCoordinator(m) || marker.norm === 'but') {
    c.kind = 'coordinate'
    c.marker = m
  }
  return c
}

/** A verb in -ed without auxiliary that is a participle: fronted ("Asked about …,"), after a subordinator
 * ("once deployed"), or a reduced passive after a noun ("the deal signed by the ministers"). */
function pastParticipial(v: SentenceView, vp: Span, prevIndex: number): boolean {
  const prev = v.tok(prevIndex)
  const next = vp.end
  if (prevIndex < 0 || v.skipQuotesLeft(prevIndex) < 0) return v.norm(next) !== ',' && hasLaterComma(v, next)
  if (prev && (prev.pos === 'SCONJ' || (prev.pos === 'ADP' && prev.norm !== 'by'))) return true
  const np = v.npEndingAt(prevIndex, true)
  if (v.norm(next) === 'by' && (np !== undefined || v.isComma(prevIndex))) return true
  // "in light of the deal signed mid-September", "criticised the deal signed last month", "In the interview
  // published Monday, Xi said": a noun that is already an object (of a preposition after an earlier verb, of
  // a verb other than one of saying), or in a fronted phrase
  if (!np || !(v.pos(next) === 'ADP' || v.npStartingAt(next, true)?.temporal)) return false
  const verb = v.chunkOf(np.start - 1)
  if (verb?.type === 'VP') {
    const lemma = v.tok(verb.head)?.lemma ?? ''
    return !v.lex.speech.has(lemma) && !v.lex.thinking.has(lemma)
  }
  if (v.pos(np.start - 1) !== 'ADP') return false
  const fronted = (v.prevSep[np.start] ?? -1) < 0 && v.skipQuotesLeft(np.start - 2) < 1 && hasLaterComma(v, next)
  return fronted || v.chunks.some((c) => c.type === 'VP' && c.end <= np.start)
}

function hasLaterComma(v: SentenceView, from: number): boolean {
  for (let k = from; k < v.ts.length && k < from + MAX_INSERTION; k++) if (v.isComma(k)) return true
  return false
}
