// The CAMEO verb/phrase dictionary (data/cameo/verbs.json), compiled once into lookup maps.
// Entries give lemma phrases; inflections are generated here (meet/met/meeting, deploy/deployed…).
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { lexiconTable, lexiconWords } from '../resources/lexicon.ts'

export interface ObjectRule {
  words: string[]
  /** null = the verb does not code an event with such an object */
  code: string | null
  negated?: string | null
}

export interface VerbEntry {
  id: string
  verbs?: string[]
  nouns?: string[]
  /** default code; null = only object rules code this verb */
  code: string | null
  dobj?: boolean
  preps?: string[]
  symmetric?: boolean
  speech?: boolean
  future?: string | null
  negated?: string | null
  objects?: ObjectRule[]
  requireObject?: boolean
  /** codes an event only when one of `objects` matches */
  requireRule?: boolean
  /** a nationality adjective opening the object names the target ("the Romanian part") */
  adjTarget?: boolean
  /** code by the preposition introducing the target ("deploy … near X" → 154) */
  prepCodes?: Record<string, string>
  /** the target may be named anywhere later in the sentence ("withdrew from the treaty, a pact with X") */
  wideTarget?: boolean
  summary: string
}

export interface VerbDictionary {
  version: number
  entries: VerbEntry[]
}

/** One way a dictionary phrase can start at a token. */
export interface VerbSense {
  entry: VerbEntry
  /** the lemma phrase as written in the dictionary */
  phrase: string
  /** normalized words after the trigger word (literal) */
  tail: string[]
  /** the trigger is a noun (nominal event), not a verb */
  nominal: boolean
  /** the trigger word form is a past form (past tense / participle) */
  past: boolean
  /** -ing form */
  gerund: boolean
}

export interface VerbLexicon {
  entries: VerbEntry[]
  byWord: Map<string, VerbSense[]>
}

const IRREGULAR = lexiconTable('inflection', 'irregularPast', z.array(z.string()))
const DOUBLE = lexiconWords('inflection', 'doubledConsonant')
const BE = lexiconTable('inflection', 'beForms', z.array(z.string()))

function isVowel(c: string | undefined): boolean {
  return c !== undefined && 'aeiou'.includes(c)
}

/** All inflected forms of a verb lemma, each flagged past (-ed/participle) or gerund (-ing). */
export function inflect(lemma: string): { form: string; past: boolean; gerund: boolean }[] {
  const out: { form: string; past: boolean; gerund: boolean }[] = [{ form: lemma, past: false, gerund: false }]
  if (lemma === 'be') {
    for (const f of BE.get('present') ?? []) out.push({ form: f, past: false, gerund: false })
    for (const f of BE.get('past') ?? []) out.push({ form: f, past: true, gerund: false })
    for (const f of BE.get('gerund') ?? []) out.push({ form: f, past: false, gerund: true })
    return out
  }
  const last = lemma.slice(-1)
  const prev = lemma.slice(-2, -1)
  const third = /(s|x|z|ch|sh)$/.test(lemma) ? lemma + 'es' : last === 'y' && !isVowel(prev) ? lemma.slice(0, -1) + 'ies' : lemma + 's'
  out.push({ form: third, past: false, gerund: false })
  const dbl = DOUBLE.has(lemma) ? lemma + last : lemma
  let ed: string
  let ing: string
  if (last === 'e') {
    ed = lemma + 'd'
    ing = lemma.endsWith('ee') ? lemma + 'ing' : lemma.slice(0, -1) + 'ing'
  } else if (last === 'y' && !isVowel(prev)) {
    ed = lemma.slice(0, -1) + 'ied'
    ing = lemma + 'ing'
  } else {
    ed = dbl + 'ed'
    ing = dbl + 'ing'
  }
  // travel/cancel/expel: American single and British double "l" both occur
  if (/[^aeiou][aeiou]l$/.test(lemma) && !DOUBLE.has(lemma)) {
    out.push({ form: lemma + 'led', past: true, gerund: false }, { form: lemma + 'ling', past: false, gerund: true })
  }
  const irregular = IRREGULAR.get(lemma)
  if (irregular && irregular.length > 0) {
    for (const f of irregular) out.push({ form: f, past: true, gerund: false })
  } else {
    out.push({ form: ed, past: true, gerund: false })
  }
  out.push({ form: ing, past: false, gerund: true })
  return out
}

function words(s: string): string[] {
  return s.toLowerCase().split(/\s+/).filter(Boolean)
}

function add(map: Map<string, VerbSense[]>, key: string, sense: VerbSense): void {
  const list = map.get(key)
  if (list) list.push(sense)
  else map.set(key, [sense])
}

export function compileVerbs(dict: VerbDictionary): VerbLexicon {
  const byWord = new Map<string, VerbSense[]>()
  for (const entry of dict.entries) {
    for (const phrase of entry.verbs ?? []) {
      const [head, ...tail] = words(phrase)
      if (!head) continue
      for (const f of inflect(head)) add(byWord, f.form, { entry, phrase, tail, nominal: false, past: f.past, gerund: f.gerund })
    }
    for (const phrase of entry.nouns ?? []) {
      const [head, ...tail] = words(phrase)
      if (!head) continue
      add(byWord, head, { entry, phrase, tail, nominal: true, past: false, gerund: false })
    }
  }
  // longer phrases first so "call on" wins over "call"
  for (const list of byWord.values()) list.sort((a, b) => b.tail.length - a.tail.length)
  return { entries: dict.entries, byWord }
}

let cached: VerbLexicon | null = null

/** The project dictionary, read and compiled once per process. */
export function loadVerbs(path?: string): VerbLexicon {
  if (!path && cached) return cached
  const url = path ?? new URL('../../../data/cameo/verbs.json', import.meta.url)
  const dict = JSON.parse(readFileSync(url, 'utf8')) as VerbDictionary
  const lex = compileVerbs(dict)
  if (!path) cached = lex
  return lex
}

/** Which object rule (if any) applies, given the normalized words of the object window. */
export function objectRule(entry: VerbEntry, objectWords: string[]): ObjectRule | null {
  if (!entry.objects) return null
  // plural/3rd-person forms of the rule words match too ("agreements", "summits")
  const joined = ' ' + objectWords.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')) : w)).join(' ') + ' '
  const raw = ' ' + objectWords.join(' ') + ' '
  for (const rule of entry.objects) {
    for (const w of rule.words) if (raw.includes(' ' + w + ' ') || joined.includes(' ' + w + ' ')) return rule
  }
  return null
}

const NEGOTIATION = new Set(['036', '040', '041', '042', '043', '044', '046'])

/** The CAMEO code a negated action gets when the entry has no explicit `negated`. */
export function negate(code: string): string | null {
  if (NEGOTIATION.has(code)) return '125'
  const root = code.slice(0, 2)
  if (['03', '05', '06', '07', '08'].includes(root)) return '120'
  return null
}

/** The intent ("will meet", "agreed to cooperate") code of an action code. */
export function intent(code: string): string {
  const root = code.slice(0, 2)
  if (/^06[1-4]$/.test(code)) return `031${code[2]}`
  if (root === '04') return '036'
  if (root === '05') return '030'
  if (root === '06') return '031'
  if (root === '07') return '033'
  if (root === '08') return '035'
  return code
}

export interface Trigger {
  sense: VerbSense
  /** token index of the trigger word and the token after the matched phrase */
  ti: number
  tj: number
  /** where the object starts: after the phrase, or inside its gap ("consider X unacceptable") */
  objFrom: number
}

const NOUN_BEFORE = lexiconWords('events', 'nounTriggerMarkers')
const GAP_OK = /^(?!.*(?:ed|ing)$)[a-z][a-z'-]*$/
const STOP_GAP = lexiconWords('events', 'phraseGapStops')

function tailEq(word: string, lit: string): boolean {
  return word === lit || word === lit + 's' || word === lit + 'es' || (lit.endsWith('y') && word === lit.slice(0, -1) + 'ies')
}

/** Matches the literal tail of a phrase from token j; returns the token after the match or -1. */
function matchTail(tokens: { norm: string; word: boolean; text: string; cap: boolean }[], j: number, tail: string[], skip: (i: number) => boolean): number {
  for (let k = 0; k < tail.length; k++) {
    const lit = tail[k]!
    if (lit === '*') {
      const next = tail[k + 1]
      if (next === undefined) return -1
      let g = j
      for (; g < tokens.length && g - j <= 25; g++) {
        const t = tokens[g]!
        if (t.text === '.' || t.text === ';' || t.text === ',') return -1
        if (t.word && tailEq(t.norm, next)) break
      }
      if (g >= tokens.length || g - j > 25) return -1
      j = g + 1
      k++
      continue
    }
    let gap = 0
    while (tokens[j] && !(tokens[j]!.word && tailEq(tokens[j]!.norm, lit)) && gap < 2) {
      const t = tokens[j]!
      if (!t.word || t.cap || STOP_GAP.has(t.norm) || !(GAP_OK.test(t.norm) || skip(j))) return -1
      j++
      gap++
    }
    if (!tokens[j] || !tailEq(tokens[j]!.norm, lit)) return -1
    j++
  }
  return j
}

/** Dictionary triggers in a token list: the longest phrase per trigger word. */
export function findTriggers(lex: VerbLexicon, tokens: { norm: string; word: boolean; text: string; cap: boolean }[], skip: (i: number) => boolean): Trigger[] {
  const out: Trigger[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.word) continue
    const senses = lex.byWord.get(t.norm)
    if (!senses) continue
    const prev = tokens[i - 1]
    const nounContext = !!prev && (NOUN_BEFORE.has(prev.norm) || (prev.word && prev.cap && i > 1))
    const ordered = nounContext ? [...senses.filter((x) => x.nominal), ...senses.filter((x) => !x.nominal)] : senses.filter((x) => !x.nominal || !senses.some((y) => !y.nominal && y.tail.length === 0))
    for (const sense of ordered) {
      const tj = sense.tail.length === 0 ? i + 1 : matchTail(tokens, i + 1, sense.tail, skip)
      if (tj > 0) {
        out.push({ sense, ti: i, tj, objFrom: sense.tail.includes('*') ? i + 1 : tj })
        break
      }
    }
  }
  return out
}
