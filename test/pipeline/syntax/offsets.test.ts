// Property tests: whatever the input, parseText never throws, every token is the exact slice of the input
// at its offsets, and sentences cover the text in order.
import t from 'tap'
import fc from 'fast-check'
import { parseText, type ParsedText } from '../../../src/pipeline/syntax/index.ts'

function checkOffsets(text: string, offset: number, parsed: ParsedText): string | null {
  let prevEnd = offset
  for (const s of parsed.sentences) {
    if (s.tokens.length === 0) return `sentence ${s.index} has no token`
    if (s.start < prevEnd) return `sentence ${s.index} starts before the previous one ends`
    if (s.text !== text.slice(s.start - offset, s.end - offset)) return `sentence ${s.index} text differs`
    let tokenEnd = s.start
    for (const tok of s.tokens) {
      if (tok.text !== text.slice(tok.start - offset, tok.end - offset)) return `token ${JSON.stringify(tok.text)}`
      if (tok.start < tokenEnd || tok.end <= tok.start) return `token ${tok.i} out of order`
      tokenEnd = tok.end
    }
    if (tokenEnd !== s.end) return `sentence ${s.index} does not end at its last token`
    prevEnd = s.end
  }
  // every non-space character is inside a token
  const covered = new Uint8Array(text.length)
  for (const s of parsed.sentences) for (const tok of s.tokens) covered.fill(1, tok.start - offset, tok.end - offset)
  for (let k = 0; k < text.length; k++) {
    if (!covered[k] && !/\s/u.test(text[k] ?? '')) return `char ${k} ${JSON.stringify(text[k])} in no token`
  }
  return null
}

const NOISY = ['Russia', 'said', 'NATO', "'s", '’s', ' ', '  ', '\n', '\n\n', ',', '.', '"', '“', '”', '[', ']', '(',
  ')', '—', '-', 'img', 'Putin', 'stressed', 'Ã©', 'Â', '\u00a0', '\u3000', '\u2028', '\u200b', '\t', 'will', 'not',
  'that', 'which', 'to', 'agreed', 'and', 'U.S.', 'SAYS', 'WARNS', 'Talks', '😀', '\ud800', 'e\u0301', 'x', '?', '!']

t.test('token offsets are exact for random unicode text', async (t) => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(1000), (text, offset) => {
    const problem = checkOffsets(text, offset, parseText(text, offset))
    if (problem) throw new Error(problem)
  }), { numRuns: 300 })
  t.pass('300 random strings')
})

t.test('token offsets are exact for news-like noise', async (t) => {
  const noisy = fc.array(fc.constantFrom(...NOISY), { maxLength: 120 }).map((ws) => ws.join(''))
  fc.assert(fc.property(noisy, (text) => {
    const problem = checkOffsets(text, 0, parseText(text))
    if (problem) throw new Error(problem)
  }), { numRuns: 400 })
  t.pass('400 noisy texts')
})

t.test('edge cases', async (t) => {
  t.same(parseText('').sentences, [])
  t.same(parseText(' \n\n \t').sentences, [])
  const p = parseText('Russia agreed.', 100)
  t.equal(p.offset, 100)
  t.equal(p.sentences[0]?.tokens[0]?.start, 100)
  t.equal(p.sentences[0]?.start, 100)
  t.equal(p.sentences[0]?.end, 114)
  for (const text of ['imgRussia confirmed it.', 'Vladimir Putinstressed that. Putin left.', '   trailing   ',
    'a\u0000b \u0301x 😀😀 \ud800 x\u200bx', 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Â© 2023', '[the Russian president]']) {
    t.equal(checkOffsets(text, 7, parseText(text, 7)), null, JSON.stringify(text))
  }
})

t.test('over-long sentences are cut, nothing is lost', async (t) => {
  const text = 'Russia, '.repeat(1000) + 'and China agreed.'
  const p = parseText(text)
  t.ok(p.sentences.length > 1)
  t.ok(p.sentences.every((s) => s.tokens.length <= 200))
  t.equal(checkOffsets(text, 0, p), null)
})
