// Name normalisation shared by the gazetteer loader (alias index), the extractor (matching) and the
// API (case- and diacritic-insensitive actor search; actor_aliases.normalized stores its output).
//
// Rules, in order:
//  1. apostrophe look-alikes (’ ‘ ʼ ′ ` ´ …) → ', other quotation marks are punctuation;
//  2. Unicode NFKD, combining marks removed (Băsescu → Basescu, Erdoğan → Erdogan), lower-cased;
//     letters that NFKD does not decompose are folded by hand (ł → l, ø → o, ß → ss, æ → ae, đ → d, ı → i …);
//  3. every character other than a letter, a digit or an apostrophe becomes a space: dots, hyphens,
//     dashes, commas, brackets, quotes ("U.S." → "u s", "George W. Bush" → "george w bush",
//     "NATO-Russia" → "nato russia");
//  4. an apostrophe survives only between two letters (O'Reilly, not 'quoted');
//  5. a run of two or more one-character tokens is joined into one token, so that abbreviations
//     written with or without dots agree: "U.S." = "US" = "u s" → "us", "U.S.A." → "usa",
//     "H. R. McMaster" = "H.R. McMaster" → "hr mcmaster", "G-8" → "g8". A lone initial stays
//     ("George W. Bush" → "george w bush");
//  6. whitespace collapsed, trimmed.
// The function is idempotent: normalizeName(normalizeName(s)) === normalizeName(s).

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u02BB\u02B9\u2032\u2035\u0060\u00B4\uFF07]/g

const FOLD: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ŧ: 't',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ĸ: 'k',
  ŋ: 'n',
}
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g')

function fold(s: string): string {
  // NFKD twice around lower-casing: lower-casing can produce combining marks (İ → i̇) and
  // compatibility decompositions can produce capitals (ℌ → H).
  let t = s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
  t = t.replace(FOLD_RE, (c) => FOLD[c] ?? c)
  t = t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
  return t
}

export function normalizeName(s: string): string {
  // apostrophe look-alikes before NFKD (´ decomposes to a space and a mark) and after it
  // (U+0374 GREEK NUMERAL SIGN decomposes to U+02B9 MODIFIER LETTER PRIME)
  let t = fold(s.replace(APOSTROPHES, "'")).replace(APOSTROPHES, "'")
  // anything not a letter, digit or apostrophe separates tokens
  t = t.replace(/[^\p{L}\p{N}']+/gu, ' ')
  // apostrophes only inside words
  t = t.replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
  const tokens = t.split(' ').filter((x) => x.length > 0)
  const out: string[] = []
  let run = ''
  let runLen = 0
  const flush = (): void => {
    if (runLen > 0) out.push(run)
    run = ''
    runLen = 0
  }
  for (const tok of tokens) {
    if ([...tok].length === 1) {
      run += tok
      runLen++
    } else {
      flush()
      out.push(tok)
    }
  }
  flush()
  return out.join(' ')
}
