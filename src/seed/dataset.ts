// Turns articles + their extractions + the gazetteer into the rows the loader writes. Pure and
// deterministic: ids are hashes of what identifies a record, so re-seeding never renumbers.
import { createHash } from 'node:crypto'
import { CODER_VERSION, type ActorRecord, type Extraction, type ResolvedDate } from '../pipeline/types.ts'
import { normalizeName } from '../domain/names.ts'
import { periodEnd } from '../pipeline/text/dates.ts'
import { periodStart, periodEnd as partialPeriodEnd } from '../domain/calendar.ts'
import type { SourceArticle } from './article-source.ts'
import type { RecordOf, tables } from '../db/tables.ts'

/** The rows the seed writes, one type per table, derived from src/db/tables.ts. */
export type SeedArticle = RecordOf<typeof tables.articles>
export type SeedActor = RecordOf<typeof tables.actors>
export type SeedAlias = RecordOf<typeof tables.actor_aliases>
export type SeedRole = RecordOf<typeof tables.actor_roles>
export type SeedEvent = RecordOf<typeof tables.events>
export type SeedMention = RecordOf<typeof tables.event_mentions>
export type SeedStatement = RecordOf<typeof tables.statements>
type Dated = Pick<SeedEvent, 'date' | 'date_end' | 'date_precision' | 'date_text'>

export interface Dataset {
  articles: SeedArticle[]
  actors: SeedActor[]
  aliases: SeedAlias[]
  roles: SeedRole[]
  events: SeedEvent[]
  mentions: SeedMention[]
  statements: SeedStatement[]
}

export const stableId = (prefix: string, ...parts: (string | null)[]) =>
  `${prefix}-${createHash('sha256').update(parts.map((p) => p ?? '').join('\u001f')).digest('hex').slice(0, 16)}`

const dated = (d: ResolvedDate): Dated =>
  ({ date: d.start, date_end: periodEnd(d), date_precision: d.precision, date_text: d.text })

function actorRows(records: ActorRecord[]) {
  const actors: SeedActor[] = []
  const aliases: SeedAlias[] = []
  const roles: SeedRole[] = []
  for (const a of records) {
    actors.push({
      id: a.id, name: a.name, kind: a.kind, country: a.country, wikidata_id: a.wikidataId ?? null,
      description: a.description ?? null,
    })
    const seen = new Set<string>()
    for (const alias of [a.name, ...a.aliases]) {
      const normalized = normalizeName(alias)
      if (!normalized || seen.has(normalized)) continue
      seen.add(normalized)
      aliases.push({ actor_id: a.id, alias, normalized })
    }
    const roleKeys = new Set<string>()
    for (const r of a.roles) {
      const row: SeedRole = {
        actor_id: a.id, title: r.title, affiliation: r.affiliation ?? null, country: r.country ?? null,
        valid_from: r.from ? periodStart(r.from) : null, valid_to: r.to ? partialPeriodEnd(r.to) : null,
      }
      const key = `${row.title}\u001f${row.valid_from}`
      if (!roleKeys.has(key)) roles.push(row)
      roleKeys.add(key)
    }
  }
  return { actors, aliases, roles }
}

/**
 * Builds the dataset. Gazetteer actors come first (and win over an actor the fallback discovered
 * under the same id); an event reported by several articles becomes one event with one mention per
 * report: its fields come from the first article by id, its confidence is the highest reported.
 */
export function buildDataset(
  articles: SourceArticle[], extractions: Map<string, Extraction>, gazetteer: ActorRecord[],
): Dataset {
  const actorRecords = new Map(gazetteer.map((a) => [a.id, a]))
  const events = new Map<string, SeedEvent>()
  const mentions: SeedMention[] = []
  const mentionKeys = new Set<string>()
  const statements = new Map<string, SeedStatement>()
  const articleRows: SeedArticle[] = []

  for (const a of [...articles].sort((x, y) => x.id.localeCompare(y.id))) {
    const x = extractions.get(a.id)
    if (!x) throw new Error(`no extraction for article ${a.id}`)
    articleRows.push({
      id: a.id, file_name: a.fileName, title: a.title, outlet: a.outlet, url: a.url, published_date: a.published,
      language: a.language, text: x.cleaned, raw_text: a.raw, content_hash: a.contentHash, source: a.source ?? 'seed',
      coder_version: CODER_VERSION,
    })
    for (const actor of x.actors) if (!actorRecords.has(actor.id)) actorRecords.set(actor.id, actor.record)

    for (const e of x.events) {
      const id = stableId('ev', e.sourceId, e.targetId, e.cameoCode, e.date.start, e.date.precision)
      const prev = events.get(id)
      if (prev) prev.confidence = Math.max(prev.confidence, e.confidence)
      else {
        events.set(id, {
          id, ...dated(e.date), source_actor_id: e.sourceId, target_actor_id: e.targetId, event_type: e.type,
          cameo_code: e.cameoCode, cameo_root: e.cameoRoot, quad_class: e.quadClass, goldstein: e.goldstein,
          summary: e.summary, confidence: e.confidence, coder_version: CODER_VERSION,
        })
      }
      const m: SeedMention = {
        event_id: id, article_id: a.id, sentence_index: e.evidence.sentenceIndex, char_start: e.evidence.start,
        char_end: e.evidence.end, evidence: e.evidence.text,
      }
      const key = `${id}\u001f${a.id}\u001f${m.char_start}\u001f${m.char_end}`
      if (!mentionKeys.has(key)) mentions.push(m)
      mentionKeys.add(key)
    }

    for (const s of x.statements) {
      const id = stableId('st', a.id, s.speakerId, normalizeName(s.text))
      if (statements.has(id)) continue
      statements.set(id, {
        id, speaker_id: s.speakerId, text: s.text, direct: s.direct, ...dated(s.date), article_id: a.id,
        sentence_index: s.evidence.sentenceIndex, char_start: s.evidence.start, char_end: s.evidence.end,
        evidence: s.evidence.text, coder_version: CODER_VERSION,
      })
    }
  }

  const { actors, aliases, roles } = actorRows([...actorRecords.values()])
  const known = new Set(actors.map((a) => a.id))
  const referenced = [
    ...[...events.values()].flatMap((e) => [e.source_actor_id, e.target_actor_id]),
    ...[...statements.values()].map((s) => s.speaker_id),
  ]
  const missing = referenced.filter((id) => id !== null && !known.has(id))
  if (missing.length) throw new Error(`records refer to unknown actors: ${[...new Set(missing)].join(', ')}`)
  return {
    articles: articleRows, actors, aliases, roles, events: [...events.values()], mentions,
    statements: [...statements.values()],
  }
}
