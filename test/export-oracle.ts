// What the export wrote when it serialised rows in JavaScript (before PostgreSQL wrote the lines): the
// oracle the export tests compare the streamed text with, byte for byte.
import { stringify } from 'csv-stringify/sync'
import { excelCell } from '../src/lib/export.ts'

/** The value at a dotted path of `item` (undefined past a null): what a CSV column of `CsvColumns` holds. */
const valueAt = (item: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, name) => (v === null || v === undefined ? undefined : (v as never)[name]), item)

/** What the JavaScript export wrote for these items (its code before PostgreSQL wrote the lines). */
export function oldExport(
  items: object[], format: 'ndjson' | 'csv' | 'excel', columns: Record<string, string>,
): string {
  if (format === 'ndjson') return items.map((i) => `${JSON.stringify(i)}\n`).join('')
  const csvCell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : v)
  const excel = format === 'excel'
  const cell = excel ? excelCell : csvCell
  const records = items.map((item) => Object.values(columns).map((path) => cell(valueAt(item, path))))
  return stringify(records, {
    header: true, columns: Object.keys(columns), cast: { boolean: (b) => String(b) }, bom: excel,
    record_delimiter: excel ? 'windows' : 'unix',
  })
}
