// Stage 4: statements (Quotebank-like). Direct quotes come from quotes.ts; indirect speech is read
// from speech verbs: "X said (that) …", "…, X said.", "according to X, …", "X told journalists that …",
// "X warned/confirmed/insisted/assured … that …", participles (", saying that …"), "X was quoted as
// saying", passive "this was confirmed by X" (content = previous sentence), "X dismissed Y as Z".
import type { SentenceCtx } from '../doc.ts'
import type { Token } from '../text/tokens.ts'
import { isPassive, mainSubject, passiveAgent, subjectAfter, SPEECH_FORMS, type Subject } from '../text/clauses.ts'
import { speakerOf } from './speaker.ts'
import { contentEnd, LEADING, textOf, unquote } from './content-text.ts'
import { directQuotes, findQuotes, type QuoteSpan } from './quotes.ts'
import { AS_LEMMAS, asContent } from './as-content.ts'
import { z } from 'zod'
import { alternatives, lexiconPatterns, lexiconTable, lexiconWords } from '../resources/lexicon.ts'
import { according, afterAddressee, clauseAt, documentSpeaker, invertedHead, thatIndex, TO_VERBS, type Found } from './attribution.ts'

export interface StatementDraft {
  speakerId: string
  text: string
  direct: boolean
  /** first and last sentence index of the evidence */
  first: number
  last: number
  /** cleaned ranges: the reported content, and where the attribution's date may be written */
  contentStart: number
  contentEnd: number
  attr: [number, number][]
  /** direct quotes: the quoted spans (the attribution between the parts of a split quote is outside) */
  spans?: [number, number][]
  verb: string
  confidence: number
}

const speech = (name: string) => lexiconWords('speech', name)
const grammar = (name: string) => lexiconWords('grammar', name)
const dates = (name: string) => lexiconWords('dates', name)
/** Verbs whose content must be introduced by "that" (else they are not reporting speech), always or in bare forms. */
const THAT_ALWAYS = speech('thatVerbs')
const THAT_IF_BARE = speech('thatVerbsWhenBare')
const THAT_RIGHT_AFTER = speech('thatRightAfter')
const THAT_CLAUSE_ONLY = speech('thatClauseOnly')
const PARTICLES = lexiconTable('speech', 'particleVerbs', z.string())
const CITATION_ONLY = speech('citationOnly')
const IRREGULAR_PAST = speech('irregularPastForms')
const CITING = speech('citingForms')
const CLEAR_VERBS = speech('clearVerbForms')
const AUX = grammar('auxiliaries')
const MODALS = grammar('modals')
const PASSIVE_AUX = grammar('passiveAuxiliaries')
const ARTICLES = grammar('articles')
const DEMONSTRATIVES = grammar('demonstrativeSubjects')
const FINITE = new RegExp(`\\b(?:${alternatives(grammar('finiteAuxiliaries'))})\\b`)
const VERB_FINAL_NEXT = speech('attributionEnders')
const INVERTED_NEXT = speech('invertedSpeakerFollowers')
const MAIN_VERB_FILLERS = speech('mainVerbFillers')
const ADJUNCT = new RegExp(`^(?:${alternatives(speech('attributionAdjuncts'))})\\b`, 'i')
const TIMING_ADJUNCT = new RegExp(`^(?:${lexiconPatterns('speech', 'timingAdjuncts').join('|')})\\b`, 'i')
const TIME_OPENERS = dates('speechTimeOpeners')
const TIME_LINKS = dates('speechTimeLinks')
const WEEKDAY = dates('speechDays')
const MONTH = dates('speechMonths')
const DAY_PARTS = dates('dayParts')
const TIME_UNITS = dates('speechTimeUnits')
const PERIOD_LINKS = dates('speechPeriodLinks')
/** A time phrase right after a speech verb ("said on Tuesday", "warned Thursday", "said late on Monday"): the index after it, else `i`. */
export function skipTime(tk: Token[], i: number): number {
  let j = i
  if (TIME_OPENERS.has(tk[j]?.norm ?? '')) j++
  if (TIME_LINKS.has(tk[j]?.norm ?? '')) j++
  const w = tk[j]?.norm ?? ''
  if (WEEKDAY.has(w)) return DAY_PARTS.has(tk[j + 1]?.norm ?? '') ? j + 2 : j + 1
  if (MONTH.has(w) && /^\d{1,2}$/.test(tk[j + 1]?.text ?? '')) return j + 2
  if (j > i && TIME_UNITS.has(w) && PERIOD_LINKS.has(tk[j - 1]!.norm)) return j + 1
  return i
}

/** End of the main verb group after a subject ending at `spEnd` ("X on Monday also blamed"). */
function mainVerbEnd(s: SentenceCtx, spEnd: number): number {
  const tk = s.tokens
  let i = tokenIdx(tk, spEnd)
  while (tk[i] && (AUX.has(tk[i]!.norm) || /ly$/.test(tk[i]!.norm) || MAIN_VERB_FILLERS.has(tk[i]!.norm))) i++
  return tk[i]?.end ?? s.end
}

function tokenIdx(tokens: Token[], off: number): number {
  const i = tokens.findIndex((t) => t.start >= off)
  return i < 0 ? tokens.length : i
}

/** An even number of double quotes: the quoted fragments of a span are closed. */
function even(t: string): boolean {
  return (t.match(/"/g)?.length ?? 0) % 2 === 0
}

function inQuote(off: number, quotes: QuoteSpan[]): boolean {
  return quotes.some((q) => off > q.open && off < q.close)
}

/** "X was quoted/cited (by Y) as saying": X; "Interfax quoted X as saying": the object X. */
function quotedSpeaker(s: SentenceCtx, qi: number): Subject | null {
  let a = qi - 1
  while (a >= 0 && /ly$/.test(s.tokens[a]!.norm)) a--
  if (PASSIVE_AUX.has(s.tokens[a]?.norm ?? '') || s.tokens[a]?.text === ',') return speakerOf(s, qi)
  const k = qi + 1 + (s.tokens[qi + 1]?.norm === 'the' ? 1 : 0)
  const m = s.mentions.find((x) => x.ti === k && (x.actorId || x.members) && !x.possessive)
  return m ? { ids: m.members ?? [m.actorId!], mentions: [m] } : null
}

/** One speech verb at token `vi` → speaker + content, or null. */
function readVerb(s: SentenceCtx, vi: number, cleaned: string, sents: SentenceCtx[], direct: QuoteSpan[], subjAt: number, doc: string | null): Found | null {
  const tk = s.tokens
  const v = tk[vi]!
  const lemma = subjAt !== vi ? (subjAt === vi - 1 ? 'clear' : 'state') : SPEECH_FORMS.get(v.norm)!
  const bare = !/(ed|ing)$/.test(v.norm) && !IRREGULAR_PAST.has(v.norm)
  const gerund = v.norm.endsWith('ing')
  const prev = tk[vi - 1]
  if (prev?.norm === 'to' || (v.cap && vi === 0)) return null
  // "the alliance would respond …": a modal speech verb reports no speech
  let pm = vi - 1
  while (pm >= 0 && (tk[pm]!.norm === 'not' || /ly$/.test(tk[pm]!.norm))) pm--
  if (MODALS.has(tk[pm]?.norm ?? '')) return null
  if (CITATION_ONLY.has(lemma) || (THAT_RIGHT_AFTER.has(lemma) && tk[vi + 1]?.norm !== 'that')) return null
  if (PARTICLES.has(lemma) && tk[vi + 1]?.norm !== PARTICLES.get(lemma)) return null
  let speaker: Subject | null = null
  if (gerund) {
    if (prev?.norm === 'as') {
      const q = tk.slice(Math.max(0, vi - 8), vi).findIndex((t) => CITING.has(t.norm))
      if (q >= 0) speaker = quotedSpeaker(s, Math.max(0, vi - 8) + q)
    } else if (prev?.text === ',') speaker = mainSubject(s, vi)
    else if (prev?.norm === 'and' && tk.slice(Math.max(0, vi - 20), vi - 1).some((t, k, a) => /ing$/.test(t.norm) && a[k - 1]?.text === ',')) speaker = mainSubject(s, vi)
    else return null
  } else {
    // "urged X to follow … and declare …": a bare verb coordinated inside an infinitive
    if (bare && prev?.norm === 'and' && tk.slice(Math.max(0, vi - 15), vi).some((t) => t.norm === 'to')) return null
    speaker = speakerOf(s, subjAt) ?? documentSpeaker(s, subjAt, doc)
    if (!speaker && isPassive(s, vi)) {
      // "this was confirmed by X": the content is the previous sentence
      const agent = passiveAgent(s, vi)
      const p = sents[s.index - 1]
      if (!agent || !DEMONSTRATIVES.has(tk[vi - 2]?.norm ?? '') || !p || p.skip || inQuote(p.start + 1, direct)) return null
      return { speaker: agent, contentStart: p.start, contentEnd: p.end, text: textOf(cleaned, p.start, p.end), first: p.index, attr: [[s.start, s.end]] }
    }
    if (!speaker) {
      // inverted "…, said X." — X closes the clause ("said President X had been told" is not inverted)
      const inv = subjectAfter(s, vi)
      const nxt = inv ? tk[inv.mentions[inv.mentions.length - 1]!.tj] : undefined
      if (inv && (!nxt || !nxt.word || INVERTED_NEXT.has(nxt.norm))) speaker = inv
    }
  }
  if (!speaker || speaker.ids.length === 0) return null
  const after = vi + 1 + (PARTICLES.has(lemma) ? 1 : 0)
  const sp = speaker.mentions
  const spStart = sp[0]!.start
  const spEnd = sp[sp.length - 1]!.end
  // "X dismissed Y as Z", "calling Y "Z"", "X called it a mistake"
  if (AS_LEMMAS.has(lemma)) {
    const c = asContent(s, cleaned, lemma, after)
    return c && { speaker, contentStart: c.start, contentEnd: c.end, text: c.text, first: s.index, attr: [[s.start, c.start]] }
  }
  // "… that CONTENT"
  const that = thatIndex(s, after, lemma)
  let cs = -1
  // inverted "CONTENT, said X (, the …)." — the content is before the verb
  const inv = that < 0 ? invertedHead(s, vi, speaker) : -1
  if (inv > 0) {
    const head = cleaned.slice(s.start, tk[inv]!.start).replace(LEADING, '').trim()
    if (head.split(/\s+/).length < 4 || inQuote(s.start + 1, direct) || tk.slice(0, inv).some((t) => t.word && !t.cap && SPEECH_FORMS.has(t.norm) && !/ing$/.test(t.norm))) return null
    return { speaker, contentStart: s.start, contentEnd: tk[inv]!.start, text: textOf(cleaned, s.start, tk[inv]!.start), first: s.index, attr: [[tk[inv]!.start, s.end]] }
  }
  const ax = skipTime(tk, after)
  const nx = tk[ax]
  const verbFinal = !nx || nx.text === '.' || nx.text === ',' || VERB_FINAL_NEXT.has(nx.norm) || SPEECH_FORMS.has(nx.norm)
  if (that >= 0) cs = tk[that + 1]?.start ?? -1
  else if (verbFinal || !(THAT_ALWAYS.has(lemma) || (THAT_IF_BARE.has(lemma) && bare))) {
    if (verbFinal) {
      // '…, was written "at a different time," the president said': a quoted fragment closing before the comma
      // "…, the Russian Foreign Ministry said": a determiner opening the speaker
      const ci = sp[0]!.ti - 1 - (ARTICLES.has(tk[sp[0]!.ti - 1]?.norm ?? '') ? 1 : 0)
      const closing = tk[ci]?.text === '"' && tk[ci - 1]?.text === ',' && cleaned[s.start] !== '"' && even(cleaned.slice(s.start, tk[ci]!.end))
      const comma = tk[closing ? ci - 1 : ci]
      // "One such step, he added, would be …": the attribution inside the sentence
      if (comma?.text === ',' && nx?.text === ',' && !gerund && !inQuote(s.start + 1, direct)) {
        const head = textOf(cleaned, s.start, comma.start)
        const restStart = tk[ax + 1]?.start ?? s.end
        const restEnd = contentEnd(s, cleaned, restStart)
        const rest = cleaned.slice(restStart, restEnd).trim().replace(/[\s.,;:]+$/, '')
        const quoted = closing ? even(cleaned.slice(restStart, restEnd)) && !rest.startsWith('"') : !/"/.test(head + rest)
        // "…, he said, as the talks ended": an adjunct of the attribution, not the rest of the content
        const adjunct = ADJUNCT.test(rest)
        if (head.length > 0 && rest.split(/\s+/).length >= 3 && quoted && !adjunct && !tk.slice(ax + 1).some((t) => t.word && !t.cap && SPEECH_FORMS.has(t.norm))) {
          return { speaker, contentStart: s.start, contentEnd: restEnd, text: `${head} ${rest}`, first: s.index, attr: [[comma.start, restStart]] }
        }
      }
      if (comma?.text === ',' && !gerund) {
        const head = cleaned.slice(s.start, comma.start).replace(LEADING, '').trim()
        // "…, X said on Saturday, a day after Washington announced …": speech inside a timing adjunct is not a second attribution
        const adj = tk[ax]?.text === ',' && TIMING_ADJUNCT.test(cleaned.slice(tk[ax + 1]?.start ?? s.end, s.end))
        const rest = adj ? [] : tk.slice(after)
        const restSpeech = rest.some((t, k) => t.word && (SPEECH_FORMS.has(t.norm) || (/ing$/.test(t.norm) && rest[k - 1]?.text === ',')))
        if (head.split(/\s+/).length >= 4 && !restSpeech && !inQuote(s.start + 1, direct)) {
          return { speaker, contentStart: s.start, contentEnd: comma.start, text: textOf(cleaned, s.start, comma.start), first: s.index, attr: [[spStart, s.end]] }
        }
      }
      // "X was quoted as saying on Sunday, calling …": the previous sentence
      const subjThis = gerund && prev?.norm === 'as'
      const p = sents[s.index - 1]
      if (subjThis && p && !p.skip && p.paragraph >= s.paragraph - 1 && !inQuote(p.start + 1, direct)) {
        return { speaker, contentStart: p.start, contentEnd: p.end, text: textOf(cleaned, p.start, p.end), first: p.index, attr: [[s.start, s.end]] }
      }
      return null
    }
    if (!nx) return null
    if (TO_VERBS.has(lemma)) {
      // "told reporters (in Moscow) the deployment was …": skip the addressee; "warned it will …"
      // an actor addressee only in a main clause ("X told reporters that Obama had assured him …" is X's statement)
      const k = afterAddressee(s, ax, !tk.slice(0, vi).some((t) => t.word && !t.cap && SPEECH_FORMS.has(t.norm)))
      if (k >= 0) cs = tk[k]!.start
      else if (lemma !== 'tell' && clauseAt(s, ax)) cs = tk[ax]!.start
      else return null
    } else if (THAT_CLAUSE_ONLY.has(lemma)) return null
    else cs = nx.start
  }
  if (cs < 0) return null
  const ce = contentEnd(s, cleaned, cs)
  const text = textOf(cleaned, cs, ce)
  if (text.split(/\s+/).length < 3) return null
  // "made clear its opposition": without "that" the content must be a clause
  if (lemma === 'clear' && that < 0 && !FINITE.test(text)) return null
  // a participle's date is the main clause's own ("In a speech on Monday, X blamed …, saying"), not a date in its object
  const attr: [number, number] = gerund ? [s.start, mainVerbEnd(s, spEnd)] : [Math.min(spStart, v.start, s.start), cs]
  return { speaker, contentStart: cs, contentEnd: ce, text, first: s.index, attr: [attr] }
}

/** All statements of the article, in text order (before date resolution and dedup). */
export function findStatements(cleaned: string, sents: SentenceCtx[]): { drafts: StatementDraft[]; quotes: QuoteSpan[]; directSpans: QuoteSpan[] } {
  const quotes = findQuotes(cleaned, sents)
  const dq = directQuotes(cleaned, sents, quotes)
  const directSpans = dq.flatMap((d) => d.quotes)
  for (const s of sents) for (const m of s.mentions) if (inQuote(m.start, directSpans)) m.quoted = true
  const drafts: StatementDraft[] = []
  const used = new Set<string>()
  for (const d of dq) {
    const ds = sents[d.sent]!
    ds.tokens.forEach((t, i) => {
      if (i >= d.verb && t.start < Math.max(d.attrEnd, ds.tokens[d.verb]!.end)) used.add(`${d.sent}:${i}`)
    })
    // parts of a quote split mid-sentence ('"A," X said, "b …"') join without a full stop
    const text = d.quotes.map((q, i) => {
      const part = cleaned.slice(q.open + 1, q.close).trim()
      const next = d.quotes[i + 1] ? cleaned.slice(d.quotes[i + 1]!.open + 1).trimStart() : ''
      return part.replace(/,$/, i === d.quotes.length - 1 || /^\p{Ll}/u.test(next) ? '' : '.')
    }).join(' ')
    const first = sents.find((s) => d.quotes[0]!.open >= s.start && d.quotes[0]!.open < s.end)?.index ?? d.sent
    const lastQ = d.quotes[d.quotes.length - 1]!
    const last = Math.max(d.sent, sents.find((s) => lastQ.close - 1 >= s.start && lastQ.close - 1 < s.end)?.index ?? d.sent)
    for (const id of d.speaker.ids) {
      drafts.push({ speakerId: id, text, direct: true, first, last, contentStart: d.quotes[0]!.open + 1, contentEnd: lastQ.close, attr: [[d.attrStart, d.attrEnd]], spans: d.quotes.map((q) => [q.open + 1, q.close]), verb: 'say', confidence: 0.9 })
    }
  }
  for (const s of sents) {
    if (s.skip) continue
    const found: Found[] = []
    const acc = according(s, cleaned)
    if (acc) found.push(acc)
    s.tokens.forEach((t, vi) => {
      if (!t.word || used.has(`${s.index}:${vi}`) || inQuote(t.start, directSpans)) return
      // "made it clear that …", "made clear (that) …"
      const it = s.tokens[vi - 1]?.norm === 'it' ? 1 : 0
      const clear = t.norm === 'clear' && CLEAR_VERBS.has(s.tokens[vi - 1 - it]?.norm ?? '')
      if (!clear && !SPEECH_FORMS.has(t.norm)) return
      const f = readVerb(s, vi, cleaned, sents, directSpans, clear ? vi - 1 - it : vi, docSpeaker(drafts, cleaned, s.index))
      if (f) found.push(f)
    })
    for (const f of found) {
      for (const id of f.speaker.ids) {
        const conf = f.speaker.mentions.some((m) => m.kind === 'pronoun' || m.kind === 'description') ? 0.7 : 0.85
        drafts.push({ speakerId: id, text: unquote(f.text), direct: false, first: f.first, last: s.index, contentStart: f.contentStart, contentEnd: f.contentEnd, attr: f.attr, verb: 'say', confidence: conf })
      }
    }
  }
  return { drafts: drafts.sort((a, b) => a.first - b.first || a.contentStart - b.contentStart), quotes, directSpans }
}

/** The speaker of the latest earlier remark made "in a statement" (for "The statement added …"). */
function docSpeaker(drafts: StatementDraft[], cleaned: string, sent: number): string | null {
  let best: StatementDraft | null = null
  for (const d of drafts) if (d.first < sent && (!best || d.first >= best.first) && d.attr.some(([a, b]) => /\bstatement\b/.test(cleaned.slice(a, b)))) best = d
  return best?.speakerId ?? null
}

/** Drops repeats (same speaker, same content: a lead printed twice). */
export function dedupStatements(drafts: StatementDraft[]): StatementDraft[] {
  const out: StatementDraft[] = []
  const norm = (t: string) => t.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean)
  for (const d of drafts) {
    const w = new Set(norm(d.text))
    const dup = out.find((o) => {
      if (o.speakerId !== d.speakerId || o.direct !== d.direct) return false
      const ow = norm(o.text)
      const inter = ow.filter((x) => w.has(x)).length
      return inter / Math.min(ow.length, w.size) >= 0.9
    })
    if (!dup) out.push(d)
  }
  return out
}
