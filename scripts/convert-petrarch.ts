// `npm run convert:petrarch [-- --source DIR] [--out DIR] [--quiet]`: converts PETRARCH2's CAMEO verb
// dictionary and Phoenix actor, agent and discard dictionaries (MIT; ../shared/reference/petrarch2 by
// default, or PETRARCH_DIR) into data/petrarch/*.json. Deterministic: the same sources give the same
// bytes. Prints counts and warnings (what was dropped and why) on stderr. Formats: data/petrarch/README.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadCameoCodebook } from '../src/domain/cameo.ts'
import { convertAll } from './petrarch/convert.ts'
import { findSourceDir } from './petrarch/source-files.ts'
import { mergeReport } from './petrarch/merge-report.ts'
import { loadResources } from '../src/pipeline/resources/load.ts'
import { loadPhoenixActors } from '../src/pipeline/resources/phoenix-actors.ts'

const repoRoot = resolve(import.meta.dirname, '..')

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const sourceDir = findSourceDir(repoRoot, arg('--source'))
if (sourceDir === null) {
  process.stderr.write('PETRARCH2 dictionaries not found: pass --source DIR or set PETRARCH_DIR\n')
  process.exit(2)
}
const outDir = resolve(arg('--out') ?? join(repoRoot, 'data', 'petrarch'))
const { files, report } = convertAll(sourceDir, loadCameoCodebook(join(repoRoot, 'data')))
mkdirSync(outDir, { recursive: true })
for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text)
if (!process.argv.includes('--quiet')) {
  process.stderr.write(report)
  process.stderr.write(mergeReport(loadResources(join(repoRoot, 'data')).actors, loadPhoenixActors(join(outDir, '..'))))
}
process.stderr.write(`wrote ${Object.keys(files).length} files to ${outDir}\n`)
