// Deterministic repairs of wink's POS tags where news copy trips it, then verb forms and nationality flags.
// Each rule looks at a token and its immediate neighbours only (linear).
import type { SyntaxLexicon } from './lexicon.ts'
import type { Token, VerbForm } from './types.ts'

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON'])
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'])
const PARTICIPLE_ENDING = /(?:en|wn|ne|un)$/

function formOf(t: Token): VerbForm | null {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return null
  const w = t.norm
  const l = t.lemma
  if (l === 'be') {
    if (w === 'is' || w === "'s") return 'present3'
    if (w === 'was' || w === 'were') return 'past'
    if (w === 'been') return 'participle'
    if (w === 'being') return 'gerund'
    return 'base' // be, am, are, 're, 'm
  }
  if (w.endsWith('ing') && w !== l && t.pos === 'VERB') return 'gerund'
  if (w === l) return 'base'
  if ((l === 'have' && w === 'has') || (l === 'do' && w === 'does')) return 'present3'
  if (w === l + 's' || w === l + 'es' || (l.endsWith('y') && w === l.slice(0, -1) + 'ies')) return 'present3'
  if (t.pos === 'VERB' && PARTICIPLE_ENDING.test(w) && !w.endsWith('ed')) return 'participle'
  if (t.pos === 'AUX' && !['had', 'did'].includes(w)) return 'base' // modals: will, would, can …
  return 'past'
}

function retag(t: Token, pos: Token['pos'], lemma = t.lemma): void {
  t.pos = pos
  t.lemma = lemma
}

/** A plural-looking noun used as a verb: "Moscow plans to station", "Iran wants to". */
function nounAsVerb(ts: Token[], k: number): boolean {
  const t = ts[k]
  const prev = ts[k - 1]
  const next = ts[k + 1]
  if (!t || !prev || !next || t.pos !== 'NOUN' || !t.norm.endsWith('s')) return false
  if (!(next.norm === 'to' && next.pos === 'PART') || ts[k + 2]?.pos !== 'VERB') return false
  if (!NOMINAL.has(prev.pos) || prev.pos === 'NOUN') return false
  for (let j = k - 1; j >= 0; j--) {
    const p = ts[j]
    if (!p || p.pos === 'PUNCT' || p.pos === 'SCONJ') break
    if (p.pos === 'VERB' || p.pos === 'AUX' || p.pos === 'DET' || p.norm === "'s") return false
  }
  return true
}

const BOUNDARY = new Set(['PUNCT', 'SCONJ', 'CCONJ', 'VERB', 'AUX'])

/** "(Moscow believes) the shield targets Russia": a plural-looking noun after a noun phrase, before an object,
 * in a stretch with no verb on either side, is that stretch's verb. Looks at most 12 tokens each way. */
function orphanVerb(ts: Token[], k: number): boolean {
  const t = ts[k]
  const prev = ts[k - 1]
  const next = ts[k + 1]
  if (!t || !prev || !next || t.pos !== 'NOUN' || !t.norm.endsWith('s') || t.norm.endsWith('ss')) return false
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false
  if (!['DET', 'PROPN', 'PRON', 'NUM'].includes(next.pos)) return false
  let j = k - 1
  while (j >= 0 && j > k - 12 && !BOUNDARY.has(ts[j]?.pos ?? '')) j--
  if (ts[j]?.pos === 'AUX' || (j === k - 12)) return false
  for (j = k + 1; j < ts.length && j < k + 12; j++) {
    const p = ts[j]?.pos ?? ''
    if (p === 'VERB' || p === 'AUX') return false
    if (p === 'PUNCT' || p === 'SCONJ' || p === 'CCONJ') return true
  }
  return j >= ts.length
}

const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start

/** Repairs tags in place. `headline`: the sentence was tagged in sentence case (its capitals say nothing). */
export function repairTags(ts: Token[], lex: SyntaxLexicon, headline = false): void {
  const prose = !headline && ts.some((x) => /\p{Ll}/u.test(x.text))
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k] as Token
    const prev = ts[k - 1]
    const next = ts[k + 1]
    // the month "May" is no modal
    if (t.text === 'May' && k > 0 && (t.entityType === 'DATE' || prev?.pos === 'ADP' || next?.pos === 'NUM')) {
      retag(t, 'PROPN', 'may')
    }
    // "to station missiles": a noun right after infinitival "to" before an object is a verb
    if (t.pos === 'NOUN' && prev?.norm === 'to' && prev.pos === 'PART' && next && OBJECT_START.has(next.pos)) {
      retag(t, 'VERB')
    }
    // "after meeting Blinken", "by deploying the system": a gerund, not a noun
    if (t.pos === 'NOUN' && t.norm.endsWith('ing') && prev && (prev.pos === 'ADP' || prev.pos === 'SCONJ') &&
      next && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM')) {
      retag(t, 'VERB', t.norm.slice(0, -3).replace(/([^aeiouls])\1$/, '$1'))
    }
    // "the planned deployment", "its proposed treaty": a participle between a determiner and a noun
    if (t.pos === 'VERB' && prev && (prev.pos === 'DET' || prev.norm === "'s" || prev.pos === 'ADJ') &&
      next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !t.norm.endsWith('s')) {
      retag(t, 'ADJ')
    }
    // "that" directly after a speech/thinking verb introduces a clause
    const says = prev !== undefined && (lex.speech.has(prev.lemma) || lex.thinking.has(prev.lemma))
    if (t.norm === 'that' && t.pos !== 'SCONJ' && says && prev.pos === 'VERB') {
      retag(t, 'SCONJ')
    }
    // "That deal collapsed": a demonstrative before a noun and its verb
    const after = ts[k + 2]
    if (t.norm === 'that' && t.pos !== 'DET' && next?.pos === 'NOUN' && after && ['VERB', 'AUX'].includes(after.pos) &&
      (!prev || prev.pos === 'PUNCT' || prev.pos === 'ADP')) {
      retag(t, 'DET')
    }
    // "New START": an all-capitals word in prose is a name, not a verb
    if (t.pos === 'VERB' && prose && t.text.length > 1 && /^[\p{Lu}\d.-]+$/u.test(t.text)) {
      retag(t, 'PROPN', t.norm)
    }
    // "the Allied States Parties": a capitalised verb form inside a name
    if (t.pos === 'VERB' && prose && k > 0 && /^\p{Lu}/u.test(t.text) && prev?.pos !== 'PUNCT' &&
      (next?.pos === 'PROPN' || next?.pos === 'NOUN')) {
      retag(t, 'ADJ')
    }
    // "cease-fire", "long-awaited", "shoulder-fired": a verb written inside a hyphenated compound
    if (t.pos === 'VERB' && ((next?.text === '-' && glued(t, next)) || (prev?.text === '-' && glued(prev, t)))) {
      retag(t, 'ADJ')
    }
    // negators wink leaves as ADV/PART are all PART
    if (lex.negators.has(t.norm) && t.norm !== 'never') retag(t, 'PART', 'not')
  }
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k] as Token
    if (nounAsVerb(ts, k) || orphanVerb(ts, k)) retag(t, 'VERB', t.lemma.endsWith('s') ? t.lemma.slice(0, -1) : t.lemma)
  }
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k] as Token
    t.form = formOf(t)
    const next = ts[k + 1]
    if (lex.demonyms.has(t.text) && (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN')) {
      // a hyphen written without spaces continues a modifier: "U.S.-Russian talks"
      const after = next?.text === '-' && next.start === t.end ? ts[k + 2] : next
      const modifier = after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')
      // "U.S.", "NATO" are nationality-like only as modifiers ("U.S. officials"); demonyms always
      t.nationality = /\p{Ll}/u.test(t.text) || modifier
    }
  }
}
