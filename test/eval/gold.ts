// Gold files in either format: v2 (GUIDELINES.md §0: actors, speakers and event actors by name, as in
// ../shared/eval) or the project's earlier v1 (test/gold, test/holdout*: actor ids, `source`/`target`, with the
// article's `file` and `published`). v1 is read through an adapter: ids become the names the gold's own actor list
// gives them (else the gazetteer's), so both formats are scored by the v2 scorer.
import { readFileSync } from 'node:fs'
import type { V2Doc } from './score.ts'

interface V1Gold {
  file: string
  published: string
  actors: { id: string; name?: string; kind?: string; country?: string | null; role?: string | null }[]
  statements: { speaker: string; text: string; direct: boolean; date: string }[]
  events: {
    source: string; target: string | null; cameo_code: string; cameo_root: string; date: string; evidence?: string
  }[]
}

/** A gold file read for scoring: the v2 document, and the article it annotates when the file names it. */
export interface GoldFile {
  doc: V2Doc
  format: 'v1' | 'v2'
  /** the article's file name (v1 `file`, v2 `article`) */
  article?: string
  /** v1 only: the publication date */
  published?: string
}

export function isV1(raw: unknown): raw is V1Gold {
  const g = raw as Partial<V1Gold>
  return !!g && Array.isArray(g.actors) && g.actors.some((a) => typeof a?.id === 'string') &&
    (!Array.isArray(g.events) || g.events.every((e) => !('source_actor' in e)))
}

/** v1 → v2: ids to names (the gold's own actor names, else `nameOf`, else the id). */
export function v1ToV2(g: V1Gold, nameOf: (id: string) => string | undefined = () => undefined): V2Doc {
  const names = new Map(g.actors.map((a) => [a.id, a.name ?? nameOf(a.id) ?? a.id]))
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? nameOf(id) ?? id))
  return {
    actors: g.actors.map((a) =>
      ({ name: name(a.id), kind: a.kind ?? null, country: a.country ?? null, role: a.role ?? null })),
    statements: g.statements.map((s) => ({ speaker: name(s.speaker), text: s.text, direct: s.direct, date: s.date })),
    events: g.events.map((e) => ({
      date: e.date, source_actor: name(e.source), target_actor: name(e.target), cameo_code: e.cameo_code,
      cameo_root: e.cameo_root, evidence: e.evidence,
    })),
  }
}

export function readGold(path: string, nameOf?: (id: string) => string | undefined): GoldFile {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown
  if (isV1(raw)) return { doc: v1ToV2(raw, nameOf), format: 'v1', article: raw.file, published: raw.published }
  const doc = raw as V2Doc & { article?: string }
  return { doc, format: 'v2', article: doc.article }
}
