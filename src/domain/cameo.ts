// The CAMEO codebook (data/cameo/codes.json): labels, Goldstein scores and QuadClass of every code.
// Shared by the extractor (coding events) and the API (labels of roots in the stats).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from './data-dir.ts'

export const cameoCodeSchema = z
  .object({
    code: z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'expected a CAMEO code of 2 to 4 digits, root 01..20'),
    label: z.string().trim().min(1),
    goldstein: z.number().min(-10).max(10),
    quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  })
  .strict()

/** A CAMEO codebook row: code "036", its label, Goldstein score (−10..10) and QuadClass. */
export type CameoCode = z.infer<typeof cameoCodeSchema>

/** CAMEO code ("036", "0311", root "03") → codebook row */
export type CameoCodebook = Map<string, CameoCode>

export const QUAD_CLASS_LABELS = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
} as const

/** GDELT's convention: 01–05 verbal cooperation, 06–08 material cooperation, 09–14 verbal conflict, 15–20 material
 *  conflict. */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root.slice(0, 2))
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error(`not a CAMEO root: ${JSON.stringify(root)}`)
  if (n <= 5) return 1
  if (n <= 8) return 2
  if (n <= 14) return 3
  return 4
}

function entryLabel(raw: unknown, index: number): string {
  const code = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).code : undefined
  return typeof code === 'string' ? `entry #${index} (${code})` : `entry #${index}`
}

/** Parses and checks a codebook (an array of rows): unique codes, QuadClass by root, every code's parent present. */
export function parseCameoCodebook(rows: unknown, file: string): CameoCodebook {
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array`)
  const cameo: CameoCodebook = new Map()
  rows.forEach((raw, i) => {
    const res = cameoCodeSchema.safeParse(raw)
    if (!res.success) {
      const issues = res.error.issues
        .map((x) => `${x.path.map(String).join('.') || '(entry)'}: ${x.message}`)
        .join('; ')
      throw new Error(`${file}: ${entryLabel(raw, i)}: invalid CAMEO row: ${issues}`)
    }
    const row = res.data
    if (cameo.has(row.code)) throw new Error(`${file}: ${entryLabel(raw, i)}: duplicate CAMEO code "${row.code}"`)
    if (row.quadClass !== quadClassOfRoot(row.code)) {
      const root = row.code.slice(0, 2)
      throw new Error(`${file}: ${entryLabel(raw, i)}: quadClass ${row.quadClass} does not match root ${root}`)
    }
    cameo.set(row.code, row)
  })
  for (const row of cameo.values()) {
    if (row.code.length > 2 && !cameo.has(row.code.slice(0, -1))) {
      throw new Error(`${file}: CAMEO code "${row.code}" has no parent row`)
    }
  }
  return cameo
}

const cache = new Map<string, CameoCodebook>()

/** data/cameo/codes.json of `dataDir`, validated once and memoised. */
export function loadCameoCodebook(dataDir: string = DEFAULT_DATA_DIR): CameoCodebook {
  const file = join(resolve(dataDir), 'cameo', 'codes.json')
  let book = cache.get(file)
  if (book) return book
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`${file}: cannot read JSON: ${(err as Error).message}`)
  }
  book = parseCameoCodebook(parsed, file)
  cache.set(file, book)
  return book
}

/** The most specific codebook row for a code: itself, else its 3-digit parent, else its root. */
export function cameoRow(book: CameoCodebook, code: string): CameoCode | undefined {
  return book.get(code) ?? book.get(code.slice(0, 3)) ?? book.get(code.slice(0, 2))
}
