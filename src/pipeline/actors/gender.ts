// A person's likely gender from the name (for "he"/"she"): first names, then Slavic surname endings.
import { alternatives, lexiconWords } from '../resources/lexicon.ts'

const FEMALE = lexiconWords('names', 'femaleFirstNames')
const MALE = lexiconWords('names', 'maleFirstNames')
const FEMALE_ENDING = new RegExp(`(?:${alternatives(lexiconWords('names', 'femaleSurnameEndings'))})$`)
const MALE_ENDING = new RegExp(`(?:${alternatives(lexiconWords('names', 'maleSurnameEndings'))})$`)

/** 'f', 'm' or 'u' (unknown) from a person's name (or an honorific before it). */
export function genderOf(name: string): 'f' | 'm' | 'u' {
  const parts = name.toLowerCase().replace(/[.[\]]/g, '').split(/\s+/).filter(Boolean)
  const first = parts[0] ?? ''
  const last = parts[parts.length - 1] ?? ''
  if (FEMALE.has(first)) return 'f'
  if (MALE.has(first)) return 'm'
  if (parts.length > 1 && FEMALE_ENDING.test(last)) return 'f'
  if (parts.length > 1 && MALE_ENDING.test(last)) return 'm'
  return 'u'
}
