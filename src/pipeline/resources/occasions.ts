// The table of dated diplomatic occasions (data/occasions/occasions.json): summits and conferences that
// articles name instead of a date. Loaded and validated once per data folder.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'

const Occasion = z.object({
  series: z.string().min(1),
  place: z.string().min(1),
  start: z.iso.date(),
  end: z.iso.date(),
  aliases: z.array(z.string()),
})
export type Occasion = z.infer<typeof Occasion>

const cache = new Map<string, Occasion[]>()

/** data/occasions/occasions.json of `dataDir` (or an occasions file), validated; memoised. */
export function loadOccasions(file = join(DEFAULT_DATA_DIR, 'occasions', 'occasions.json')): Occasion[] {
  const path = resolve(file)
  let list = cache.get(path)
  if (!list) {
    const parsed = z.object({ occasions: z.array(Occasion) }).safeParse(JSON.parse(readFileSync(path, 'utf8')))
    if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`)
    list = parsed.data.occasions
    cache.set(path, list)
  }
  return list
}
