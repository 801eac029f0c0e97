// The article's events from the dated drafts: one per (source, target, root, date) — verbal before
// content-rule before nominal, then the more confident and the more specific code — rendered with the
// codebook's label, quad class and Goldstein score.
import type { ArticleDoc, DatedEvent } from '../doc.ts'
import type { EventDraft } from './draft.ts'
import type { ExtractedEvent } from '../types.ts'
import { formatDate } from '../text/dates.ts'
import { evidence } from '../text/evidence.ts'

const rank = (e: EventDraft) => (e.kind === 'verbal' ? 0 : e.kind === 'content' ? 1 : 2)
const specific = (e: EventDraft) => e.code.length * 2 + (e.code.endsWith('0') ? 0 : 1)

export function dedupEvents(events: DatedEvent[]): DatedEvent[] {
  const sorted = [...events].sort((a, b) =>
    rank(a) - rank(b) || b.confidence - a.confidence || specific(b) - specific(a) || a.at - b.at)
  const keys = new Set<string>()
  const out: DatedEvent[] = []
  for (const e of sorted) {
    const d = formatDate(e.date)
    const key = `${e.sourceId}|${e.targetId}|${e.code.slice(0, 2)}|${d}`
    const rev = `${e.targetId}|${e.sourceId}|${e.code.slice(0, 2)}|${d}`
    if (keys.has(key)) continue
    if (!e.mutual && (e.kind === 'nominal' || e.reciprocal) && keys.has(rev)) continue
    keys.add(key)
    out.push(e)
  }
  return out.sort((a, b) => a.at - b.at)
}

export function buildEvent(doc: ArticleDoc, e: DatedEvent): ExtractedEvent {
  const { cameo } = doc.resources
  const row = cameo.get(e.code) ?? cameo.get(e.code.slice(0, 3)) ?? cameo.get(e.code.slice(0, 2))
  const src = doc.cast.profiles.get(e.sourceId)!.record.name
  const tgt = doc.cast.profiles.get(e.targetId)!.record.name
  return {
    sourceId: e.sourceId, targetId: e.targetId, type: row?.label ?? e.entry, cameoCode: e.code,
    cameoRoot: e.code.slice(0, 2), quadClass: row?.quadClass ?? 1, goldstein: row?.goldstein ?? 0, date: e.date,
    summary: e.summary ? `${src} ${e.summary} ${tgt}` : `${src} → ${tgt}: ${row?.label ?? e.code}`,
    confidence: Math.round(e.confidence * 100) / 100, evidence: evidence(doc, e.sent, e.sent),
  }
}
