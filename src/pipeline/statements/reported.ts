// Reported speech at one speech verb: "X said (that) …", "…, X said.", "X told journalists that …", "X warned/
// confirmed/insisted … that …", participles (", saying that …"), "X was quoted as saying", passive "this was
// confirmed by X" (content = the previous sentence), "X dismissed Y as Z" (as-content.ts).
import type { SentenceCtx } from '../doc.ts'
import { mainSubject, subjectAfter, type Subject } from '../text/clauses.ts'
import { isPassive, passiveAgent } from '../text/passives.ts'
import { SPEECH_FORMS } from '../text/verb-group.ts'
import { z } from 'zod'
import { alternatives, lexiconTable, lexiconWords } from '../resources/lexicon.ts'
import { speakerOf } from './speaker.ts'
import { contentEnd, LEADING, textOf } from './content-text.ts'
import type { InQuote } from './quotes.ts'
import { AS_LEMMAS, asContent } from './as-content.ts'
import {
  afterAddressee, clauseAt, documentSpeaker, invertedHead, thatIndex, TO_VERBS,
  type Found,
} from './attribution.ts'
import { attribution, skipTime, verbFinalContent, type VerbSite } from './verb-final.ts'

const speech = (name: string) => lexiconWords('speech', name)
const grammar = (name: string) => lexiconWords('grammar', name)
/** Verbs whose content must be introduced by "that" (else they are not reporting speech), always or in bare forms. */
const THAT_ALWAYS = speech('thatVerbs')
const THAT_IF_BARE = speech('thatVerbsWhenBare')
const THAT_RIGHT_AFTER = speech('thatRightAfter')
const THAT_CLAUSE_ONLY = speech('thatClauseOnly')
const THATLESS_CLAUSE = speech('thatlessClauseVerbs')
const ADDRESSEE_REQUIRED = speech('addresseeRequired')
const PARTICLES = lexiconTable('speech', 'particleVerbs', z.string())
const CITATION_ONLY = speech('citationOnly')
const IRREGULAR_PAST = speech('irregularPastForms')
const CITING = speech('citingForms')
const MODALS = grammar('modals')
const PASSIVE_AUX = grammar('passiveAuxiliaries')
const DEMONSTRATIVES = grammar('demonstrativeSubjects')
const FINITE = new RegExp(`\\b(?:${alternatives(grammar('finiteAuxiliaries'))})\\b`)
const VERB_FINAL_NEXT = speech('attributionEnders')
const QUANTITY_AFTER_AT = speech('quantityAfterAt')
const INVERTED_NEXT = speech('invertedSpeakerFollowers')

/** "X was quoted/cited (by Y) as saying": X; "Interfax quoted X as saying": the object X. */
function quotedSpeaker(s: SentenceCtx, qi: number): Subject | null {
  let a = qi - 1
  while (a >= 0 && /ly$/.test(s.tokens[a]!.norm)) a--
  if (PASSIVE_AUX.has(s.tokens[a]?.norm ?? '') || s.tokens[a]?.text === ',') return speakerOf(s, qi)
  const k = qi + 1 + (s.tokens[qi + 1]?.norm === 'the' ? 1 : 0)
  const m = s.mentions.find((x) => x.ti === k && (x.actorId || x.members) && !x.possessive)
  return m ? { ids: m.members ?? [m.actorId!], mentions: [m] } : null
}

/** A speech verb's lemma, unless its form or context says it reports nothing ("would respond", "to say"). */
function speechLemma(s: SentenceCtx, vi: number, subjAt: number): string | null {
  const tk = s.tokens
  const v = tk[vi]!
  const lemma = subjAt !== vi ? (subjAt === vi - 1 ? 'clear' : 'state') : SPEECH_FORMS.get(v.norm)!
  if (tk[vi - 1]?.norm === 'to' || (v.cap && vi === 0)) return null
  // "the alliance would respond …": a modal speech verb reports no speech
  let pm = vi - 1
  while (pm >= 0 && (tk[pm]!.norm === 'not' || /ly$/.test(tk[pm]!.norm))) pm--
  if (MODALS.has(tk[pm]?.norm ?? '')) return null
  if (CITATION_ONLY.has(lemma) || (THAT_RIGHT_AFTER.has(lemma) && tk[vi + 1]?.norm !== 'that')) return null
  if (PARTICLES.has(lemma) && tk[vi + 1]?.norm !== PARTICLES.get(lemma)) return null
  return lemma
}

/** The speaker of a participle (", saying …", "quoted … as saying"), or null when it reports nothing. */
function participleSpeaker(s: SentenceCtx, vi: number): Subject | null {
  const tk = s.tokens
  const prev = tk[vi - 1]
  if (prev?.norm === 'as') {
    const q = tk.slice(Math.max(0, vi - 8), vi).findIndex((t) => CITING.has(t.norm))
    return q >= 0 ? quotedSpeaker(s, Math.max(0, vi - 8) + q) : null
  }
  if (prev?.text === ',') return mainSubject(s, vi)
  const afterParticiple = (t: { norm: string }, k: number, a: { text: string }[]) => /ing$/.test(t.norm) &&
    a[k - 1]?.text === ','
  if (prev?.norm === 'and' && tk.slice(Math.max(0, vi - 20), vi - 1).some(afterParticiple)) return mainSubject(s, vi)
  return null
}

/** The speaker of a finite speech verb, or (passive "this was confirmed by X") the whole statement. */
function finiteSpeaker(site: VerbSite, subjAt: number, bare: boolean, doc: string | null): Subject | Found | null {
  const { s, vi, cleaned, sents, inDirect } = site
  const tk = s.tokens
  // "urged X to follow … and declare …": a bare verb coordinated inside an infinitive
  if (bare && tk[vi - 1]?.norm === 'and' && tk.slice(Math.max(0, vi - 15), vi).some((t) => t.norm === 'to')) return null
  const speaker = speakerOf(s, subjAt) ?? documentSpeaker(s, subjAt, doc)
  if (speaker) return speaker
  if (isPassive(s, vi)) {
    // "this was confirmed by X": the content is the previous sentence
    const agent = passiveAgent(s, vi)
    const p = sents[s.index - 1]
    if (!agent || !DEMONSTRATIVES.has(tk[vi - 2]?.norm ?? '') || !p || p.skip ||
      inDirect(p.start + 1)) return null
    const text = textOf(cleaned, p.start, p.end)
    return { speaker: agent, contentStart: p.start, contentEnd: p.end, text, first: p.index, attr: [[s.start, s.end]] }
  }
  // inverted "…, said X." — X closes the clause ("said President X had been told" is not inverted)
  const inv = subjectAfter(s, vi)
  const nxt = inv ? tk[inv.mentions[inv.mentions.length - 1]!.tj] : undefined
  return inv && (!nxt || !nxt.word || INVERTED_NEXT.has(nxt.norm)) ? inv : null
}

/** One speech verb at token `vi` → speaker + content, or null. `subjAt`: where its subject ends ("made clear");
 *  `doc`: the author of the latest remark made in a statement ("The statement added …"). */
export function readVerb(
  s: SentenceCtx, vi: number, cleaned: string, sents: SentenceCtx[], inDirect: InQuote, subjAt: number,
  doc: string | null,
): Found | null {
  const tk = s.tokens
  const v = tk[vi]!
  const lemma = speechLemma(s, vi, subjAt)
  if (!lemma) return null
  const bare = !/(ed|ing)$/.test(v.norm) && !IRREGULAR_PAST.has(v.norm)
  const gerund = v.norm.endsWith('ing')
  const site: VerbSite = { s, vi, cleaned, sents, inDirect, gerund }
  const found = gerund ? participleSpeaker(s, vi) : finiteSpeaker(site, subjAt, bare, doc)
  if (found && 'contentStart' in found) return found
  const speaker = found
  if (!speaker || speaker.ids.length === 0) return null
  const after = vi + 1 + (PARTICLES.has(lemma) ? 1 : 0)
  // "X dismissed Y as Z", "calling Y "Z"", "X called it a mistake"
  if (AS_LEMMAS.has(lemma)) {
    const c = asContent(s, cleaned, lemma, after)
    return c &&
      { speaker, contentStart: c.start, contentEnd: c.end, text: c.text, first: s.index, attr: [[s.start, c.start]] }
  }
  // "… that CONTENT"
  const that = thatIndex(s, after, lemma)
  // inverted "CONTENT, said X (, the …)." — the content is before the verb
  const inv = that < 0 ? invertedHead(s, vi, speaker) : -1
  if (inv > 0) {
    const head = cleaned.slice(s.start, tk[inv]!.start).replace(LEADING, '').trim()
    const speechBefore =
      tk.slice(0, inv).some((t) => t.word && !t.cap && SPEECH_FORMS.has(t.norm) && !/ing$/.test(t.norm))
    if (head.split(/\s+/).length < 4 || inDirect(s.start + 1) || speechBefore) return null
    const end = tk[inv]!.start
    return {
      speaker, contentStart: s.start, contentEnd: end, text: textOf(cleaned, s.start, end), first: s.index,
      attr: [[end, s.end]],
    }
  }
  const ax = skipTime(tk, after)
  const nx = tk[ax]
  const quantity = nx?.norm === 'at' && QUANTITY_AFTER_AT.has(tk[ax + 1]?.norm ?? '')
  const verbFinal = !nx || nx.text === '.' || nx.text === ',' || (VERB_FINAL_NEXT.has(nx.norm) && !quantity) ||
    SPEECH_FORMS.has(nx.norm)
  let cs = -1
  if (that >= 0) cs = tk[that + 1]?.start ?? -1
  else if (verbFinal) return verbFinalContent(site, speaker, after, ax)
  // "announced it would …" (a past act; "Moscow maintains …" is a standing position, D3)
  else if (THATLESS_CLAUSE.has(lemma) && /ed$/.test(v.norm) && clauseAt(s, ax)) cs = tk[ax]!.start
  else if (!(THAT_ALWAYS.has(lemma) || (THAT_IF_BARE.has(lemma) && bare))) {
    if (TO_VERBS.has(lemma)) {
      // "told reporters (in Moscow) the deployment was …": skip the addressee; "warned it will …"
      // an actor addressee only in a main clause ("X told reporters that Obama had assured him …" is X's statement)
      const k = afterAddressee(s, ax, !tk.slice(0, vi).some((t) => t.word && !t.cap && SPEECH_FORMS.has(t.norm)), true)
      // "…, X told reporters (in Nairobi)." — the addressee ends the attribution: the content is before it
      if (k >= 0 && (!tk[k] || tk[k]!.text === '.')) return verbFinalContent(site, speaker, after, k)
      if (k >= 0) cs = tk[k]!.start
      else if (!ADDRESSEE_REQUIRED.has(lemma) && clauseAt(s, ax)) cs = tk[ax]!.start
      else return null
    } else if (THAT_CLAUSE_ONLY.has(lemma)) return null
    else cs = nx!.start
  }
  if (cs < 0) return null
  const ce = contentEnd(s, cleaned, cs)
  const text = textOf(cleaned, cs, ce)
  if (text.split(/\s+/).length < 3) return null
  // "made clear its opposition": without "that" the content must be a clause
  if (lemma === 'clear' && that < 0 && !FINITE.test(text)) return null
  return { speaker, contentStart: cs, contentEnd: ce, text, first: s.index, attr: [attribution(site, speaker, cs)] }
}
