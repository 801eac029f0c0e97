// Dictionary triggers in a sentence (longest phrase per trigger word, gaps inside phrases), the object rules that
// refine a verb's code, and the codes of negated and intended acts (data/cameo/verbs.json `defaults`).
import { lexiconWords } from '../resources/lexicon.ts'
import {
  loadVerbs, type CodeDefaults, type ObjectRule, type VerbEntry, type VerbLexicon,
  type VerbSense,
} from '../resources/verbs.ts'

/** Which object rule (if any) applies, given the normalized words of the object window. */
export function objectRule(entry: VerbEntry, objectWords: string[]): ObjectRule | null {
  if (!entry.objects) return null
  // plural/3rd-person forms of the rule words match too ("agreements", "summits")
  const singular = (w: string) =>
    (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')) : w)
  const joined = ' ' + objectWords.map(singular).join(' ') + ' '
  const raw = ' ' + objectWords.join(' ') + ' '
  for (const rule of entry.objects) {
    for (const w of rule.words) if (raw.includes(' ' + w + ' ') || joined.includes(' ' + w + ' ')) return rule
  }
  return null
}

/** The CAMEO code a negated action gets when the entry has no explicit `negated` (null: no event). */
export function negate(code: string, defaults: CodeDefaults = loadVerbs().defaults): string | null {
  return defaults.negated.codes[code] ?? defaults.negated.roots[code.slice(0, 2)] ?? null
}

/** The intent ("will meet", "agreed to cooperate") code of an action code. */
export function intent(code: string, defaults: CodeDefaults = loadVerbs().defaults): string {
  return defaults.future.codes[code] ?? defaults.future.roots[code.slice(0, 2)] ?? code
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
const MEASURES = lexiconWords('events', 'occasionMeasures')
const GAP_OK = /^(?!.*(?:ed|ing)$)[a-z][a-z'-]*$/
const STOP_GAP = lexiconWords('events', 'phraseGapStops')

function tailEq(word: string, lit: string): boolean {
  return word === lit || word === lit + 's' || word === lit + 'es' ||
    (lit.endsWith('y') && word === lit.slice(0, -1) + 'ies')
}

/** Matches the literal tail of a phrase from token j; returns the token after the match or -1. */
function matchTail(tokens: { norm: string; word: boolean; text: string; cap: boolean }[], j: number, tail: string[],
  skip: (i: number) => boolean): number {
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
export function findTriggers(lex: VerbLexicon, tokens: { norm: string; word: boolean; text: string; cap: boolean }[],
  skip: (i: number) => boolean): Trigger[] {
  const out: Trigger[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.word) continue
    const senses = lex.byWord.get(t.norm)
    if (!senses) continue
    const prev = tokens[i - 1]
    // "the meeting", "strong opposition", "a two-hour meeting", "a brief meeting": a noun
    const compound = !!prev?.word && !prev.cap && tokens[i - 2]?.text === '-'
    // "a new round of talks", "three days of talks": "of" after a measure word
    const measure = !!prev?.word && MEASURES.has(prev.norm) &&
      (prev.norm !== 'of' || MEASURES.has(tokens[i - 2]?.norm ?? ''))
    const nounContext = !!prev &&
      (NOUN_BEFORE.has(prev.norm) || (prev.word && prev.cap && i > 1) || compound || measure)
    // after a determiner a noun reading comes first; elsewhere a noun only where no one-word verb reading exists
    const oneWordVerb = senses.some((y) => !y.nominal && y.tail.length === 0)
    const ordered = nounContext
      ? [...senses.filter((x) => x.nominal), ...senses.filter((x) => !x.nominal)]
      : senses.filter((x) => !x.nominal || !oneWordVerb)
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
