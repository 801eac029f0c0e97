// Attributed speech of an article (Quotebank-like): direct quotes (quotes.ts) and reported speech read from
// speech verbs (reported.ts), in text order; and the statements without repeats.
import type { SentenceCtx } from '../doc.ts'
import { SPEECH_FORMS } from '../text/verb-group.ts'
import { lexiconWords } from '../resources/lexicon.ts'
import { unquote } from './content-text.ts'
import { directQuotes, findQuotes, inQuote, type DirectQuote, type QuoteSpan } from './quotes.ts'
import { according, type Found } from './attribution.ts'
import { readVerb } from './reported.ts'

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
  const first = sents.find((s) => open >= s.start && open < s.end)?.index ?? d.sent
  const lastQ = d.quotes[d.quotes.length - 1]!
  const lastSent = sents.find((s) => lastQ.close - 1 >= s.start && lastQ.close - 1 < s.end)?.index ?? d.sent
  return d.speaker.ids.map((id) => ({
    speakerId: id, text, direct: true, first, last: Math.max(d.sent, lastSent), contentStart: open + 1,
    contentEnd: lastQ.close, attr: [[d.attrStart, d.attrEnd]], spans: d.quotes.map((q) => [q.open + 1, q.close]),
  }))
}

/** All attributed speech of the article, in text order (before date resolution and dedup). Marks the mentions
 *  inside direct quotes as quoted. */
export function findStatements(cleaned: string, sents: SentenceCtx[]): StatementDraft[] {
  const dq = directQuotes(cleaned, sents, findQuotes(cleaned, sents))
  const directSpans: QuoteSpan[] = dq.flatMap((d) => d.quotes)
  for (const s of sents) for (const m of s.mentions) if (inQuote(m.start, directSpans)) m.quoted = true
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
      const subjAt = clear ? vi - 1 - it : vi
      const f = readVerb(s, vi, cleaned, sents, directSpans, subjAt, docSpeaker(drafts, cleaned, s.index))
      if (f) found.push(f)
    })
    for (const f of found) {
      for (const id of f.speaker.ids) {
        drafts.push({
          speakerId: id, text: unquote(f.text), direct: false, first: f.first, last: s.index,
          contentStart: f.contentStart, contentEnd: f.contentEnd, attr: f.attr,
        })
      }
    }
  }
  return drafts.sort((a, b) => a.first - b.first || a.contentStart - b.contentStart)
}

/** The speaker of the latest earlier remark made "in a statement" (for "The statement added …"). */
function docSpeaker(drafts: StatementDraft[], cleaned: string, sent: number): string | null {
  let best: StatementDraft | null = null
  for (const d of drafts) {
    if (d.first >= sent || (best && d.first < best.first)) continue
    if (d.attr.some(([a, b]) => /\bstatement\b/.test(cleaned.slice(a, b)))) best = d
  }
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
