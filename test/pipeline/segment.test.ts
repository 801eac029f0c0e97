import t from 'tap'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { clean } from '../../src/pipeline/text/clean.ts'
import { segment } from '../../src/pipeline/text/segment.ts'

const texts = (s: string) => segment(s).map((x) => x.text)

t.test('splits on . ! ? and keeps offsets', async (t) => {
  const s = 'Talks failed.  Why? Nobody knows!\tThey left.'
  const out = segment(s)
  t.same(out.map((x) => x.text), ['Talks failed.', 'Why?', 'Nobody knows!', 'They left.'])
  for (const x of out) t.equal(s.slice(x.start, x.end), x.text)
  t.same(out.map((x) => x.index), [0, 1, 2, 3])
  t.same(texts('No terminator at the end'), ['No terminator at the end'])
  t.same(segment(''), [])
  t.same(segment('  \n\n  '), [])
})

t.test('abbreviations and titles never end a sentence', async (t) => {
  for (const abbr of ['Nov.', 'Jan.', 'Gen.', 'Lt.', 'Col.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Sen.', 'Rep.', 'Gov.',
    'Amb.', 'vs.', 'e.g.', 'i.e.']) {
    const s = `He met ${abbr} Smith in Paris. Talks went well.`
    t.same(texts(s), [`He met ${abbr} Smith in Paris.`, 'Talks went well.'], abbr)
  }
  t.same(texts('It was ranked No. 1 in the list. Then it fell.'), ['It was ranked No. 1 in the list.', 'Then it fell.'])
  t.same(texts('The answer was No. They left.'), ['The answer was No.', 'They left.'], '"No." without a number ends')
})

t.test('initialisms and initials', async (t) => {
  t.same(texts('The U.S. State Department and the U.N. Security Council met.'),
    ['The U.S. State Department and the U.N. Security Council met.'])
  t.same(texts('President George W. Bush spoke. He left.'), ['President George W. Bush spoke.', 'He left.'])
  t.same(texts('The meeting began at 10 a.m. Tuesday and ended at 5 p.m. on Wednesday.'),
    ['The meeting began at 10 a.m. Tuesday and ended at 5 p.m. on Wednesday.'])
  t.same(texts('The U.S.-led shield is ready.'), ['The U.S.-led shield is ready.'])
  t.same(texts('Troops left the U.S. Army base.'), ['Troops left the U.S. Army base.'])
  t.same(texts('The shield worries the U.S. The allies disagree.'),
    ['The shield worries the U.S.', 'The allies disagree.'], 'a clear opener after "U.S." splits')
  t.same(texts('Talks in the U.S.\n\nNew paragraph.'), ['Talks in the U.S.', 'New paragraph.'],
    'a paragraph break always splits')
  t.same(texts('So did I. Then we left.'), ['So did I.', 'Then we left.'], '"I." is not an initial')
})

t.test('decimals and numbers', async (t) => {
  t.same(texts('The budget grew by 1.1 billion manats. It is 3.5 percent more.'),
    ['The budget grew by 1.1 billion manats.', 'It is 3.5 percent more.'])
  t.same(texts('It happened in 2010. 15 people died.'), ['It happened in 2010.', '15 people died.'])
})

t.test('quotes', async (t) => {
  t.same(texts('"We will not give guarantees," she said. He agreed.'),
    ['"We will not give guarantees," she said.', 'He agreed.'])
  t.same(texts('"We need the elections to pass." She left.'), ['"We need the elections to pass."', 'She left.'])
  t.same(texts('"Move toward \'mutually assured stability.\'" Then silence.'),
    ['"Move toward \'mutually assured stability.\'"', 'Then silence.'])
  t.same(texts('"Why?" he asked. "Because."'), ['"Why?" he asked.', '"Because."'], 'no split before a lowercase word')
  t.same(texts('"Really!" she said.'), ['"Really!" she said.'])
  t.same(texts('(He left.) Then she did.'), ['(He left.)', 'Then she did.'])
})

t.test('ellipses', async (t) => {
  t.same(texts('"I would... not say so," she said.'), ['"I would... not say so," she said.'], 'lowercase next word')
  t.same(texts('"We tried ... But we failed," he said.'), ['"We tried ...', 'But we failed," he said.'])
  t.same(texts('We tried\u2026 and failed.'), ['We tried\u2026 and failed.'], 'the single-char ellipsis too')
})

t.test('paragraphs', async (t) => {
  const out = segment('Title line\n\nFirst one. Second one.\n\n\n\nThird one.\nFourth one')
  t.same(out.map((x) => [x.text, x.paragraph]),
    [['Title line', 0], ['First one.', 1], ['Second one.', 1], ['Third one.', 2], ['Fourth one', 2]])
})

t.test('property: sentences are trimmed, ordered slices of the text', async (t) => {
  const alphabet = fc.constantFrom(...'ab A.!?"\' \n', 'U.S. ', 'Mr. ', '1.1 ', '...', 'The ', '\n\n')
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (s) => {
    let prev = -1
    let para = 0
    for (const [i, x] of segment(s).entries()) {
      if (x.index !== i || x.text !== s.slice(x.start, x.end) || x.text !== x.text.trim() || x.text === '') return false
      if (x.start < prev || x.paragraph < para) return false
      prev = x.end
      para = x.paragraph
    }
    return true
  }), { numRuns: 2000 })
  t.pass('2000 random inputs')
})

t.test('the founding articles', async (t) => {
  const read = (f: string) => clean(readFileSync(new URL(`../../data/articles/${f}`, import.meta.url), 'utf8')).text
  const a001 = texts(read('001_63673dc353eabc9a.txt'))
  t.ok(a001.includes('"We will never do a legally binding agreement because I can\'t do one.'))
  t.ok(a001.includes('I can\'t get anything ratified.'))
  t.ok(a001.some((s) => s.endsWith('Ellen Tauscher said during a meeting of the Defense Writers Group on Thursday.')))
  t.ok(a001.includes(
    '"The only thing that\'s new where you can bring the Russians in is missile defense," Tauscher said.'))
  t.ok(a001.includes(
    '"This is the place where we can begin to put aside the Cold War and \'mutually assured destruction\' and move ' +
    'toward \'mutually assured stability.\'"'))
  t.ok(a001.includes('That means everything," she said.'))
  t.ok(a001.includes('Russia is worried the U.S.-led anti-missile shield in Europe may target its nuclear forces.'))

  const a003 = texts(read('003_0ceba8022e856230.txt'))
  t.ok(a003.includes(
    'He did not elaborate, although the United States is in the middle of a presidential election campaign ahead of ' +
    'a Nov. 8 vote.'))
  t.ok(a003.includes('The United States has refused Russian offers to discuss Washington\'s missile defense program.'))

  const a004 = texts(read('004_c6aa0806ec42fcf8.txt'))
  t.ok(a004.includes(
    '"Mrs. [Condoleezza] Rice will soon arrive in Moscow, and then I will meet with the [U.S.] president [George ' +
    'Bush] during the G8 summit in Germany," Putin said.'))
  t.ok(a004.some((s) => s.startsWith('Gates told journalists') &&
    s.endsWith('blackmail Europe or the U.S. and cause chaos.')))
  t.equal(a004[0], 'Russia, U.S. agree to continue dialogue on missile defense', 'the title is its own sentence')

  const a002 = segment(read('002_f1da1cc87da76c54.txt'))
  t.ok(a002.some((s) => s.text === 'I think it is possible," Putin said, RIA Novosti reported.'))
  t.equal(a002.at(-1)!.paragraph, 9, '10 paragraphs, numbered from 0')
})
