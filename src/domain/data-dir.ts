import { fileURLToPath } from 'node:url'

/** The repository's data/ folder (src/domain/ → ../../data): gazetteer, CAMEO tables, lexicon, articles. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url))
