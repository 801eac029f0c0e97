// Direct quotations: pairs of straight double quotes inside a paragraph, their attribution
// ('"A," she said.' / 'X said: "A"' / 'X stated that "A."'), and quotes continued after the
// attribution ('"A," she said. "B."' → one statement A B).
import type { SentenceCtx } from '../doc.ts'
import type { Token } from '../text/tokens.ts'
import { sentenceAt } from '../text/positions.ts'
import { subjectAfter, type Subject } from '../text/clauses.ts'
import { skippable, SPEECH_FORMS } from '../text/verb-group.ts'
import { speakerOf } from './speaker.ts'
import { alternatives, lexiconWords } from '../resources/lexicon.ts'

const CITING = lexiconWords('speech', 'citingForms')
const FINITE_BE = lexiconWords('grammar', 'finiteBe')
const MODALS = lexiconWords('grammar', 'modals')

export interface QuoteSpan {
  /** offsets (cleaned) of the opening and closing quote characters; close = paragraph end if unclosed */
  open: number
  close: number
  paragraph: number
}

export interface DirectQuote {
  quotes: QuoteSpan[]
  speaker: Subject
  /** sentence index and token index of the attributing verb */
  sent: number
  verb: number
  /** cleaned range of the attribution words (for its date) */
  attrStart: number
  attrEnd: number
}

/** Whether cleaned offset `off` is inside one of the quotes (open < off < close). */
export type InQuote = (off: number) => boolean

/** An `InQuote` test over `quotes` in O(log n): the quotes opening before `off`, sorted, with the furthest close
 *  among them. */
export function quoteTest(quotes: QuoteSpan[]): InQuote {
  const qs = [...quotes].sort((a, b) => a.open - b.open)
  const reach: number[] = []
  qs.forEach((q, i) => reach.push(Math.max(q.close, i > 0 ? reach[i - 1]! : -Infinity)))
  return (off) => {
    let lo = 0
    let hi = qs.length - 1
    let last = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (qs[mid]!.open < off) {
        last = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return last >= 0 && off < reach[last]!
  }
}

/** Pairs the double quotes of each paragraph. */
export function findQuotes(cleaned: string, sents: SentenceCtx[]): QuoteSpan[] {
  const out: QuoteSpan[] = []
  const paras = new Map<number, [number, number]>()
  for (const s of sents) {
    const p = paras.get(s.paragraph)
    paras.set(s.paragraph, p ? [p[0], s.end] : [s.start, s.end])
  }
  for (const [paragraph, [ps, pe]] of paras) {
    let open = -1
    for (let i = ps; i < pe; i++) {
      if (cleaned[i] !== '"') continue
      if (open < 0) open = i
      else {
        out.push({ open, close: i, paragraph })
        open = -1
      }
    }
    if (open >= 0 && pe - open > 20) out.push({ open, close: pe, paragraph })
    if (!cleaned.slice(ps, pe).includes('"')) out.push(...singleQuotes(cleaned, ps, pe, paragraph))
  }
  return out.sort((a, b) => a.open - b.open)
}

/** British-style 'single' quotes in a paragraph without double quotes: an opening ' after a space or
 *  colon, a closing ' after punctuation or before it; apostrophes inside words are neither. */
function singleQuotes(text: string, ps: number, pe: number, paragraph: number): QuoteSpan[] {
  const out: QuoteSpan[] = []
  let open = -1
  for (let i = ps; i < pe; i++) {
    if (text[i] !== "'") continue
    const prev = i > ps ? text[i - 1]! : ' '
    const next = i + 1 < pe ? text[i + 1]! : ' '
    if (open < 0) {
      if (/[\s:([]/.test(prev) && /[A-Z0-9]/.test(next)) open = i
    } else if (/[.,!?;]/.test(prev) || (/[\p{L}\d]/u.test(prev) && /[.,;:!?)]/.test(next)) ||
      (/[\p{L}\d]/u.test(prev) && i + 1 >= pe)) {
      if (text.slice(open + 1, i).trim().split(/\s+/).length >= 3) out.push({ open, close: i, paragraph })
      open = -1
    }
  }
  return out
}

function tokenAt(tokens: Token[], off: number): number {
  const i = tokens.findIndex((t) => t.start >= off)
  return i < 0 ? tokens.length : i
}

/** Verbs that attribute a direct quote only ('"Why?" he asked', '"…," Putin quipped'). */
const QUOTE_VERBS = lexiconWords('speech', 'quoteOnlyVerbs')
const attrVerb = (t: Token) => t.word && !t.cap && (SPEECH_FORMS.has(t.norm) || QUOTE_VERBS.has(t.norm))

/** '"…," Putin said' / '"…," said Putin' / '"…," Antonov was quoted by Interfax as saying'. */
function attributionAfter(s: SentenceCtx, from: number): { speaker: Subject; verb: number; end: number } | null {
  const tk = s.tokens
  let k = from
  while (tk[k] && !tk[k]!.word && tk[k]!.text !== '"') k++
  if (!tk[k] || tk[k]!.text === '"') return null
  // "said Putin" (a capitalised "State" opens a name, not the verb)
  if (attrVerb(tk[k]!)) {
    const sub = subjectAfter(s, k)
    if (!sub) return null
    const afterSpeaker = tk[Math.min(tk.length - 1, sub.mentions[sub.mentions.length - 1]!.tj)]
    return { speaker: sub, verb: k, end: afterSpeaker?.end ?? s.end }
  }
  // the first speech verb of the attribution: "NATO Secretary-General X told", "X, the envoy, said"
  let v = -1
  for (let j = k + 1; j < Math.min(tk.length, k + 25); j++) {
    const t = tk[j]!
    if (t.text === '"' || t.text === '.' || t.text === ';') break
    if (attrVerb(t)) { v = j; break }
  }
  if (v < 0) return null
  // '"…," Interfax quoted Ryabkov as saying': the object of an active "quoted"
  const active = CITING.has(tk[v]!.norm) && !FINITE_BE.has(tk[v - 1]?.norm ?? '')
  const obj = active ? s.mentions.find((m) => m.ti === v + 1 && (m.actorId || m.members)) : undefined
  const sub = obj ? { ids: obj.members ?? [obj.actorId!], mentions: [obj] } : speakerOf(s, v)
  if (obj) return { speaker: sub!, verb: v, end: tk[tk.length - 1]!.end }
  if (!sub || sub.mentions[0]!.ti < k) return null
  let end = v + 1
  while (tk[end] && tk[end]!.text !== '"' && tk[end]!.text !== '.' && tk[end]!.text !== ',') end++
  return { speaker: sub, verb: v, end: tk[end - 1]!.end }
}

/** 'Putin said: "…"', 'Putin stated that "…"'. */
function attributionBefore(s: SentenceCtx, openOff: number): { speaker: Subject; verb: number; start: number } | null {
  const tk = s.tokens
  let k = tokenAt(tk, openOff) - 1
  const colon = tk[k]?.text === ':'
  if (tk[k] && (tk[k]!.text === ':' || tk[k]!.text === ',')) k--
  if (tk[k]?.norm === 'that') k--
  while (k >= 0 && skippable(tk[k])) k--
  // 'X told the BBC: "…"' — an addressee between the verb and the colon
  if (colon) {
    for (let b = k; b >= Math.max(0, k - 4) && !SPEECH_FORMS.has(tk[k]!.norm); b--) {
      if (SPEECH_FORMS.has(tk[b]!.norm)) k = b
    }
  }
  if (k < 0 || !SPEECH_FORMS.has(tk[k]!.norm)) return null
  // "would respond "in a measured way"": a modal verb reports no speech
  if (MODALS.has(tk[k - 1]?.norm ?? '')) return null
  const sub = speakerOf(s, k)
  return sub ? { speaker: sub, verb: k, start: sub.mentions[0]!.start } : null
}

const CONTINUATION = alternatives(lexiconWords('speech', 'continuationWords'))
/** '"A," X said, adding: "B."': the words joining two quotes of one speaker */
const ADDING = new RegExp(`^[\\s,]*(?:and\\s+)?(?:${CONTINUATION})(?:\\s+that)?\\s*[:,]?\\s*$`, 'i')

function words(cleaned: string, q: QuoteSpan): number {
  return cleaned.slice(q.open + 1, q.close).split(/\s+/).filter(Boolean).length
}

/** Direct quotations with their speakers; unattributed quotes opening a sentence continue the
 *  paragraph's previous (or next) attributed quote. Scare quotes inside a clause are left alone. Quotes left
 *  unattributed in their paragraph are pushed to `orphans`, one group per paragraph. */
export function directQuotes(
  cleaned: string, sents: SentenceCtx[], quotes: QuoteSpan[], orphans: QuoteSpan[][] = [],
): DirectQuote[] {
  const out: DirectQuote[] = []
  const pending: QuoteSpan[] = []
  let last: DirectQuote | null = null
  for (const q of quotes) {
    const so = sentenceAt(sents, q.open)
    const sc = sentenceAt(sents, Math.max(q.open, q.close - 1))
    if (!so || !sc || so.skip) continue
    // a paragraph break ends a quotation (D14): what is still unattributed is an orphan, never glued to the next
    // paragraph's speaker
    if (pending.length && pending[0]!.paragraph !== q.paragraph) orphans.push(pending.splice(0))
    if (last && last.quotes[0]!.paragraph !== q.paragraph) last = null
    const lead = cleaned.slice(so.start, q.open).trim()
    const opensSentence = lead === '' || /^[A-Z][\w.,' ]{0,40}\)?\s*-$/.test(lead)
    // 'If the talks fail, "…," X said': a fronted clause before the quote (the quote is the statement)
    const leadClause = !opensSentence && so === sc && /,$/.test(lead) && !lead.includes('"') &&
      !so.tokens.some((t) => t.start < q.open && t.word && !t.cap && SPEECH_FORMS.has(t.norm))
    let after = q.close < sc.end ? attributionAfter(sc, tokenAt(sc.tokens, q.close + 1)) : null
    let as = sc
    // '"Why should we?" Lavrov asked.': a question or exclamation ends the sentence before its attribution
    const nx = sents[sc.index + 1]
    if (!after && q.close + 1 >= sc.end && /[?!]/.test(cleaned[q.close - 1] ?? '') && nx &&
      nx.paragraph === sc.paragraph && cleaned.slice(q.close + 1, nx.start).trim() === '') {
      const a = attributionAfter(nx, 0)
      if (a && a.verb <= 3 && /^[\s.]*$/.test(cleaned.slice(a.end, nx.end))) {
        after = a
        as = nx
      }
    }
    if ((opensSentence || (leadClause && words(cleaned, q) >= 3)) && after && words(cleaned, q) >= 2) {
      last = {
        quotes: [...pending, q], speaker: after.speaker, sent: as.index, verb: after.verb,
        attrStart: q.close + 1, attrEnd: after.end,
      }
      pending.length = 0
      out.push(last)
      continue
    }
    const before = lead !== '' ? attributionBefore(so, q.open) : null
    const tail = cleaned.slice(q.close + 1, sc.end).trim()
    // '"A," X said, adding: "B."' — the same speaker goes on in the same sentence
    if (last && last.sent === so.index && q.open > last.attrEnd && ADDING.test(cleaned.slice(last.attrEnd, q.open)) &&
      /^[.!?]?$/.test(tail)) {
      last.quotes.push(q)
      last.attrEnd = q.open
      continue
    }
    // '"A," X said, "B."': the second half of a quote split by its attribution
    if (before && last && last.sent === so.index && last.verb === before.verb && /^[.!?]?$/.test(tail)) {
      last.quotes.push(q)
      continue
    }
    if (before && /^[.!?]?$/.test(tail) && words(cleaned, q) >= 3) {
      last = {
        quotes: [q], speaker: before.speaker, sent: so.index, verb: before.verb, attrStart: before.start,
        attrEnd: q.open,
      }
      out.push(last)
      continue
    }
    if (opensSentence && words(cleaned, q) >= 3 && /^[.!?]?$/.test(tail)) {
      if (last) last.quotes.push(q)
      else pending.push(q)
    }
  }
  if (pending.length) orphans.push(pending.splice(0))
  return out
}
