// Tokens of a sentence: words (with a normalized form: lower case, no diacritics, no dots: "U.S." → "us"),
// the possessive "'s", and single punctuation marks; offsets into the text passed in (plus `offset`).

export interface Token {
  text: string
  /** lower-case, diacritics stripped, dots removed ("U.S." → "us") */
  norm: string
  start: number
  end: number
  word: boolean
  /** first character is upper-case */
  cap: boolean
}

const TOKEN_RE = /(\p{L}\.(?:\p{L}\.)+|\p{L}\.\p{L}\b)|(['’]s)\b|([\p{L}\p{N}]+(?:['’](?!s\b)\p{L}+)?)|(\S)/gu

function normToken(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKD').replace(/\p{M}+/gu, '')
  return t.toLowerCase().replace(/\./g, '').replace(/’/g, "'")
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const s = m[0]
    const word = m[4] === undefined
    const c = s[0] ?? ''
    out.push({
      text: s, norm: word ? normToken(s) : s, start: offset + m.index, end: offset + m.index + s.length, word,
      cap: c !== c.toLowerCase(),
    })
  }
  return out
}
