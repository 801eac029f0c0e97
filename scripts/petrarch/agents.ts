// Phoenix.agents.txt → data/petrarch/agents.json; Phoenix.discards.txt → data/petrarch/discards.json.
// Grammar: PETRreader.read_agent_dictionary / read_discard_list (see data/petrarch/README.md).
import type { PhoenixAgent, PhoenixAgents, PhoenixDiscards } from '../../src/pipeline/resources/phoenix-agents.ts'
import { petrarchSource } from '../../src/pipeline/resources/petrarch-source.ts'
import { plural } from './inflect.ts'
import { SOURCE_FILES, splitComment } from './source-files.ts'
import type { Warning } from './verbs.ts'

/** The stem the file's header mentions ("FINANCE_MINIST"): expanded like the !MINIST! marker's singulars. */
const MINIST_STEM = ['minister', 'ministry']

function text(phrase: string): string {
  return phrase.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
}

export function convertAgents(lines: string[]): { agents: PhoenixAgents; warnings: Warning[] } {
  const warnings: Warning[] = []
  const markers: Record<string, string[]> = {}
  const agents: PhoenixAgent[] = []
  lines.forEach((raw, idx) => {
    const line = idx + 1
    if (raw.startsWith('#') || raw.startsWith('<!') || raw.trim() === '') return
    const { body } = splitComment(raw)
    if (body.trim() === '') return
    if (body.includes('!') && body.includes('=')) {
      const m = /!([A-Z]+)!\s*=\s*(.*)$/.exec(body.trim())
      if (m) markers[m[1]!] = m[2]!.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
      else warnings.push({ line, message: 'marker definition not understood' })
      return
    }
    const bracket = /\[([^\]}]*)[\]}]/.exec(body) // one entry closes its code with "}"
    if (!bracket) { warnings.push({ line, message: `agent without a code skipped: ${body.trim()}` }); return }
    const code = bracket[1]!.trim()
    const sectors = code.replace('~', '').match(/.{1,3}/g) ?? []
    if (!/^~[A-Z]+$|^[A-Z]+~$/.test(code) || sectors.some((s) => !/^[A-Z]{3}$/.test(s))) {
      warnings.push({ line, message: `agent code not understood, skipped: [${code}]` })
      return
    }
    let phrase = body.slice(0, bracket.index).trim()
    let listed: string | null | undefined
    const braces = /\{([^}]*)\}/.exec(phrase)
    if (braces) {
      listed = braces[1]!.trim() === '' ? null : text(braces[1]!)
      phrase = phrase.slice(0, braces.index).trim()
    }
    const consecutive = !/\s/.test(phrase)
    const push = (t: string, p: string | null): void => {
      if (!t) return
      if (/(^| )minist( |$)/.test(t)) {
        for (const m of MINIST_STEM) {
          const e = t.replace(/(^| )minist( |$)/, `$1${m}$2`)
          agents.push({ text: e, plural: plural(e), consecutive, code, sectors, line })
        }
      } else agents.push({ text: t, plural: p, consecutive, code, sectors, line })
    }
    const marker = /!([A-Z]+)!/.exec(phrase)
    if (marker) {
      const subs = markers[marker[1]!]
      if (!subs) { warnings.push({ line, message: `undefined marker !${marker[1]}! skipped` }); return }
      for (const s of subs) push(text(phrase.replace(marker[0], s)), null)
      return
    }
    const t = text(phrase)
    push(t, listed === undefined ? plural(t) : listed)
  })
  const seen = new Set<string>()
  const unique = agents.filter((a) => {
    const k = `${a.text}|${a.code}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  const source = petrarchSource([SOURCE_FILES.agents], 'parsed by scripts/convert-petrarch.ts: lower-cased, ' +
    'substitution markers and the MINIST stem expanded, regular plurals generated where the source gives none')
  return { agents: { source, markers, agents: unique }, warnings }
}

export function convertDiscards(lines: string[]): { discards: PhoenixDiscards; warnings: Warning[] } {
  const warnings: Warning[] = []
  const discards: PhoenixDiscards['discards'] = []
  const seen = new Set<string>()
  lines.forEach((raw, idx) => {
    if (raw.startsWith('#') || raw.startsWith('<!') || raw.trim() === '') return
    const body = splitComment(raw).body.trim()
    if (body === '') return
    const story = body.startsWith('+')
    const phrase = story ? body.slice(1).trim() : body
    const t = text(phrase)
    const key = `${t}|${story}`
    if (!t || seen.has(key)) return
    seen.add(key)
    discards.push({ text: t, scope: story ? 'story' : 'sentence', wholeWord: phrase.endsWith('_'), line: idx + 1 })
  })
  const source = petrarchSource([SOURCE_FILES.discards],
    'parsed by scripts/convert-petrarch.ts: lower-cased, duplicates removed')
  return { discards: { source, discards }, warnings }
}
