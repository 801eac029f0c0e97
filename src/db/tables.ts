// Every table the API reads and the seed writes, declared once: each column's name, PostgreSQL type
// (spelt as format_type() prints it) and TypeScript type. prisma/schema.prisma and its migrations stay
// the schema of record; test/db/tables.test.ts checks this file against a migrated database, so a
// column added to one and not the other fails there. Row types are derived from here (`RecordOf`,
// `StoredOf`); the seed's loader and the repositories' column lists read the same declarations.
import { ACTOR_KINDS, type ActorKind } from '../domain/actor-kind.ts'
import { DATE_PRECISIONS, type DatePrecision } from '../domain/date-precision.ts'

export interface Column<T = unknown> {
  /** the PostgreSQL type, as format_type() spells it */
  readonly sql: string
  readonly nullable: boolean
  /** the values of an enum type */
  readonly values?: readonly string[]
  /** type-level only: the TypeScript type of a value (dates and timestamps travel as ISO strings) */
  readonly ts?: T
}

const column = <T>(sql: string, values?: readonly string[]): Column<T> => ({ sql, nullable: false, values })
const nullable = <T>(c: Column<T>): Column<T | null> => ({ ...c, nullable: true }) as Column<T | null>

const text = () => column<string>('text')
const int = () => column<number>('integer')
/** YYYY-MM-DD */
const date = () => column<string>('date')
/** ISO 3166-1 alpha-3 */
const country = () => column<string>('character(3)')
/** an ISO timestamp with milliseconds, filled by the database */
const stamp = () => column<string>('timestamp(3) with time zone')
const enumOf = <const V extends readonly string[]>(type: string, values: V) => column<V[number]>(`"${type}"`, values)

/** The kinds of record the change feed and `deletions` name, in the order the API documents them. */
export const ENTITY_TYPES = ['event', 'statement', 'actor', 'article'] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

/** Where an article came from: the seed's folder, POST /v1/articles, or a bulk job. */
export const ARTICLE_SOURCES = ['seed', 'api', 'batch'] as const
export type ArticleSource = (typeof ARTICLE_SOURCES)[number]

export const JOB_KINDS = ['batch', 'reextract'] as const
export type JobKind = (typeof JOB_KINDS)[number]
/** pending until a worker is done with it; then created/duplicate (batch), done (reextract) or failed */
export const JOB_ITEM_STATUSES = ['pending', 'created', 'duplicate', 'failed', 'done'] as const
export type JobItemStatus = (typeof JOB_ITEM_STATUSES)[number]

export interface Table {
  readonly name: string
  /** the columns a writer provides (the seed's loader writes exactly these) */
  readonly columns: Record<string, Column>
  /** timestamps the database fills and readers see */
  readonly stamps: Record<string, Column>
  /** columns neither written nor read: serial keys, generated search vectors */
  readonly internal: Record<string, Column>
  /** for the four kinds of record: the entity, and the stamp of its first store */
  readonly entity?: { type: EntityType; createdAt: string }
}

const dated = {
  date: date(),
  date_end: date(),
  date_precision: enumOf('DatePrecision', DATE_PRECISIONS),
  date_text: nullable(text()),
}
const lifetime = { created_at: stamp(), updated_at: stamp() }
const search = { search: nullable(column<never>('tsvector')) }

const define = <const T extends Table>(t: T) => t

export const tables = {
  articles: define({
    name: 'articles',
    columns: {
      id: text(), file_name: nullable(text()), title: text(), outlet: text(), url: nullable(text()),
      published_date: date(), language: text(), text: text(), raw_text: text(), content_hash: text(),
      source: enumOf('ArticleSource', ARTICLE_SOURCES), coder_version: nullable(text()),
    },
    stamps: { ingested_at: stamp(), updated_at: stamp() },
    internal: {},
    entity: { type: 'article', createdAt: 'ingested_at' },
  }),
  actors: define({
    name: 'actors',
    columns: {
      id: text(), name: text(), kind: enumOf('ActorKind', ACTOR_KINDS), country: nullable(country()),
      wikidata_id: nullable(text()), description: nullable(text()),
    },
    stamps: lifetime,
    internal: {},
    entity: { type: 'actor', createdAt: 'created_at' },
  }),
  actor_aliases: define({
    name: 'actor_aliases',
    columns: { actor_id: text(), alias: text(), normalized: text() },
    stamps: {},
    internal: { id: int() },
  }),
  actor_roles: define({
    name: 'actor_roles',
    columns: {
      actor_id: text(), title: text(), affiliation: nullable(text()), country: nullable(country()),
      valid_from: nullable(date()), valid_to: nullable(date()),
    },
    stamps: {},
    internal: { id: int() },
  }),
  events: define({
    name: 'events',
    columns: {
      id: text(), ...dated, source_actor_id: text(), target_actor_id: nullable(text()), event_type: text(),
      cameo_code: column<string>('character varying(4)'), cameo_root: column<string>('character varying(2)'),
      quad_class: column<number>('smallint'), goldstein: column<number>('real'), summary: text(),
      confidence: column<number>('real'), coder_version: text(),
    },
    stamps: lifetime,
    internal: search,
    entity: { type: 'event', createdAt: 'created_at' },
  }),
  event_mentions: define({
    name: 'event_mentions',
    columns: {
      event_id: text(), article_id: text(), sentence_index: int(), char_start: int(), char_end: int(), evidence: text(),
    },
    stamps: { created_at: stamp() },
    internal: { id: int(), ...search },
  }),
  statements: define({
    name: 'statements',
    columns: {
      id: text(), speaker_id: text(), text: text(), direct: column<boolean>('boolean'), ...dated, article_id: text(),
      sentence_index: int(), char_start: int(), char_end: int(), evidence: text(), coder_version: text(),
    },
    stamps: lifetime,
    internal: search,
    entity: { type: 'statement', createdAt: 'created_at' },
  }),
  jobs: define({
    name: 'jobs',
    columns: { id: text(), kind: enumOf('JobKind', JOB_KINDS), key_name: nullable(text()), total: int() },
    stamps: lifetime,
    internal: {},
  }),
  job_items: define({
    name: 'job_items',
    columns: {
      job_id: text(), line: int(), payload: nullable(column<unknown>('jsonb')),
      status: enumOf('JobItemStatus', JOB_ITEM_STATUSES), article_id: nullable(text()), error: nullable(text()),
    },
    stamps: { updated_at: stamp() },
    internal: {},
  }),
  deletions: define({
    name: 'deletions',
    columns: { entity: enumOf('EntityType', ENTITY_TYPES), entity_id: text() },
    stamps: { deleted_at: stamp() },
    internal: { id: column<string>('bigint') },
  }),
  // Kept by triggers (see their migrations), never written by the app: the data version and the rollups.
  data_version: define({
    name: 'data_version',
    columns: { version: column<string>('bigint') },
    stamps: { changed_at: stamp() },
    internal: { id: column<boolean>('boolean') },
  }),
  data_version_pending: define({
    name: 'data_version_pending',
    columns: {},
    stamps: {},
    internal: { txid: column<string>('bigint') },
  }),
  event_month_code: define({
    name: 'event_month_code',
    columns: {
      month: date(), cameo_code: column<string>('character varying(4)'), event_type: text(),
      cameo_root: column<string>('character varying(2)'), quad_class: column<number>('smallint'), n: int(),
      goldstein_x10: column<string>('bigint'),
    },
    stamps: {},
    internal: {},
  }),
  event_month_root: define({
    name: 'event_month_root',
    columns: {
      month: date(), cameo_root: column<string>('character varying(2)'), quad_class: column<number>('smallint'),
      n: int(), goldstein_x10: column<string>('bigint'),
    },
    stamps: {},
    internal: {},
  }),
  dyad_counts: define({
    name: 'dyad_counts',
    columns: {
      source_actor_id: text(), target_actor_id: text(), n: int(), goldstein_x10: column<string>('bigint'),
      first_date: date(), last_date: date(),
    },
    stamps: {},
    internal: {},
  }),
  actor_activity: define({
    name: 'actor_activity',
    columns: { actor_id: text(), as_source: int(), as_target: int(), statements: int(), total: int() },
    stamps: {},
    internal: {},
  }),
  // the lexemes of each event's summary and mentions, kept by triggers: the index of full-text `q`
  event_search: define({
    name: 'event_search',
    columns: {},
    stamps: {},
    internal: { event_id: text(), doc: column<never>('tsvector') },
  }),
}

type Values<C extends Record<string, Column>> = { -readonly [K in keyof C]: C[K] extends Column<infer T> ? T : never }

/** A row as a writer provides it: the written columns. */
export type RecordOf<T extends Table> = Values<T['columns']>

/** A row as stored and read back: the written columns and the database's timestamps. */
export type StoredOf<T extends Table> = Values<T['columns']> & Values<T['stamps']>

export type { ActorKind, DatePrecision }
