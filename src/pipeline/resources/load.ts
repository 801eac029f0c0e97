// The resources an extraction needs besides the language data: the gazetteer and the CAMEO codebook, loaded from
// a data folder (default: the repository's data/), validated and indexed; read once per folder and memoised.
// The vocabulary (lexicon.ts), the verb dictionary (verbs.ts) and the occasions (occasions.ts) have loaders of
// their own and are read from the repository's data/.
import { join, resolve } from 'node:path'
import type { ActorRecord } from '../types.ts'
import { loadCameoCodebook, type CameoCodebook } from '../../domain/cameo.ts'
import { DEFAULT_DATA_DIR } from '../../domain/data-dir.ts'
import { indexAliases, loadGazetteer } from './gazetteer.ts'

export interface Resources {
  actors: ActorRecord[]
  byId: Map<string, ActorRecord>
  /** normalizeName(name or alias) → ids of the actors that carry it (usually one) */
  aliases: Map<string, string[]>
  /** CAMEO code ("036", "0311", root "03") → codebook row */
  cameo: CameoCodebook
}

export { DEFAULT_DATA_DIR }
export { quadClassOfRoot } from '../../domain/cameo.ts'

const cache = new Map<string, Resources>()

/**
 * Loads data/gazetteer/*.json (arrays of ActorRecord) and data/cameo/codes.json (array of CameoCode)
 * from `dataDir` (default: the repository's data/ folder), validates every entry and builds the
 * indexes. Throws an Error naming the file and the entry on bad data or duplicate ids.
 * Memoised per resolved dataDir.
 */
export function loadResources(dataDir: string = DEFAULT_DATA_DIR): Resources {
  const dir = resolve(dataDir)
  const hit = cache.get(dir)
  if (hit !== undefined) return hit
  const actors = loadGazetteer(join(dir, 'gazetteer'))
  const byId = new Map(actors.map((a) => [a.id, a]))
  const res: Resources = {
    actors,
    byId,
    aliases: indexAliases(actors),
    cameo: loadCameoCodebook(dir),
  }
  cache.set(dir, res)
  return res
}
