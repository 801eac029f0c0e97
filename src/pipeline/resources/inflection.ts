// Inflection of verb lemmas (meet → meets, met, meeting; deploy → deployed): English rules, with the exceptions
// (irregular pasts, doubled consonants, "be") in data/lexicon/inflection.json.
import { z } from 'zod'
import { lexiconTable, lexiconWords } from './lexicon.ts'

export interface VerbForm {
  form: string
  /** past tense or participle */
  past: boolean
  /** -ing form */
  gerund: boolean
}

const IRREGULAR = lexiconTable('inflection', 'irregularPast', z.array(z.string()))
const DOUBLE = lexiconWords('inflection', 'doubledConsonant')
const BE = lexiconTable('inflection', 'beForms', z.array(z.string()))

function isVowel(c: string | undefined): boolean {
  return c !== undefined && 'aeiou'.includes(c)
}

/** All inflected forms of a verb lemma, each flagged past (-ed/participle) or gerund (-ing). */
export function inflect(lemma: string): VerbForm[] {
  const out: VerbForm[] = [{ form: lemma, past: false, gerund: false }]
  if (lemma === 'be') {
    for (const f of BE.get('present') ?? []) out.push({ form: f, past: false, gerund: false })
    for (const f of BE.get('past') ?? []) out.push({ form: f, past: true, gerund: false })
    for (const f of BE.get('gerund') ?? []) out.push({ form: f, past: false, gerund: true })
    return out
  }
  const last = lemma.slice(-1)
  const prev = lemma.slice(-2, -1)
  const sibilant = /(s|x|z|ch|sh)$/.test(lemma)
  const consonantY = last === 'y' && !isVowel(prev)
  const third = sibilant ? lemma + 'es' : consonantY ? lemma.slice(0, -1) + 'ies' : lemma + 's'
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
