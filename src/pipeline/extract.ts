// The extractor: clean → segment → mentions/actors → statements → events → dates, evidence, dedup.
// Pure: raw text + publication date + resources in, an Extraction out (no database).
import type { ArticleInput, Evidence, ExtractedEvent, ExtractedStatement, Extraction, ResolvedDate } from './types.ts'
import { clean, toRawSpan, type Cleaned } from './clean.ts'
import { segment } from './segment.ts'
import { datelineLength, findDateline, findDates, formatDate, publicationDate, type DateMention } from './dates.ts'
import { loadResources, type Resources } from './resources.ts'
import { tokenize } from './mentions.ts'
import { articleActors, ensureProfile, resolveActors, type SentenceCtx, type Cast } from './actors.ts'
import { dedupStatements, findStatements, type StatementDraft } from './statements.ts'
import { contentEvents, findEvents, sideOf, type EventDraft, type SpeechSpan } from './events.ts'
import { loadVerbs } from './verbs.ts'
import { dateStatements, personOccasions } from './statement-dates.ts'

/** Builds the sentence contexts: tokens, and the skip flag for headlines and other unpunctuated lines. */
export function sentencesOf(cleaned: string): SentenceCtx[] {
  const sents = segment(cleaned)
  const perPara = new Map<number, number>()
  for (const s of sents) perPara.set(s.paragraph, (perPara.get(s.paragraph) ?? 0) + 1)
  return sents.map((s) => {
    const lone = perPara.get(s.paragraph) === 1
    const skip = lone && !/[.!?]["')\]]*$/.test(s.text.trim())
    const dl = datelineLength(s.text)
    const tokens = tokenize(s.text, s.start).filter((t) => t.start >= s.start + dl)
    return { index: s.index, start: s.start, end: s.end, text: s.text, paragraph: s.paragraph, tokens, mentions: [], skip }
  })
}

function evidence(c: Cleaned, raw: string, sents: SentenceCtx[], first: number, last: number): Evidence {
  const a = sents[first]!
  const b = sents[Math.max(first, last)]!
  const span = toRawSpan(c, a.start, b.end)
  return { sentenceIndex: first, start: span.start, end: span.end, text: raw.slice(span.start, span.end) }
}

interface DateCtx {
  published: string
  fallback: ResolvedDate
  cache: Map<string, DateMention[]>
  sents: SentenceCtx[]
  isPerson?: (id: string) => boolean
  /** person → the occasion they take part in (statement-dates.ts `personOccasions`), computed on demand */
  persons?: () => Map<string, ResolvedDate>
}

function datesIn(dc: DateCtx, s: SentenceCtx, tense: 'past' | 'future'): DateMention[] {
  const key = `${s.index}:${tense}`
  let d = dc.cache.get(key)
  if (!d) {
    const first = s.tokens[0]?.start ?? s.start
    d = findDates(s.text, dc.published, { tense, occasions: true }).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })).filter((m) => m.start >= first)
    dc.cache.set(key, d)
  }
  return d
}

const SPEECH_DAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i

function dateEvent(e: EventDraft, dc: DateCtx, speech: (SpeechSpan & { date: ResolvedDate })[]): ResolvedDate {
  const s = dc.sents[e.sent]!
  const inside = speech.find((sp) => e.at >= sp.contentStart && e.at < sp.contentEnd)
  const from = Math.max(e.dateFrom, inside?.contentStart ?? 0)
  const to = Math.min(e.dateTo, inside?.contentEnd ?? Infinity)
  const ms = datesIn(dc, s, e.tense).filter((m) => m.start >= from && m.end <= to)
  const anchor = e.anchor ?? e.at
  // an undated remark or act takes the date of the same speaker's dated remarks (one occasion)
  const occasion = (id: string) => speech.find((sp) => sp.speakerId === id && sp.date.text !== null)?.date
  if (ms.length) {
    const best = ms.reduce((b, m) => (Math.abs(m.start - anchor) < Math.abs(b.start - anchor) ? m : b))
    // "today" in reported speech is the day of the remark, not of publication
    if (inside && SPEECH_DAY.test(best.text)) return inside.date.text === null ? (occasion(inside.speakerId) ?? inside.date) : inside.date
    return best.date
  }
  if (inside) return inside.date.text === null ? (occasion(inside.speakerId) ?? inside.date) : inside.date
  const same = speech.find((sp) => sp.sent === e.sent && sp.speakerId === e.sourceId)
  if (same) return same.date.text === null ? (occasion(e.sourceId) ?? same.date) : same.date
  // an undated act of a person: their dated remark, else the occasion they take part in ("Kerry hosted Lavrov" after a dated lead)
  if (e.kind !== 'nominal' && e.occasion !== false && (e.personal || dc.isPerson?.(e.sourceId))) {
    const own = occasion(e.sourceId) ?? dc.persons?.().get(e.sourceId)
    if (own) return own
  }
  return dc.fallback
}

/** Assigns "I"/"we" inside direct quotes to the speaker (and the speaker's state). */
function quotePronouns(sents: SentenceCtx[], drafts: StatementDraft[], cast: Cast): void {
  for (const d of drafts) {
    if (!d.direct) continue
    for (let k = d.first; k <= d.last; k++) {
      for (const m of sents[k]!.mentions) {
        if (!(d.spans ?? [[d.contentStart, d.contentEnd]]).some(([a, b]) => m.start >= a && m.end <= b)) continue
        m.quoted = true
        if (m.kind !== 'pronoun') continue
        if (['i', 'me', 'my'].includes(m.pronoun!)) m.actorId = d.speakerId
        else if (['we', 'us', 'our'].includes(m.pronoun!)) m.actorId = sideOf(cast, d.speakerId) ?? d.speakerId
      }
    }
  }
}

function dedupEvents(events: (EventDraft & { date: ResolvedDate })[]): (EventDraft & { date: ResolvedDate })[] {
  const rank = (e: EventDraft) => (e.kind === 'verbal' ? 0 : e.kind === 'content' ? 1 : 2)
  const specific = (e: EventDraft) => e.code.length * 2 + (e.code.endsWith('0') ? 0 : 1)
  const sorted = [...events].sort((a, b) => rank(a) - rank(b) || b.confidence - a.confidence || specific(b) - specific(a) || a.at - b.at)
  const keys = new Set<string>()
  const out: (EventDraft & { date: ResolvedDate })[] = []
  for (const e of sorted) {
    const d = formatDate(e.date)
    const key = `${e.sourceId}|${e.targetId}|${e.code.slice(0, 2)}|${d}`
    const rev = `${e.targetId}|${e.sourceId}|${e.code.slice(0, 2)}|${d}`
    if (keys.has(key)) continue
    if (!e.mutual && (e.kind === 'nominal' || e.entry === 'meet' || e.entry === 'consult') && keys.has(rev)) continue
    keys.add(key)
    out.push(e)
  }
  return out.sort((a, b) => a.at - b.at)
}

export function extract(input: ArticleInput, resources: Resources = loadResources()): Extraction {
  const c = clean(input.raw)
  const sents = sentencesOf(c.text)
  const cast = resolveActors(sents, resources, input.published)
  const dl = findDateline(c.text, input.published)
  const dc: DateCtx = { published: input.published, fallback: dl?.date ?? publicationDate(input.published), cache: new Map(), sents }
  const { drafts: found } = findStatements(c.text, sents)
  quotePronouns(sents, found, cast)
  const rawDrafts = found.filter((d) => ensureProfile(cast, d.speakerId))
  const isPerson = (id: string) => cast.profiles.get(id)?.record.kind === 'person'
  const allDates = dateStatements(rawDrafts, sents, (k) => datesIn(dc, sents[k]!, 'past'), dc.fallback, input.published, isPerson)
  let persons: Map<string, ResolvedDate> | undefined
  dc.isPerson = isPerson
  dc.persons = () => (persons ??= personOccasions(rawDrafts, sents, (k) => datesIn(dc, sents[k]!, 'past'), input.published, isPerson, (id) => sideOf(cast, id)))
  const dateOf = new Map(rawDrafts.map((d, i) => [d, allDates[i]!]))
  const statements: ExtractedStatement[] = dedupStatements(rawDrafts).map((d) => ({
    speakerId: d.speakerId, text: d.text, direct: d.direct, date: dateOf.get(d)!, evidence: evidence(c, input.raw, sents, d.first, d.last),
  }))
  const speechDated = rawDrafts.map((d) => ({ speakerId: d.speakerId, sent: d.last, contentStart: d.contentStart, contentEnd: d.contentEnd, date: dateOf.get(d)! }))
  const env = { sents, cast, lex: loadVerbs(), speech: speechDated, threatSources: new Map<string, string[]>() }
  const drafted = [...findEvents(env), ...contentEvents(sents, c.text, speechDated, cast, env.threatSources)]
    .filter((e) => e.sourceId !== e.targetId && ensureProfile(cast, e.sourceId) && ensureProfile(cast, e.targetId))
    .map((e) => ({ ...e, date: dateEvent(e, dc, speechDated) }))
  const events: ExtractedEvent[] = dedupEvents(drafted).map((e) => {
    const row = resources.cameo.get(e.code) ?? resources.cameo.get(e.code.slice(0, 3)) ?? resources.cameo.get(e.code.slice(0, 2))
    const src = cast.profiles.get(e.sourceId)!.record.name
    const tgt = cast.profiles.get(e.targetId)!.record.name
    return {
      sourceId: e.sourceId, targetId: e.targetId, type: row?.label ?? e.entry, cameoCode: e.code, cameoRoot: e.code.slice(0, 2),
      quadClass: row?.quadClass ?? 1, goldstein: row?.goldstein ?? 0, date: e.date, summary: e.summary ? `${src} ${e.summary} ${tgt}` : `${src} → ${tgt}: ${row?.label ?? e.code}`,
      confidence: Math.round(e.confidence * 100) / 100, evidence: evidence(c, input.raw, sents, e.sent, e.sent),
    }
  })
  const actors = articleActors(sents, cast, [...statements.map((s) => s.speakerId), ...events.flatMap((e) => [e.sourceId, e.targetId!])])
  return { articleId: input.id, published: input.published, cleaned: c.text, actors, statements, events }
}

export interface OutputJson {
  actors: { name: string; kind: string; country: string | null; role: string | null }[]
  statements: { speaker: string; text: string; direct: boolean; date: string }[]
  events: { date: string; source_actor: string; target_actor: string | null; type: string; cameo_code: string; cameo_root: string; evidence: string }[]
}

/** The CLI's JSON: canonical names, dates formatted by precision. */
export function toOutput(x: Extraction, resources: Resources = loadResources()): OutputJson {
  const name = (id: string | null) => (id === null ? null : (x.actors.find((a) => a.id === id)?.name ?? resources.byId.get(id)?.name ?? id))
  return {
    actors: x.actors.map((a) => ({ name: a.name, kind: a.kind, country: a.country, role: a.role })),
    statements: x.statements.map((s) => ({ speaker: name(s.speakerId)!, text: s.text, direct: s.direct, date: formatDate(s.date) })),
    events: x.events.map((e) => ({
      date: formatDate(e.date), source_actor: name(e.sourceId)!, target_actor: name(e.targetId), type: e.type,
      cameo_code: e.cameoCode, cameo_root: e.cameoRoot, evidence: e.evidence.text,
    })),
  }
}
