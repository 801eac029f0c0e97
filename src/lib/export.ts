// Output formats shared by list endpoints: JSON pages, or the whole result set streamed as CSV or
// NDJSON (by `format=` or the Accept header), fetched batch by batch so memory stays flat: rows as
// objects written here, or (events, statements) lines the database wrote, streamed as they come.
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { stringify as stringifySync } from 'csv-stringify/sync'
import { z } from 'zod'
import { AppError } from '../errors.ts'
import { sendPage } from './pagination.ts'
import type { TextBatches } from './listing.ts'
import { NotAcceptable, problemResponses } from '../schemas/common.ts'

export const formats = ['json', 'csv', 'excel', 'ndjson'] as const
export type Format = (typeof formats)[number]

export const mediaTypes: Record<Format, string> = {
  json: 'application/json',
  csv: 'text/csv',
  excel: 'text/csv',
  ndjson: 'application/x-ndjson',
}

const extensions: Record<Exclude<Format, 'json'>, string> = { csv: 'csv', excel: 'csv', ndjson: 'ndjson' }

export const FormatParam = z
  .enum(formats)
  .optional()
  .describe(
    'output format; overrides the Accept header. `csv`, `excel` and `ndjson` stream every matching row as an ' +
      'attachment (no page limit, `cursor` and `limit` ignored). `excel` is CSV for Microsoft Excel: a UTF-8 byte ' +
      'order mark, CRLF line ends, codes with leading zeros such as CAMEO `0312` kept as text (`="0312"`), and ' +
      'text starting with = + - @ prefixed with \' so it is never run as a formula',
  )

const aliases: Record<Exclude<Format, 'excel'>, string[]> = {
  json: ['application/json', 'application/problem+json'],
  csv: ['text/csv'],
  ndjson: ['application/x-ndjson', 'application/ndjson', 'application/jsonl'],
}

/**
 * Picks the format: `format=` first, else by the Accept header as RFC 9110 says: each format takes
 * the q of the most specific range that matches it (type/subtype over type/* over *\/*), the highest
 * q above 0 wins, and ties go to JSON, then CSV, then NDJSON. No header means JSON; a header that
 * allows none of them is a 406.
 */
export function negotiateFormat(
  req: FastifyRequest, explicit?: Format, offered: readonly Exclude<Format, 'excel'>[] = ['json', 'csv', 'ndjson'],
): Format {
  if (explicit) return explicit
  const accept = req.headers.accept
  if (!accept) return 'json'
  const ranges = accept.split(',').map((part) => {
    const [type = '', ...params] = part.trim().toLowerCase().split(';')
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1)
    return { type: type.trim(), q: Number.isFinite(q) ? q : 0 }
  })
  const qOf = (format: Exclude<Format, 'excel'>) => {
    let best = { specificity: -1, q: 0 }
    for (const r of ranges) {
      const [major] = mediaTypes[format].split('/')
      const specificity = aliases[format].includes(r.type) ? 2 : r.type === `${major}/*` ? 1 : r.type === '*/*' ? 0 : -1
      if (specificity > best.specificity) best = { specificity, q: r.q }
    }
    return best.q
  }
  let chosen: Format | null = null
  let chosenQ = 0
  for (const format of offered) {
    const q = qOf(format)
    if (q > chosenQ) [chosen, chosenQ] = [format, q]
  }
  if (!chosen) {
    const use = `use ${offered.map((f) => mediaTypes[f]).join(', ')}.`
    const detail = `None of the accepted types (${accept}) is available: ${use}`
    throw new AppError('NOT_ACCEPTABLE', detail)
  }
  return chosen
}

/**
 * The CSV columns of an exported item T, grouped by the top-level field of T each comes from (header →
 * dotted path of the value in T, e.g. `source.id`; null on the way means an empty cell), in output
 * order. Every field of T must be listed, so a field added to the schema and not to the export fails to
 * compile, naming the field; `fields=` keeps the columns of the fields it names.
 */
export type CsvColumns<T> = { [K in keyof T]-?: Record<string, string> }

/** The one column of a field exported as is, under its own name. */
export const asIs = (field: string) => ({ [field]: field })

/** The columns of the fields kept (all of them without `keep`), flat: header → path. */
export function csvColumnsOf<T>(columns: CsvColumns<T>, keep?: ReadonlySet<string>): Record<string, string> {
  const kept = Object.entries<Record<string, string>>(columns).filter(([field]) => !keep || keep.has(field))
  return Object.assign({}, ...kept.map(([, byHeader]) => byHeader)) as Record<string, string>
}

const csvCell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : v)

/**
 * A CSV cell as Excel should read it: digits with a leading zero (CAMEO `0312`, root `04`) as the text
 * formula `="0312"`, text that Excel would run as a formula (= + - @ first) behind a `'`.
 */
export function excelCell(v: unknown): unknown {
  const cell = csvCell(v)
  if (typeof cell !== 'string') return cell
  if (/^0\d+$/.test(cell)) return `="${cell}"`
  if (/^[=+\-@\t\r]/.test(cell)) return `'${cell}`
  return cell
}

/** A small table as CSV text (`excel`: for Microsoft Excel, as `format=excel` exports are). */
export function csvText(headers: string[], rows: unknown[][], excel = false): string {
  const cell = excel ? excelCell : csvCell
  return stringifySync(rows.map((r) => r.map(cell)), {
    header: true, columns: headers, bom: excel, record_delimiter: excel ? 'windows' : 'unix',
  })
}

export type ExportFormat = Exclude<Format, 'json'>

/** The line end of an export format: CRLF for Excel. */
export const lineEnd = (format: ExportFormat) => (format === 'excel' ? '\r\n' : '\n')

/** An export whose lines the database writes: the CSV header's column names, and the text. */
export interface ExportText {
  headers: string[]
  batches: TextBatches
}

/**
 * Streams an export written by the database: a CSV header line (with a byte order mark for Excel) and
 * the batches' text as it comes, one chunk at a time (back-pressure: the next chunk is asked for when
 * the previous one has gone). The client going away or an error cancels the query in flight; an
 * error after the first byte ends the response abruptly (the client sees an incomplete body).
 */
export function sendText(
  req: FastifyRequest, reply: FastifyReply, opts: ExportText & { format: ExportFormat; filename: string },
) {
  const { format, batches } = opts
  const bom = format === 'excel' ? '\ufeff' : ''
  let head = format === 'ndjson' ? '' : `${bom}${opts.headers.join(',')}${lineEnd(format)}`
  let reading = false
  const stream = new Readable({
    read() {
      if (head) {
        this.push(head)
        head = ''
        return
      }
      if (reading) return
      reading = true
      batches.next().then(
        (text) => {
          reading = false
          this.push(text)
        },
        (err: unknown) => {
          reading = false
          this.destroy(err as Error)
        },
      )
    },
    destroy(err, done) {
      batches.cancel()
      done(err)
    },
  })
  stream.on('error', (err) => req.log.error({ err }, 'export stream failed'))
  return reply
    .header('content-type', `${mediaTypes[format]}; charset=utf-8`)
    .header('content-disposition', `attachment; filename="${opts.filename.replace(/[^\w.-]/g, '_')}.${extensions[format]}"`)
    .send(stream)
}

/**
 * Answers a list route that also exports: a JSON page, or every row as CSV or NDJSON, by `format=` or
 * the Accept header (406 when it allows none). Only the chosen one is computed. The export's lines are
 * text the database wrote (`text`).
 */
export async function sendList<P extends { links: { next: string | null } }>(
  req: FastifyRequest,
  reply: FastifyReply,
  opts: {
    format?: Format | undefined; filename: string; page: () => Promise<P>
    text: (format: ExportFormat) => Promise<ExportText>
  },
) {
  const format = negotiateFormat(req, opts.format)
  if (format === 'json') return sendPage(req, reply, await opts.page())
  // an export is streamed, so its ETag cannot hash the body: it names the data version and the request
  // (the caching plugin has set it, and answered 304, on cacheable routes; this covers the others)
  if (!req.cacheKey) {
    const etag = exportEtag(await req.server.dataVersion.fresh(), format, req.url)
    reply.header('etag', etag)
    if (req.headers['if-none-match'] === etag) return reply.code(304).send()
  }
  return sendText(req, reply, { format, filename: opts.filename, ...(await opts.text(format)) })
}

/** The weak ETag of an export: the same rows for the same data version, format and request. */
export const exportEtag = (version: string, format: Format, url: string) =>
  `W/"x-${createHash('sha256').update(`${version}\n${format}\n${url}`).digest('base64url').slice(0, 27)}"`

/** OpenAPI response content for a list route that also exports CSV and NDJSON. */
export function listContent<S extends z.ZodType>(page: S, description: string) {
  return {
    description,
    content: {
      'application/json': { schema: page },
      'text/csv': {
        schema: z.string().describe('every matching row, with a header line (`format=excel`: for Microsoft Excel)'),
      },
      'application/x-ndjson': { schema: z.string().describe('every matching row, one JSON object per line') },
    },
  }
}

/** The responses of a list route that also exports: the page or the rows, 400, 404 and 406. */
export const listResponses = <S extends z.ZodType>(page: S, description: string) => ({
  200: listContent(page, description),
  400: problemResponses[400],
  404: problemResponses[404],
  406: NotAcceptable,
})
