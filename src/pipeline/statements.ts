// Stage 4: statements (Quotebank-like). Direct quotes come from quotes.ts; indirect speech is read
// from speech verbs: "X said (that) …", "…, X said.", "according to X, …", "X told journalists that …",
// "X warned/confirmed/insisted/assured … that …", participles (", saying that …"), "X was quoted as
// saying", passive "this was confirmed by X" (content = previous sentence), "X dismissed Y as Z".
import type { SentenceCtx } from './actors.ts'
import type { Token } from './mentions.ts'
import { isPassive, mainSubject, passiveAgent, subjectAfter, subjectOf, SPEECH_FORMS, type Subject } from './clauses.ts'
import { directQuotes, findQuotes, type QuoteSpan } from './quotes.ts'

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
  verb: string
  confidence: number
}

/** Verbs whose content must be introduced by "that" (else they are not reporting speech), always or in bare forms. */
const THAT_ALWAYS = new Set(['maintain', 'conclude', 'write', 'report', 'comment', 'point', 'suggest', 'predict', 'admit', 'acknowledge', 'remark', 'allege', 'argue', 'announce', 'promise', 'pledge', 'vow', 'deny'])
const THAT_IF_BARE = new Set(['state', 'note', 'claim', 'confirm'])
const ADDRESSEES = new Set(['reporters', 'journalists', 'correspondents', 'press', 'media', 'lawmakers', 'parliament', 'students', 'audience', 'senators', 'deputies', 'legislators', 'newsmen', 'reporter', 'journalist'])
const AUX = new Set('will would shall should can could may might must has have had is are was were be been do does did not never'.split(' '))
const AS_LEMMAS = new Set(['dismiss', 'blast', 'call', 'describe', 'brand'])
const VERB_FINAL_NEXT = /^(following|after|during|at|in|on|to|before|while|when|last|this|yesterday|today|earlier|later|late|in)$/
const LEADING = /^(?:[A-Z][\w.]*(?: [A-Z][\w.]*)*,? (?:[A-Z][a-z]+ \d{1,2} )?(?:\([^)]*\) )?- |(?:However|But|And|Meanwhile|Moreover|Also|Still|Yet|In addition|In his turn|In her turn),? )/
const PARTICIPLE_CUT = /,\s+(?:complaining|saying|adding|claiming|insisting|noting|stressing|warning|calling|arguing|explaining)\b|,\s+(?:while|whereas|although|but)\s|;\s|\s-\s/

function textOf(cleaned: string, a: number, b: number): string {
  let t = cleaned.slice(a, b).trim()
  t = t.replace(LEADING, '').replace(/^that\s+/i, '')
  return t.replace(/[\s.,;:]+$/, '').trim()
}

/** Cuts a content span at a following participle/contrast clause or a trailing source attribution. */
function contentEnd(s: SentenceCtx, cleaned: string, from: number): number {
  let end = s.end
  const rest = cleaned.slice(from, end)
  const cut = PARTICIPLE_CUT.exec(rest)
  if (cut) end = from + cut.index
  // ", the Interfax news agency reported." / ", according to X." / " and said …"
  const tail = /,\s+(?:[\w.'-]+\s+){0,5}(?:reported|said|says|reports|added|according to [^,]+)\.?\s*$/.exec(cleaned.slice(from, end))
  if (tail) end = from + tail.index
  const conj = /\s+and\s+(?:then\s+)?([a-z]+)\b/g
  const seg = cleaned.slice(from, end)
  for (let m = conj.exec(seg); m; m = conj.exec(seg)) if (SPEECH_FORMS.has(m[1]!)) { end = from + m.index; break }
  return end
}

function tokenIdx(tokens: Token[], off: number): number {
  const i = tokens.findIndex((t) => t.start >= off)
  return i < 0 ? tokens.length : i
}

function plural(y: string): boolean {
  const w = y.toLowerCase().split(/\s+/).filter((x) => !['the', 'a', 'an', 'these', 'those', 'its', 'their', 'his', 'her'].includes(x))
  const head = w.find((x) => /^[a-z-]+$/.test(x)) ?? ''
  return /[^s]s$/.test(head)
}

function inQuote(off: number, quotes: QuoteSpan[]): boolean {
  return quotes.some((q) => off > q.open && off < q.close)
}

interface Found {
  speaker: Subject
  contentStart: number
  contentEnd: number
  text: string
  first: number
  attr: [number, number][]
}

/** One speech verb at token `vi` → speaker + content, or null. */
function readVerb(s: SentenceCtx, vi: number, cleaned: string, sents: SentenceCtx[], direct: QuoteSpan[], subjAt = vi): Found | null {
  const tk = s.tokens
  const v = tk[vi]!
  const lemma = subjAt !== vi ? 'state' : SPEECH_FORMS.get(v.norm)!
  const bare = !/(ed|ing)$/.test(v.norm) && !['said', 'told', 'made'].includes(v.norm)
  const gerund = v.norm.endsWith('ing')
  const prev = tk[vi - 1]
  if (prev?.norm === 'to' || (v.cap && vi === 0)) return null
  if (lemma === 'quote' || lemma === 'report' && !/^(that)$/.test(tk[vi + 1]?.norm ?? '')) return null
  if (lemma === 'point' && tk[vi + 1]?.norm !== 'out') return null
  let speaker: Subject | null = null
  if (gerund) {
    if (prev?.norm === 'as') {
      const q = tk.slice(Math.max(0, vi - 8), vi).findIndex((t) => t.norm === 'quoted')
      if (q >= 0) speaker = subjectOf(s, Math.max(0, vi - 8) + q)
    } else if (prev?.text === ',') speaker = mainSubject(s, vi)
    else return null
  } else {
    speaker = subjectOf(s, subjAt)
    if (!speaker && isPassive(s, vi)) {
      // "this was confirmed by X": the content is the previous sentence
      const agent = passiveAgent(s, vi)
      const p = sents[s.index - 1]
      if (!agent || !/^(this|that|it)$/.test(tk[vi - 2]?.norm ?? '') || !p || p.skip || inQuote(p.start + 1, direct)) return null
      return { speaker: agent, contentStart: p.start, contentEnd: p.end, text: textOf(cleaned, p.start, p.end), first: p.index, attr: [[s.start, s.end]] }
    }
    speaker = speaker ?? subjectAfter(s, vi)
  }
  if (!speaker || speaker.ids.length === 0) return null
  const after = vi + 1 + (lemma === 'point' ? 1 : 0)
  const sp = speaker.mentions
  const spStart = sp[0]!.start
  const spEnd = sp[sp.length - 1]!.end
  // "X dismissed Y as Z", "calling Y "Z""
  if (AS_LEMMAS.has(lemma)) {
    const asI = tk.findIndex((t, i) => i > after && (t.norm === 'as' || (lemma === 'call' && t.text === '"')))
    if (asI < 0 || asI - after > 14) return null
    const y = cleaned.slice(tk[after]!.start, tk[asI - 1]!.end)
    const zStart = tk[asI]!.text === '"' ? tk[asI]!.start : tk[asI]!.end
    let zEnd = contentEnd(s, cleaned, zStart)
    const open = cleaned.indexOf('"', zStart)
    if (open >= 0 && cleaned.slice(zStart, open).trim() === '') {
      const close = cleaned.indexOf('"', open + 1)
      if (close > open) zEnd = Math.min(zEnd, close)
    }
    const z = cleaned.slice(zStart, zEnd).replace(/"/g, '').trim().replace(/[.,]+$/, '')
    if (!z) return null
    return { speaker, contentStart: tk[after]!.start, contentEnd: zEnd, text: `${y} ${plural(y) ? 'are' : 'is'} ${z}`, first: s.index, attr: [[s.start, tk[after]!.start]] }
  }
  // "… that CONTENT"
  let that = -1
  for (let j = after; j < Math.min(tk.length, after + 15); j++) {
    const t = tk[j]!
    if (t.text === '.' || t.text === ';' || t.text === '"' || AUX.has(t.norm)) break
    if (t.norm === 'that') { that = j; break }
  }
  let cs = -1
  const nx = tk[after]
  const verbFinal = !nx || nx.text === '.' || nx.text === ',' || VERB_FINAL_NEXT.test(nx.norm) || SPEECH_FORMS.has(nx.norm)
  if (that >= 0) cs = tk[that + 1]?.start ?? -1
  else if (verbFinal || !(THAT_ALWAYS.has(lemma) || (THAT_IF_BARE.has(lemma) && bare))) {
    if (verbFinal) {
      const comma = tk[sp[0]!.ti - 1]
      if (comma?.text === ',' && !gerund) {
        const head = cleaned.slice(s.start, comma.start).replace(LEADING, '').trim()
        const rest = tk.slice(after)
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
    if (['tell', 'warn', 'assure', 'brief', 'inform'].includes(lemma)) {
      // "told reporters the deployment was …": skip the addressee
      let k = after
      if (tk[k]?.norm === 'the') k++
      if (!tk[k] || !ADDRESSEES.has(tk[k]!.norm)) return null
      k++
      if (!tk[k]?.word || /^(after|at|in|on|following|during|before|that)$/.test(tk[k]!.norm)) return null
      cs = tk[k]!.start
    } else if (['respond', 'reply'].includes(lemma)) return null
    else cs = nx.start
  }
  if (cs < 0) return null
  const ce = contentEnd(s, cleaned, cs)
  const text = textOf(cleaned, cs, ce)
  if (text.split(/\s+/).length < 3) return null
  return { speaker, contentStart: cs, contentEnd: ce, text, first: s.index, attr: [[Math.min(spStart, v.start, s.start), cs]] }
}

/** "according to X, CONTENT" / "CONTENT, according to X". */
function according(s: SentenceCtx, cleaned: string): Found | null {
  const tk = s.tokens
  const a = tk.findIndex((t, i) => t.norm === 'according' && tk[i + 1]?.norm === 'to')
  if (a < 0) return null
  const m = s.mentions.find((x) => (x.ti === a + 2 || (x.ti === a + 3 && tk[a + 2]?.norm === 'the')) && (x.actorId || x.members))
  if (!m) return null
  const speaker: Subject = { ids: m.members ?? [m.actorId!], mentions: [m] }
  if (tk[m.tj]?.text === ',') {
    const cs = tk[m.tj + 1]?.start
    if (cs === undefined) return null
    const ce = contentEnd(s, cleaned, cs)
    return { speaker, contentStart: cs, contentEnd: ce, text: textOf(cleaned, cs, ce), first: s.index, attr: [[s.start, cs]] }
  }
  const comma = tk[a - 1]
  if (comma?.text !== ',') return null
  return { speaker, contentStart: s.start, contentEnd: comma.start, text: textOf(cleaned, s.start, comma.start), first: s.index, attr: [[comma.start, s.end]] }
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
    const text = d.quotes.map((q, i) => cleaned.slice(q.open + 1, q.close).trim().replace(/,$/, i < d.quotes.length - 1 ? '.' : '')).join(' ')
    const first = sents.find((s) => d.quotes[0]!.open >= s.start && d.quotes[0]!.open < s.end)?.index ?? d.sent
    const lastQ = d.quotes[d.quotes.length - 1]!
    const last = Math.max(d.sent, sents.find((s) => lastQ.close - 1 >= s.start && lastQ.close - 1 < s.end)?.index ?? d.sent)
    for (const id of d.speaker.ids) {
      drafts.push({ speakerId: id, text, direct: true, first, last, contentStart: d.quotes[0]!.open + 1, contentEnd: lastQ.close, attr: [[d.attrStart, d.attrEnd]], verb: 'say', confidence: 0.9 })
    }
  }
  for (const s of sents) {
    if (s.skip) continue
    const found: Found[] = []
    const acc = according(s, cleaned)
    if (acc) found.push(acc)
    s.tokens.forEach((t, vi) => {
      if (!t.word || used.has(`${s.index}:${vi}`) || inQuote(t.start, directSpans)) return
      const clear = t.norm === 'clear' && s.tokens[vi - 1]?.norm === 'it' && /^(made|make|makes|making)$/.test(s.tokens[vi - 2]?.norm ?? '')
      if (!clear && !SPEECH_FORMS.has(t.norm)) return
      const f = readVerb(s, vi, cleaned, sents, directSpans, clear ? vi - 2 : vi)
      if (f) found.push(f)
    })
    for (const f of found) {
      for (const id of f.speaker.ids) {
        const conf = f.speaker.mentions.some((m) => m.kind === 'pronoun' || m.kind === 'description') ? 0.7 : 0.85
        drafts.push({ speakerId: id, text: f.text, direct: false, first: f.first, last: s.index, contentStart: f.contentStart, contentEnd: f.contentEnd, attr: f.attr, verb: 'say', confidence: conf })
      }
    }
  }
  return { drafts: drafts.sort((a, b) => a.first - b.first || a.contentStart - b.contentStart), quotes, directSpans }
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
