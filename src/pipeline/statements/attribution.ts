// The attribution around a speech verb: where "that" really introduces the content (not a relative
// "the treaty that Washington signed"), the addressee of "told" ("told a news conference in Brussels
// the …"), and a warning's clause without an addressee ("Russia has warned it will target …").
import type { SentenceCtx } from '../doc.ts'
import { type Subject } from '../text/clauses.ts'
import { skippable } from '../text/verb-group.ts'
import { mk } from '../actors/mentions.ts'
import { contentEnd, textOf } from './content-text.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const speech = (name: string) => lexiconWords('speech', name)
const grammar = (name: string) => lexiconWords('grammar', name)
const AUX = grammar('auxiliaries')
/** Words that may open the phrase between a verb and its "that": a preposition, time word or adverb. */
const OPENERS = speech('thatGapOpeners')
/** Verbs taking an addressee object before their that-clause ("warned Washington that"). */
export const TO_VERBS = speech('addresseeVerbs')
const PROMISE_VERBS = speech('promiseVerbs')
const ARTICLES = grammar('articles')
const CONTENT_OPENERS = speech('contentOpeners')
const PLACE_PREPOSITIONS = speech('addresseePlacePrepositions')
const CLAUSE_AUX = grammar('clauseAuxiliaries')
const CLAUSE_MARKERS = grammar('clauseMarkers')
const NP_OPENERS = grammar('nounPhraseOpeners')
const ANAPHORIC = grammar('anaphoricDeterminers')

/** The complementizer "that" after the verb group ending before token `after`, or -1. */
export function thatIndex(s: SentenceCtx, after: number, lemma: string): number {
  const tk = s.tokens
  for (let j = after; j < Math.min(tk.length, after + 18); j++) {
    const t = tk[j]!
    if (t.text === '.' || t.text === ';' || t.text === '"' || t.text === ',' || t.text === ':' ||
      AUX.has(t.norm)) return -1
    if (t.norm !== 'that') continue
    if (j === after) return j
    const first = tk[after]!
    // "said in a statement that", "said Monday that", "said repeatedly that"
    if (OPENERS.has(first.norm) || (first.word && !first.cap && /ly$/.test(first.norm))) return j
    // "told reporters that", "warned Washington that", "assured his counterpart that"
    if (TO_VERBS.has(lemma) || PROMISE_VERBS.has(lemma)) return j
    // "said it that" never; "said the treaty that Washington signed …" is a relative clause
    return -1
  }
  return -1
}

/** Heads and modifiers of an addressee phrase ("a news conference", "the Interfax news agency", "lawmakers"). */
const ADDR_HEADS = speech('addresseeHeads')
const ADDR_MODS = speech('addresseeModifiers')
const PRONOUN_SUBJ = speech('clauseSubjects')

/**
 * After an object verb ("told", "warned", "assured"): skip the addressee phrase (an addressee head, an
 * outlet name, an actor) and a following place/time phrase; the token index where the content starts, or -1.
 */
export function afterAddressee(s: SentenceCtx, k: number, actorOk = true, endOk = false): number {
  const tk = s.tokens
  const start = k
  let head = false
  for (let n = 0; n < 7 && tk[k]?.word; n++) {
    const t = tk[k]!
    const m = s.mentions.find((x) => x.ti === k && (x.actorId || x.members) && !x.possessive)
    if (m && n <= 1) {
      if (!actorOk) return -1
      k = m.tj
      head = true
      break
    }
    if (ADDR_HEADS.has(t.norm)) { k++; head = true; if (!ADDR_HEADS.has(tk[k]?.norm ?? '')) break; continue }
    if (ADDR_MODS.has(t.norm) || (t.cap && !s.mentions.some((x) => x.ti === k))) { k++; continue }
    break
  }
  if (!head || k === start) return -1
  // "in Brussels", "at the White House", "on a conference call", "on Tuesday"
  if (tk[k] && PLACE_PREPOSITIONS.has(tk[k]!.norm)) {
    let j = k + 1
    if (ARTICLES.has(tk[j]?.norm ?? '')) j++
    let n = 0
    while (tk[j]?.word && n < 4 &&
      (tk[j]!.cap || ADDR_HEADS.has(tk[j]!.norm) ||
        (n === 0 && ADDR_MODS.has(tk[j]!.norm) && !ARTICLES.has(tk[j]!.norm)))) { j++; n++ }
    if (n === 0) return -1
    k = j
  }
  const c = tk[k]
  // "…, X told reporters in Nairobi.": with `endOk`, the sentence's end (the content was before the verb)
  if (endOk && (!c || c.text === '.')) return k
  // the content opens a clause: a name, a determiner or a pronoun ("against deploying …" is no content)
  if (!c?.word || !(c.cap || CONTENT_OPENERS.has(c.norm))) return -1
  return k
}

/** "warned (that) it will target …" without an addressee: the content is a finite clause. */
export function clauseAt(s: SentenceCtx, k: number): boolean {
  const tk = s.tokens
  if (!tk[k]?.word) return false
  if (PRONOUN_SUBJ.has(tk[k]!.norm) && CLAUSE_AUX.has(tk[k + 1]?.norm ?? '')) return true
  // a named actor as the subject: "announced Kenya will …", "vowed the Philippines would …"
  const m = s.mentions.find((x) => x.ti === k || (x.ti === k + 1 && tk[k]!.norm === 'the'))
  if (m && (m.actorId || m.members) && !m.possessive && CLAUSE_AUX.has(tk[m.tj]?.norm ?? '')) return true
  for (let j = k + 1; j < Math.min(tk.length, k + 6); j++) {
    const t = tk[j]!
    if (!t.word) return false
    if (CLAUSE_MARKERS.has(t.norm)) return NP_OPENERS.has(tk[k]!.norm) || tk[k]!.cap
  }
  return false
}

/** '"…, said X, the …"' / '…, said X.': the content before the comma that opens an inverted attribution. */
export function invertedHead(s: SentenceCtx, vi: number, speaker: Subject): number {
  const tk = s.tokens
  if (tk[vi - 1]?.text !== ',') return -1
  const first = speaker.mentions[0]!
  if (first.ti !== vi + 1 && !(first.ti === vi + 2 && tk[vi + 1]?.norm === 'the')) return -1
  return vi - 1
}

export interface Found {
  speaker: Subject
  contentStart: number
  contentEnd: number
  text: string
  first: number
  attr: [number, number][]
}

/** "according to X, CONTENT" / "CONTENT, according to X". */
export function according(s: SentenceCtx, cleaned: string): Found | null {
  const tk = s.tokens
  const a = tk.findIndex((t, i) => t.norm === 'according' && tk[i + 1]?.norm === 'to')
  if (a < 0) return null
  const m = s.mentions.find((x) => (x.ti === a + 2 || (x.ti === a + 3 && tk[a + 2]?.norm === 'the')) &&
    (x.actorId || x.members))
  if (!m) return null
  const speaker: Subject = { ids: m.members ?? [m.actorId!], mentions: [m] }
  if (tk[m.tj]?.text === ',') {
    const cs = tk[m.tj + 1]?.start
    if (cs === undefined) return null
    const ce = contentEnd(s, cleaned, cs)
    return {
      speaker, contentStart: cs, contentEnd: ce, text: textOf(cleaned, cs, ce), first: s.index,
      attr: [[s.start, cs]],
    }
  }
  const comma = tk[a - 1]
  if (comma?.text !== ',') return null
  return {
    speaker, contentStart: s.start, contentEnd: comma.start, text: textOf(cleaned, s.start, comma.start),
    first: s.index, attr: [[comma.start, s.end]],
  }
}

const DOCS = speech('documentNouns')
const DOC_MODIFIERS = speech('documentModifiers')

/** "A Kremlin statement said", "the ministry's statement added", "The statement said" (the latest speaker
 *  who spoke in a statement, `doc`): the statement's author as the speaker of the verb at `vi`. */
export function documentSpeaker(s: SentenceCtx, vi: number, doc: string | null): Subject | null {
  const tk = s.tokens
  let i = vi - 1
  while (i >= 0 && skippable(tk[i])) i--
  if (!tk[i]?.word || !DOCS.has(tk[i]!.norm)) return null
  let j = i - 1
  while (j >= 0 && tk[j]!.word && DOC_MODIFIERS.has(tk[j]!.norm)) j--
  const owner =
    s.mentions.find((m) => (m.tj === j + 1 || (m.tj === j && tk[j]?.norm === "'s")) && (m.actorId || m.members) &&
      !m.quoted)
  if (owner) return { ids: owner.members ?? [owner.actorId!], mentions: [owner] }
  if (!doc || !ANAPHORIC.has(tk[j]?.norm ?? '')) return null
  const m = mk(tk, j, i + 1, 'description', [doc], s.text.slice(tk[j]!.start - s.start, tk[i]!.end - s.start))
  return { ids: [doc], mentions: [m] }
}
