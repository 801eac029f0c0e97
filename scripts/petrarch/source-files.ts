// Reading PETRARCH2's dictionary files (convert-petrarch only; nothing reads ../shared at run time).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

export const SOURCE_FILES = {
  verbs: 'CAMEO.2.0.txt',
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  agents: 'Phoenix.agents.txt',
  discards: 'Phoenix.discards.txt',
} as const

const RELATIVE = join('shared', 'reference', 'petrarch2')

/** `PETRARCH_DIR`, else the first `shared/reference/petrarch2` beside the repository or one of its parents. */
export function findSourceDir(repoRoot: string, explicit?: string): string | null {
  const given = explicit ?? process.env.PETRARCH_DIR
  if (given) return existsSync(join(given, SOURCE_FILES.verbs)) ? resolve(given) : null
  let dir = resolve(repoRoot)
  for (let i = 0; i < 4; i++) {
    const candidate = join(dirname(dir), RELATIVE)
    if (existsSync(join(candidate, SOURCE_FILES.verbs))) return candidate
    dir = dirname(dir)
  }
  return null
}

/** The lines of a source file (UTF-8, "\n"-separated, no trailing "\r"). */
export function readLines(dir: string, file: string): string[] {
  return readFileSync(join(dir, file), 'utf8').split('\n').map((l) => l.replace(/\r$/, ''))
}

/** Splits a line at its comment: '#', or TABARI's legacy ';', wherever it is. */
export function splitComment(line: string): { body: string; comment: string | null } {
  const at = line.search(/[#;]/)
  if (at < 0) return { body: line, comment: null }
  return { body: line.slice(0, at), comment: line.slice(at + 1).trim() }
}

/**
 * Deterministic, diff-friendly JSON: the top-level object one key per line; arrays and records
 * directly under it one element (or key) per line; everything deeper on that element's line.
 */
export function formatJson(value: Record<string, unknown>): string {
  const lines: string[] = ['{']
  const keys = Object.keys(value)
  keys.forEach((key, i) => {
    const v = value[key]
    const comma = i < keys.length - 1 ? ',' : ''
    if (Array.isArray(v) && v.length > 0) {
      lines.push(`  ${JSON.stringify(key)}: [`)
      v.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < v.length - 1 ? ',' : ''}`))
      lines.push(`  ]${comma}`)
    } else if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 3) {
      const entries = Object.entries(v as Record<string, unknown>)
      lines.push(`  ${JSON.stringify(key)}: {`)
      entries.forEach(([k, x], j) => {
        lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(x)}${j < entries.length - 1 ? ',' : ''}`)
      })
      lines.push(`  }${comma}`)
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(v)}${comma}`)
    }
  })
  lines.push('}')
  return lines.join('\n') + '\n'
}

/** Lower-case hyphenated slug: "VLADIMIR_PUTIN" → "vladimir-putin" (ASCII letters and digits only). */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Stable sort helper: compares strings by code unit, independent of locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
