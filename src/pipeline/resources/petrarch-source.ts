// Attribution block carried by every file converted from PETRARCH2 (data/petrarch/*.json).
import { z } from 'zod'

export const PETRARCH_REPOSITORY = 'https://github.com/openeventdata/petrarch2'
export const PETRARCH_COMMIT = '676801cd9cb2924bbbad09f86d15c9323e7097bf'

export const sourceSchema = z
  .object({
    /** the source file(s) under petrarch2/data/dictionaries/ */
    files: z.array(z.string().min(1)).min(1),
    repository: z.literal(PETRARCH_REPOSITORY),
    commit: z.literal(PETRARCH_COMMIT),
    licence: z.literal('MIT'),
    /** one line: what the conversion did */
    converted: z.string().min(1),
  })
  .strict()

export type PetrarchSource = z.infer<typeof sourceSchema>

export function petrarchSource(files: string[], converted: string): PetrarchSource {
  return { files, repository: PETRARCH_REPOSITORY, commit: PETRARCH_COMMIT, licence: 'MIT', converted }
}
