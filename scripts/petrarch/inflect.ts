// Regular English inflection for the converted verb forms and noun plurals. PETRARCH2 generates
// -S/-ED/-ING mechanically ("STOPED"); here the usual spelling rules apply instead, and the forms the
// source lists in {…} are kept as written.

const VOWEL = /[aeiou]/

function isConsonant(c: string | undefined): boolean {
  return c !== undefined && /[a-z]/.test(c) && !VOWEL.test(c)
}

/** One-syllable consonant-vowel-consonant words double the last letter: stop → stopped, ban → banning. */
function doubles(word: string): boolean {
  const groups = word.match(/[aeiouy]+/g) ?? []
  if (groups.length !== 1) return false
  const n = word.length
  return n >= 3 && isConsonant(word[n - 3]) && VOWEL.test(word[n - 2]!) && /[bdfgklmnprstvz]/.test(word[n - 1]!)
}

export function thirdPerson(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es'
  if (word.endsWith('y') && isConsonant(word[word.length - 2])) return word.slice(0, -1) + 'ies'
  return word + 's'
}

export function pastForm(word: string): string {
  if (word.endsWith('e')) return word + 'd'
  if (word.endsWith('y') && isConsonant(word[word.length - 2])) return word.slice(0, -1) + 'ied'
  if (doubles(word)) return word + word.slice(-1) + 'ed'
  return word + 'ed'
}

export function gerund(word: string): string {
  if (word.endsWith('ie')) return word.slice(0, -2) + 'ying'
  if (/(ee|ye|oe)$/.test(word)) return word + 'ing'
  if (word.endsWith('e') && word.length > 2) return word.slice(0, -1) + 'ing'
  if (doubles(word)) return word + word.slice(-1) + 'ing'
  return word + 'ing'
}

/** Regular forms of a (possibly multi-word) verb, inflecting the word at `head`: "call off" → "calls off" … */
export function regularForms(lemma: string, head = 0): string[] {
  const words = lemma.split(' ')
  const w = words[head]!
  return [thirdPerson(w), pastForm(w), gerund(w)].map((f) => words.map((x, i) => (i === head ? f : x)).join(' '))
}

/**
 * Regular plural of a noun phrase (its last word): "arms shipment" → "arms shipments", "crisis" →
 * "crises"; null when the last word already looks plural ("talks", "arms") or is not a word.
 */
export function plural(phrase: string): string | null {
  const words = phrase.split(' ')
  const last = words.pop()!
  if (!/^[a-z]+$/.test(last)) return null
  let p: string
  if (last.endsWith('is') && last.length > 4) p = last.slice(0, -2) + 'es'
  else if (last.endsWith('s') && !/(ss|us)$/.test(last)) return null
  else p = thirdPerson(last)
  return [...words, p].join(' ')
}
