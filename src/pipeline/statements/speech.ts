// Attributed speech of an article (Quotebank-like): direct quotes (quotes.ts) and reported speech read from
// speech verbs (reported.ts), in text order; and the statements without repeats.
import type { SentenceCtx } from '../doc.ts'
import { sentenceAt } from '../text/positions.ts'
import { SPEECH_FORMS } from '../text/verb-group.ts'
import { lexiconWords } from '../resources/lexicon.ts'
import { unquote } from './content-text.ts'
import { directQuotes, findQuotes, quoteTest, type DirectQuote, type QuoteSpan } from './quotes.ts'
import { according, type Found } from './attribution.ts'
import { readVerb } from './reported.ts'
import { verbSpanStatement } from './verb-span.ts'

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
  /** the pronoun the speaker was read from ("he said"), and the actors named inside the content */
  pronoun?: string
  named?: string[]
}

const CLEAR_VERBS = lexiconWords('speech', 'clearVerbForms')

/** The statement of a direct quote: its parts joined ('"A," X said, "b …"' joins without a full stop). */
function quoteDrafts(d: DirectQuote, cleaned: string, sents: SentenceCtx[]): StatementDraft[] {
  const text = d.quotes.map((q, i) => {
    const part = cleaned.slice(q.open + 1, q.close).trim()
    const next = d.quotes[i + 1] ? cleaned.slice(d.quotes[i + 1]!.open + 1).trimStart() : ''
    return part.replace(/,$/, i === d.quotes.length - 1 || /^\p{Ll}/u.test(next) ? '' : '.')
  }).join(' ')
  const open = d.quotes[0]!.open
  const inside = (off: number) => { const s = sentenceAt(sents, off); return s && off < s.end ? s.index : undefined }
  const first = inside(open) ?? d.sent
  const lastQ = d.quotes[d.quotes.length - 1]!
  const lastSent = inside(lastQ.close - 1) ?? d.sent
  return d.speaker.ids.slice(0, 1).map((id) => ({
    speakerId: id, text, direct: true, first, last: Math.max(d.sent, lastSent), contentStart: open + 1,
    contentEnd: lastQ.close, attr: [[d.attrStart, d.attrEnd]], spans: d.quotes.map((q) => [q.open + 1, q.close]),
  }))
}

/** At most this many remarks are read from the speech verbs of one sentence (real sentences have one to three). */
export const MAX_REMARKS_PER_SENTENCE = 12
/** A repeat is looked for among the speaker's latest statements of the same kind, at most this many. */
const REPEAT_WINDOW = 64

/** The author of the latest remark made "in a statement" before each sentence (for "The statement added …"),
 *  answered in sentence order as drafts are added. */
function documentAuthors(cleaned: string, direct: StatementDraft[], drafts: StatementDraft[]) {
  const inStatement = (d: StatementDraft) => d.attr.some(([a, b]) => /\bstatement\b/.test(cleaned.slice(a, b)))
  const waiting =
    direct.map((d, idx) => ({ d, idx })).filter((x) => inStatement(x.d)).sort((x, y) => x.d.first - y.d.first)
  let next = 0
  let seen = direct.length
  let best: { d: StatementDraft; idx: number } | null = null
  const consider = (c: { d: StatementDraft; idx: number }) => {
    if (!best || c.d.first > best.d.first || (c.d.first === best.d.first && c.idx > best.idx)) best = c
  }
  /** the speaker of the latest remark in a statement among the drafts of sentences before `sent` */
  return (sent: number): string | null => {
    while (next < waiting.length && waiting[next]!.d.first < sent) consider(waiting[next++]!)
    for (; seen < drafts.length; seen++) {
      const d = drafts[seen]!
      if (inStatement(d) && d.first < sent) consider({ d, idx: seen })
    }
    return best?.d.speakerId ?? null
  }
}

/** All attributed speech of the article, in text order (before date resolution and dedup). Marks the mentions
 *  inside direct quotes as quoted. */
export function findStatements(cleaned: string, sents: SentenceCtx[]): StatementDraft[] {
  const orphans: QuoteSpan[][] = []
  const dq = directQuotes(cleaned, sents, findQuotes(cleaned, sents), orphans)
  const inDirect = quoteTest(dq.flatMap((d) => d.quotes))
  for (const s of sents) for (const m of s.mentions) if (inDirect(m.start)) m.quoted = true
  const drafts: StatementDraft[] = []
  /** the attribution words of direct quotes ("sentence:token"): not read again as reported speech */
  const used = new Set<string>()
  for (const d of dq) {
    const ds = sents[d.sent]!
    ds.tokens.forEach((t, i) => {
      if (i >= d.verb && t.start < Math.max(d.attrEnd, ds.tokens[d.verb]!.end)) used.add(`${d.sent}:${i}`)
    })
    drafts.push(...quoteDrafts(d, cleaned, sents))
  }
  const docSpeaker = documentAuthors(cleaned, [...drafts], drafts)
  for (const s of sents) {
    if (s.skip) continue
    const found: Found[] = []
    const acc = according(s, cleaned)
    if (acc) found.push(acc)
    for (let vi = 0; vi < s.tokens.length && found.length < MAX_REMARKS_PER_SENTENCE; vi++) {
      const t = s.tokens[vi]!
      if (!t.word || used.has(`${s.index}:${vi}`) || inDirect(t.start)) continue
      // "made it clear that …", "made clear (that) …"
      const it = s.tokens[vi - 1]?.norm === 'it' ? 1 : 0
      const clear = t.norm === 'clear' && CLEAR_VERBS.has(s.tokens[vi - 1 - it]?.norm ?? '')
      const subjAt = clear ? vi - 1 - it : vi
      const speechVerb = clear || SPEECH_FORMS.has(t.norm)
      const read = speechVerb ? readVerb(s, vi, cleaned, sents, inDirect, subjAt, docSpeaker(s.index)) : null
      const f = read ?? verbSpanStatement(s, vi, cleaned)
      if (f) found.push(f)
    }
    for (const f of found) {
      if (nested(f, found)) continue
      // a joint remark ("Kerry and Lavrov said", "the two leaders said") is annotated once: the first-named
      for (const id of f.speaker.ids.slice(0, 1)) {
        drafts.push({
          speakerId: id, text: unquote(f.text), direct: false, first: f.first, last: s.index,
          contentStart: f.contentStart, contentEnd: f.contentEnd, attr: f.attr,
        })
      }
    }
  }
  for (const d of drafts) markNamed(d, sents)
  const sorted = drafts.sort((a, b) => a.first - b.first || a.contentStart - b.contentStart)
  const adopted = adoptOrphans(cleaned, sents, orphans, sorted)
  if (adopted.length === 0) return sorted
  const spans = adopted.flatMap((d) => d.spans!.map(([a, b]) => ({ open: a - 1, close: b, paragraph: 0 })))
  const inAdopted = quoteTest(spans)
  for (const d of adopted) {
    for (let k = d.first; k <= d.last; k++) for (const m of sents[k]!.mentions) if (inAdopted(m.start)) m.quoted = true
  }
  return [...sorted.filter((d) => d.direct || !inAdopted(d.contentStart)), ...adopted]
    .sort((a, b) => a.first - b.first || a.contentStart - b.contentStart)
}

/** The pronoun of the draft's speaker, and the actors named inside its content. */
function markNamed(d: StatementDraft, sents: SentenceCtx[]): void {
  const ids = new Set<string>()
  for (let k = d.first; k <= d.last; k++) {
    for (const m of sents[k]!.mentions) {
      if (m.start < d.contentStart || m.end > d.contentEnd) continue
      if (m.actorId) ids.add(m.actorId)
    }
    const sp = sents[k]!.mentions.find((m) => m.kind === 'pronoun' && m.actorId === d.speakerId &&
      (m.end <= d.contentStart || m.start >= d.contentEnd) && d.attr.some(([a, b]) => m.start >= a && m.end <= b))
    if (sp) d.pronoun = sp.pronoun
  }
  d.named = [...ids]
}

/** Quotes left unattributed in their paragraph (quotes.ts): a quote that follows right after a remark (the
 *  sentence before it, in its paragraph or closing the previous one) continues that speaker ('X said … . "…"',
 *  a quote-only paragraph after X's quote); a quote left open at its paragraph's end continues into the next
 *  paragraph, whose opening quote's speaker it takes. One statement per paragraph (D14). */
function adoptOrphans(cleaned: string, sents: SentenceCtx[], orphans: QuoteSpan[][], drafts: StatementDraft[]) {
  const out: StatementDraft[] = []
  /** the last remark of each sentence (by its last sentence) */
  const lastOf = new Map<number, StatementDraft>()
  const note = (d: StatementDraft) => {
    const o = lastOf.get(d.last)
    if (!o || d.contentStart >= o.contentStart) lastOf.set(d.last, d)
  }
  drafts.forEach(note)
  /** the direct quote opening each paragraph's first sentence */
  const opening = new Map<number, StatementDraft>()
  for (const d of drafts) {
    const s = sents[d.first]!
    if (d.direct && d.contentStart === s.start + 1 && !opening.has(s.paragraph) &&
      (d.first === 0 || sents[d.first - 1]!.paragraph !== s.paragraph)) opening.set(s.paragraph, d)
  }
  for (const group of orphans) {
    const first = sentenceAt(sents, group[0]!.open)
    const lastQ = group[group.length - 1]!
    const last = sentenceAt(sents, Math.max(lastQ.open, lastQ.close - 1))
    if (!first || !last) continue
    const prev = sents[first.index - 1]
    const before = prev && !prev.skip ? lastOf.get(prev.index) : undefined
    const open = cleaned[lastQ.close] !== '"'
    const next = open ? opening.get(last.paragraph + 1) : undefined
    const from = before ?? next
    if (!from) continue
    const d: StatementDraft = {
      speakerId: from.speakerId, text: joinQuotes(cleaned, group), direct: true, first: first.index, last: last.index,
      contentStart: group[0]!.open + 1, contentEnd: lastQ.close, attr: from.attr,
      spans: group.map((q) => [q.open + 1, q.close]),
    }
    out.push(d)
    note(d)
  }
  return out
}

function joinQuotes(cleaned: string, group: QuoteSpan[]): string {
  return group.map((q) => cleaned.slice(q.open + 1, q.close).trim().replace(/,$/, '')).join(' ')
}

/** "X said Y had said …" (D16): a remark reported inside another speaker's content is the outer speaker's only. */
function nested(f: Found, found: Found[]): boolean {
  const at = f.speaker.mentions[0]?.start ?? f.contentStart
  return found.some((g) => g !== f && g.contentStart <= Math.min(at, f.contentStart) && f.contentEnd <= g.contentEnd &&
    !f.speaker.ids.some((id) => g.speaker.ids.includes(id)))
}

/** Drops repeats (same speaker, same content: a lead printed twice): a statement whose words are, for 90 % of the
 *  shorter one, those of one of the speaker's latest statements of the same kind. */
export function dedupStatements(drafts: StatementDraft[]): StatementDraft[] {
  const out: StatementDraft[] = []
  const norm = (t: string) => t.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean)
  const kept = new Map<string, string[][]>()
  for (const d of drafts) {
    const words = norm(d.text)
    const w = new Set(words)
    const key = `${d.speakerId}|${d.direct}`
    const earlier = kept.get(key) ?? []
    const dup =
      earlier.slice(-REPEAT_WINDOW).some((ow) => ow.filter((x) => w.has(x)).length / Math.min(ow.length, w.size) >= 0.9)
    if (dup) continue
    out.push(d)
    kept.set(key, [...earlier.slice(-REPEAT_WINDOW + 1), words])
  }
  return out
}
