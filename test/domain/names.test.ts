import t from 'tap'
import fc from 'fast-check'
import { normalizeName } from '../../src/domain/names.ts'

t.test('examples', async (t) => {
  const cases: Array<[string, string]> = [
    ['Vladimir Putin', 'vladimir putin'],
    ['  VLADIMIR   PUTIN ', 'vladimir putin'],
    ['Sergei\tLavrov\n', 'sergei lavrov'],
    ['U.S.', 'us'],
    ['US', 'us'],
    ['U. S.', 'us'],
    ['U.S.A.', 'usa'],
    ['George W. Bush', 'george w bush'],
    ['George W Bush', 'george w bush'],
    ['George W.Bush', 'george w bush'],
    ['H. R. McMaster', 'hr mcmaster'],
    ['H.R. McMaster', 'hr mcmaster'],
    ['J.D. Vance', 'jd vance'],
    ['JD Vance', 'jd vance'],
    ['G-8', 'g8'],
    ['G8', 'g8'],
    ['NATO-Russia Council', 'nato russia council'],
    ['Traian Băsescu', 'traian basescu'],
    ['Radosław Sikorski', 'radoslaw sikorski'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Mevlüt Çavuşoğlu', 'mevlut cavusoglu'],
    ['Nicușor Dan', 'nicusor dan'],
    ['Nicuşor Dan', 'nicusor dan'],
    ['Gerhard Schröder', 'gerhard schroder'],
    ['Karl-Theodor zu Guttenberg', 'karl theodor zu guttenberg'],
    ['Patrick O’Reilly', "patrick o'reilly"],
    ["Patrick O'Reilly", "patrick o'reilly"],
    ['Patrick Oʼ Reilly', 'patrick o reilly'],
    ['“Putin”', 'putin'],
    ["'Putin'", 'putin'],
    ['Putin,', 'putin'],
    ['Jens Stoltenberg (NATO)', 'jens stoltenberg nato'],
    ['Straße', 'strasse'],
    ['Þór Ørsted', 'thor orsted'],
    ['İstanbul', 'istanbul'],
    ['Владимир Путин', 'владимир путин'],
    ['Й', 'и'],
    ['\u0374', ''], // GREEK NUMERAL SIGN → (NFKD) MODIFIER LETTER PRIME, an apostrophe look-alike
    ['a\u00B4b', "a'b"], // ACUTE ACCENT used as an apostrophe
    ['', ''],
    ['...', ''],
  ]
  for (const [input, want] of cases) t.equal(normalizeName(input), want, JSON.stringify(input))
})

t.test('dotted and undotted abbreviations agree', async (t) => {
  t.equal(normalizeName('U.S. Department of State'), normalizeName('US Department of State'))
  t.equal(normalizeName('U.N. Security Council'), normalizeName('UN Security Council'))
  t.equal(normalizeName('D.P.R.K.'), normalizeName('DPRK'))
  t.equal(normalizeName('George W. Bush'), normalizeName('george w bush'))
})

t.test('case and diacritic insensitive', async (t) => {
  t.equal(normalizeName('BĂSESCU'), normalizeName('basescu'))
  t.equal(normalizeName('Zelenskyy'), normalizeName('ZELENSKYY'))
  t.equal(normalizeName('Kaczyński'), normalizeName('KACZYNSKI'))
  t.equal(normalizeName('Babiš'), normalizeName('babis'))
})

const unicodeString = fc.string({ unit: 'grapheme', maxLength: 40 })
const binaryString = fc.string({ unit: 'binary', maxLength: 40 })
const nameLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'U.', 'S.', 'W.', 'H.R.', 'de', 'Hoop', "O'Reilly", 'O’Reilly',
        'Băsescu', 'Łódź', 'ß', 'İ', 'Σ', '-', '.', '“', '”', ' ',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(' '))

t.test('property: idempotent', async (t) => {
  for (const arb of [unicodeString, binaryString, nameLike]) {
    fc.assert(
      fc.property(arb, (s) => {
        const once = normalizeName(s)
        return normalizeName(once) === once
      }),
      { numRuns: 2000 },
    )
  }
  t.pass('normalizeName(normalizeName(s)) === normalizeName(s)')
})

t.test('idempotent on every code point of planes 0-2, alone and between letters', async (t) => {
  const bad: string[] = []
  for (let cp = 0; cp <= 0x2ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const c = String.fromCodePoint(cp)
    const once = normalizeName(`a${c}b ${c} Σ${c}`)
    if (normalizeName(once) !== once) bad.push(cp.toString(16))
  }
  t.same(bad, [])
})

t.test('property: output shape', async (t) => {
  fc.assert(
    fc.property(fc.oneof(unicodeString, binaryString, nameLike), (s) => {
      const out = normalizeName(s)
      return (
        out === out.trim() &&
        !/\s{2}/u.test(out) &&
        !/[^\S ]/u.test(out) &&
        !/\p{M}/u.test(out) &&
        out === out.toLowerCase() &&
        !/[.\-,"“”’]/u.test(out)
      )
    }),
    { numRuns: 2000 },
  )
  t.pass('trimmed, single spaces, lower-case, no marks or punctuation')
})

t.test('property: ASCII case-insensitive', async (t) => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), (s) => normalizeName(s.toUpperCase()) === normalizeName(s.toLowerCase())),
    { numRuns: 1000 },
  )
  t.pass('upper- and lower-case ASCII inputs agree')
})
