// The contract between the extraction stages, the loader and the `extract` CLI.
// Extraction is pure: text + publication date + resources in, records out; no database.
// All character offsets (`start`, `end`) are UTF-16 offsets into the article's RAW text
// (as stored in articles.raw_text), so `raw.slice(start, end)` is the evidence.

export type DatePrecision = 'day' | 'month' | 'year'
export type { ActorKind } from '../domain/actor-kind.ts'
import type { ActorKind } from '../domain/actor-kind.ts'

/** A date resolved against the publication date. */
export interface ResolvedDate {
  /** first day of the period: YYYY-MM-DD (for month precision YYYY-MM-01, for year YYYY-01-01) */
  start: string
  precision: DatePrecision
  /** the words in the text the date was read from ("on Sunday", "last month"); null = publication date */
  text: string | null
}

/** One date-bounded role of an actor (gazetteer or apposition fallback). */
export interface RoleRecord {
  title: string // "President of Russia"
  affiliation?: string | null // "Government of Russia", "NATO", "U.S. Department of State"
  country?: string | null // ISO 3166-1 alpha-3
  from?: string | null // YYYY-MM-DD, YYYY-MM or YYYY; null = unknown/open
  to?: string | null // null = open-ended (still in office)
}

/** A gazetteer entry (data/gazetteer/*.json holds arrays of these). */
export interface ActorRecord {
  id: string // readable slug, e.g. "vladimir-putin", "russia", "nato"
  name: string // canonical name
  kind: ActorKind
  /** ISO alpha-3; for organizations null (or the host's, if national: "U.S. Department of State" → USA) */
  country: string | null
  wikidataId?: string | null
  description?: string | null
  aliases: string[] // other names: "Putin", "Vladimir Vladimirovich Putin", "Moscow" (for russia), "the Kremlin"
  roles: RoleRecord[]
}

export type { CameoCode } from '../domain/cameo.ts'

/** Offsets into the raw text plus the exact raw slice. */
export interface Evidence {
  sentenceIndex: number
  start: number
  end: number
  text: string // === raw.slice(start, end)
}

export interface ExtractedActor {
  id: string
  name: string
  kind: ActorKind
  country: string | null
  /** the role held at the article's date (title), null when none known */
  role: string | null
  /** true when created by the apposition fallback (not in the gazetteer) */
  discovered: boolean
  /** the full record to load (gazetteer entry, or the one built by the fallback) */
  record: ActorRecord
}

export interface ExtractedStatement {
  speakerId: string
  text: string // the quote (direct) or the reported content (indirect), cleaned
  direct: boolean
  date: ResolvedDate
  evidence: Evidence
}

export interface ExtractedEvent {
  sourceId: string
  targetId: string | null
  type: string // event type label, the CAMEO label of the code
  cameoCode: string
  cameoRoot: string // first two digits
  quadClass: number
  goldstein: number
  date: ResolvedDate
  summary: string // "Robert Gates met Vladimir Putin"
  confidence: number // 0..1
  evidence: Evidence
}

export interface ArticleInput {
  id: string
  raw: string
  published: string // YYYY-MM-DD
}

export interface Extraction {
  articleId: string
  published: string
  cleaned: string
  actors: ExtractedActor[]
  statements: ExtractedStatement[]
  events: ExtractedEvent[]
}

/** Bumped whenever extraction rules or dictionaries change in a way that changes output. */
export const CODER_VERSION = 'parley-coder/0.1.0'
