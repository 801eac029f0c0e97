// Whether a person's role (title + affiliation on the article date) fits a description
// ("the U.S. defense secretary", "the Pentagon official", "Russia's top diplomat").
import type { ActorRecord } from '../types.ts'
import type { Mention } from './mentions.ts'

export interface Profile {
  id: string
  record: ActorRecord
  discovered: boolean
  /** title held on the article date (gazetteer) or written in the text */
  role: string | null
  country: string | null
  /** normalized " title affiliation " used for matching */
  text: string
  gender: 'f' | 'm' | 'u'
}

export function profileText(title: string, affiliation: string | null): string {
  const t = `${title} ${affiliation ?? ''}`.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ')
  return ` ${t.trim()} `
}

const RANKED = /\b(deputy|assistant|under|vice|first deputy)\b/
const FOREIGN_MINISTER = /\b(foreign minister|minister of foreign affairs|foreign affairs minister|secretary of state|foreign secretary)\b/

/** Modifier words of a description that must appear in the role text. */
const KEYWORDS: Record<string, RegExp> = {
  defense: /defen[cs]e|pentagon/, defence: /defen[cs]e|pentagon/, pentagon: /defen[cs]e|pentagon/,
  foreign: /foreign|secretary of state/, state: /\bstate\b/, arms: /\barms\b/, deputy: /deputy/, assistant: /assistant/,
  under: /\bunder\b/, vice: /\bvice\b/, prime: /prime/, nuclear: /nuclear/, military: /military|defen[cs]e|armed|general/,
}

function headOk(head: string, full: string, modifiers: string[]): boolean {
  const rankedDesc = modifiers.some((w) => ['deputy', 'assistant', 'under', 'vice'].includes(w))
  const rankOk = rankedDesc || !RANKED.test(full)
  // the office noun is in the title before its complement ("Press Secretary | of the President")
  const text = ' ' + full.trim().split(/ (?:of|for|to|at|in) /)[0]! + ' '
  switch (head) {
    case 'president': return /\bpresident\b/.test(text) && !/vice president/.test(text) && rankOk
    case 'pm': return /\b(prime minister|premier)\b/.test(text)
    case 'leader': return /\b(president|prime minister|premier|chancellor|leader|head of state|secretary general|king)\b/.test(text) && rankOk
    case 'minister': return /\bminister\b/.test(text) && rankOk
    case 'secretary': return /\bsecretary\b/.test(text) && rankOk
    case 'diplomat':
      if (modifiers.includes('top')) return FOREIGN_MINISTER.test(full) && !RANKED.test(full)
      return /\b(state|foreign|ambassador|envoy|diplomat|consul|arms control|representative)\b/.test(full)
    case 'spokes': return /\b(spokes|press secretary)/.test(text)
    case 'ambassador': return /\b(ambassador|envoy|representative)\b/.test(text)
    case 'general': return /\b(general|commander|admiral|chief of)/.test(text)
    // "a senior U.S. official" is an anonymous official, never the head of state or government
    case 'official': return full.trim().length > 0 && !((modifiers.includes('a') || modifiers.includes('an')) && /\b(president|prime minister|premier|chancellor|king)\b/.test(text))
    default: return false
  }
}

/** true when the person profile fits the description mention. */
export function compatible(p: Profile | undefined, m: Mention): boolean {
  if (!p || p.record.kind !== 'person' || !m.head) return false
  if (m.country && p.country && m.country !== p.country) return false
  if (m.country && !p.country) return false
  // "the alliance chief": a post of that organisation
  if (m.org && !p.text.includes(` ${m.org.replace(/-/g, ' ')} `)) return false
  const mods = m.modifiers ?? []
  if (!headOk(m.head, p.text, mods)) return false
  for (const w of mods) {
    const re = KEYWORDS[w]
    if (re && !re.test(p.text)) return false
  }
  if (mods.includes('arms') && !/arms control/.test(p.text)) return false
  return true
}
