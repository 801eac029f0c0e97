// The whole conversion: source dictionaries → { file name → JSON text } plus a human-readable report.
// Every output is validated against the schema its loader uses before it is returned.
import type { z } from 'zod'
import type { CameoCodebook } from '../../src/domain/cameo.ts'
import {
  parleyVerbsSchema, petrarchVerbsSchema, type PetrarchVerbs,
} from '../../src/pipeline/resources/petrarch-verbs.ts'
import { SOURCE_FILES, formatJson, readLines } from './source-files.ts'
import { convertVerbs, type Warning } from './verbs.ts'
import { phoenixActorsSchema } from '../../src/pipeline/resources/phoenix-actors.ts'
import { parseActors } from './actors-parse.ts'
import { buildActors } from './actors-build.ts'
import { phoenixAgentsSchema, phoenixDiscardsSchema } from '../../src/pipeline/resources/phoenix-agents.ts'
import { convertAgents, convertDiscards } from './agents.ts'
import { parleyView } from './verbs-parley.ts'

function checked<T>(schema: z.ZodType<T>, value: T, name: string): string {
  const res = schema.safeParse(value)
  if (!res.success) {
    const issues = res.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.')}: ${i.message}`)
    throw new Error(`${name}: the converted data does not match its schema: ${issues.join('; ')}`)
  }
  return formatJson(value as Record<string, unknown>)
}

function warningLines(file: string, warnings: Warning[]): string[] {
  return warnings.map((w) => `  ${file}${w.line > 0 ? `:${w.line}` : ''}: ${w.message}`)
}

/** Every code the verb dictionary uses that the CAMEO codebook lacks, with the places it occurs. */
function codesMissing(dict: PetrarchVerbs, book: CameoCodebook): Map<string, number[]> {
  const missing = new Map<string, number[]>()
  const note = (c: string | null | undefined, line: number): void => {
    if (c == null || book.has(c)) return
    missing.set(c, [...(missing.get(c) ?? []), line])
  }
  for (const b of dict.blocks) {
    note(b.code, b.verbs[0]?.line ?? 0)
    note(b.passive, b.verbs[0]?.line ?? 0)
    for (const v of b.verbs) { note(v.code, v.line); note(v.passive, v.line) }
    for (const p of b.patterns) { note(p.code, p.line); note(p.passive, p.line) }
  }
  return missing
}

export function convertAll(sourceDir: string, book: CameoCodebook): { files: Record<string, string>; report: string } {
  const files: Record<string, string> = {}
  const report: string[] = []
  files.LICENSE = readLines(sourceDir, 'LICENSE').join('\n')

  const { verbs, warnings } = convertVerbs(readLines(sourceDir, SOURCE_FILES.verbs))
  files['verbs.json'] = checked(petrarchVerbsSchema, verbs, 'verbs.json')
  const nVerbs = verbs.blocks.reduce((n, b) => n + b.verbs.length, 0)
  const nPatterns = verbs.blocks.reduce((n, b) => n + b.patterns.length, 0)
  report.push(`verbs.json: ${verbs.blocks.length} blocks, ${nVerbs} verbs, ${nPatterns} patterns, ` +
    `${verbs.synsets.length} synsets, ${verbs.transformations.length} transformations`)
  report.push(...warningLines(SOURCE_FILES.verbs, warnings))
  for (const [code, lines] of codesMissing(verbs, book)) {
    report.push(`  code ${code} is not in data/cameo/codes.json (lines ${lines.join(', ')})`)
  }

  const { view, stats } = parleyView(verbs, book)
  files['verbs-parley.json'] = checked(parleyVerbsSchema, view, 'verbs-parley.json')
  report.push(`verbs-parley.json: ${view.entries.length} entries; of ${stats.patterns} patterns ` +
    `${stats.asObjectRule} ` +
    `became object rules, ${stats.asPrepCode} prepCodes; left out: ${stats.skippedBeforeVerb} with words before the ` +
    `verb, ${stats.skippedComplex} with several elements or a noun inside a prepositional phrase; ` +
    `${stats.droppedBlocks.length} blocks code nothing (no code, no convertible pattern): ` +
    stats.droppedBlocks.join(', '))
  for (const [from, to] of Object.entries(view.codeMap)) {
    report.push(`  code ${from} → ${to ?? 'none'} (not in the codebook)`)
  }

  const actorWarnings: Warning[] = []
  const countries = parseActors(readLines(sourceDir, SOURCE_FILES.countries), 'countries', (w) => actorWarnings.push(w))
  const intlWarnings: Warning[] = []
  const international = parseActors(readLines(sourceDir, SOURCE_FILES.international), 'international',
    (w) => intlWarnings.push(w))
  const built = buildActors(countries, international, (w) => actorWarnings.push(w))
  files['actors.json'] = checked(phoenixActorsSchema, built.actors, 'actors.json')
  const s = built.stats
  report.push(`actors.json: ${s.states} states, ${s.organizations} organisations, ${s.people} people ` +
    `(${s.peopleWithRoles} with dated roles), from ${countries.length + international.length} source entries`)
  report.push(...warningLines(SOURCE_FILES.countries, actorWarnings))
  report.push(...warningLines(SOURCE_FILES.international, intlWarnings))
  for (const [reason, names] of [...built.dropped.entries()].sort((a, b) => b[1].length - a[1].length)) {
    report.push(`  dropped ${names.length}: ${reason}; e.g. ${names.slice(0, 6).join(', ')}`)
  }

  const { agents, warnings: agentWarnings } = convertAgents(readLines(sourceDir, SOURCE_FILES.agents))
  files['agents.json'] = checked(phoenixAgentsSchema, agents, 'agents.json')
  report.push(`agents.json: ${agents.agents.length} agent phrases ` +
    `(${agents.agents.filter((a) => a.plural !== null).length} with a plural)`)
  report.push(...warningLines(SOURCE_FILES.agents, agentWarnings))
  const { discards, warnings: discardWarnings } = convertDiscards(readLines(sourceDir, SOURCE_FILES.discards))
  files['discards.json'] = checked(phoenixDiscardsSchema, discards, 'discards.json')
  report.push(`discards.json: ${discards.discards.length} phrases ` +
    `(${discards.discards.filter((d) => d.scope === 'story').length} story-level)`)
  report.push(...warningLines(SOURCE_FILES.discards, discardWarnings))

  return { files, report: report.join('\n') + '\n' }
}
