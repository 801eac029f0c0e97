// The tables the generator fills, their COPY column lists (in the order rows are encoded) and the
// COPY text encoding of a row.

export const COLUMNS = {
  actors: ['id', 'name', 'kind', 'country', 'wikidata_id', 'description', 'created_at', 'updated_at'],
  actor_aliases: ['id', 'actor_id', 'alias', 'normalized'],
  actor_roles: ['id', 'actor_id', 'title', 'affiliation', 'country', 'valid_from', 'valid_to'],
  articles: [
    'id',
    'file_name',
    'title',
    'outlet',
    'url',
    'published_date',
    'language',
    'text',
    'raw_text',
    'content_hash',
    'ingested_at',
    'updated_at',
  ],
  events: [
    'id',
    'date',
    'date_end',
    'date_precision',
    'date_text',
    'source_actor_id',
    'target_actor_id',
    'event_type',
    'cameo_code',
    'cameo_root',
    'quad_class',
    'goldstein',
    'summary',
    'confidence',
    'coder_version',
    'created_at',
    'updated_at',
  ],
  event_mentions: [
    'id',
    'event_id',
    'article_id',
    'sentence_index',
    'char_start',
    'char_end',
    'evidence',
    'created_at',
  ],
  statements: [
    'id',
    'speaker_id',
    'text',
    'direct',
    'date',
    'date_end',
    'date_precision',
    'date_text',
    'article_id',
    'sentence_index',
    'char_start',
    'char_end',
    'evidence',
    'coder_version',
    'created_at',
    'updated_at',
  ],
  deletions: ['id', 'entity', 'entity_id', 'deleted_at'],
} as const

export type Table = keyof typeof COLUMNS
export const TABLES = Object.keys(COLUMNS) as Table[]

/** Tables with a serial/bigserial `id` whose sequence must be moved past the ids written. */
export const SERIAL_TABLES: Table[] = ['actor_aliases', 'actor_roles', 'event_mentions', 'deletions']

export type Cell = string | number | boolean | null

const SPECIAL = /[\\\t\n\r]/
const escape = (s: string) =>
  SPECIAL.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s

/** One row in COPY's text format: tab-separated, `\N` for NULL, backslash escapes, newline-terminated. */
export function copyLine(cells: readonly Cell[]): string {
  let line = ''
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]
    if (i) line += '\t'
    line += c === null || c === undefined ? '\\N' : typeof c === 'string' ? escape(c) : String(c)
  }
  return line + '\n'
}

/** The COPY statement that reads rows of `table` as copyLine writes them. */
export const copyStatement = (table: string, columns: readonly string[], freeze: boolean) =>
  `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`
