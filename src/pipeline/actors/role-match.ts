// Whether a person's role (title + affiliation on the article date) fits a description
// ("the U.S. defense secretary", "the Pentagon official", "Russia's top diplomat").
import type { ActorRecord } from '../types.ts'
import type { Mention } from './mentions.ts'
import { z } from 'zod'
import { alternatives, lexiconTable, lexiconWords } from '../resources/lexicon.ts'

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

const titleList = (name: string) => lexiconWords('titles', name)
const wordsRe = (words: Iterable<string>, prefix = false) =>
  new RegExp(`\\b(?:${alternatives(words)})${prefix ? '' : '\\b'}`)
const RANK_WORDS = titleList('rankWords')
const RANKED = wordsRe(RANK_WORDS)
const FOREIGN_MINISTER = wordsRe(titleList('topDiplomatTitles'))
const HEAD_OF_STATE = wordsRe(titleList('headOfStateTitles'))
const INDEFINITE = lexiconWords('grammar', 'indefiniteArticles')
/** the office part of a title: before its complement ("Press Secretary | of the President") */
const COMPLEMENT = new RegExp(` (?:${alternatives(titleList('officePrepositions'))}) `)

const officeSchema = z.object({
  words: z.array(z.string()), except: z.array(z.string()).optional(), ranked: z.boolean().optional(),
  prefix: z.boolean().optional(), wholeTitle: z.boolean().optional(),
}).strict()
/** Per description class: which role titles fit it. */
const OFFICES = new Map([...lexiconTable('titles', 'officeTitles', officeSchema)].map(([cls, o]) => [cls, {
  re: wordsRe(o.words, o.prefix), except: o.except ? new RegExp(alternatives(o.except)) : null, ranked: !!o.ranked,
  wholeTitle: !!o.wholeTitle,
}]))

/** Modifier words of a description that must appear in the role text. */
const KEYWORDS = new Map([...lexiconTable('titles', 'modifierKeywords', z.array(z.string()))]
  .map(([w, patterns]) => [w, patterns.map((p) => new RegExp(p))]))

function headOk(head: string, full: string, modifiers: string[]): boolean {
  const rankedDesc = modifiers.some((w) => RANK_WORDS.has(w))
  const rankOk = rankedDesc || !RANKED.test(full)
  const text = ' ' + full.trim().split(COMPLEMENT)[0]! + ' '
  // "Russia's top diplomat" is its foreign minister
  if (head === 'diplomat' && modifiers.includes('top')) return FOREIGN_MINISTER.test(full) && !RANKED.test(full)
  // "a senior U.S. official" is an anonymous official, never the head of state or government
  if (head === 'official') {
    return full.trim().length > 0 &&
    !(modifiers.some((w) => INDEFINITE.has(w)) && HEAD_OF_STATE.test(text))
  }
  const office = OFFICES.get(head)
  if (!office) return false
  const where = office.wholeTitle ? full : text
  return office.re.test(where) && !office.except?.test(where) && (!office.ranked || rankOk)
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
  for (const w of mods) if (KEYWORDS.get(w)?.some((re) => !re.test(p.text))) return false
  return true
}
