// People the gazetteer does not know: titles with an office complement, and the country their title names.
// Passages written for these tests, with the full gazetteer.
import t from 'tap'
import { extract } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'

const res = loadResources()
const out = (raw: string, published = '2024-03-14') => extract({ id: 't', raw, published }, res)
const actors = (raw: string) => out(raw).actors.map((a) => `${a.id}${a.country ? ' ' + a.country : ''}`)
const speakers = (raw: string) => out(raw).statements.map((s) => s.speakerId)

t.test('"the spokesman for <organisation>, X, said": X is a person, and the speaker', async (t) => {
  const a = 'The spokesman for the Egyptian foreign ministry, Ali Nour, said the talks had been constructive.'
  t.same(speakers(a), ['ali-nour'])
  t.same(actors(a), ['ali-nour EGY', 'egypt EGY'])
  t.same(speakers('A spokesman for the Kenyan government, Isaac Mwaura, said the deployment would go ahead.'),
    ['isaac-mwaura'])
  t.same(speakers('The head of the Sudanese delegation, Omar Siddiq, told reporters the ceasefire was holding.'),
    ['omar-siddiq'])
})

t.test('a discovered person takes the country of a state or national body named in the title', async (t) => {
  t.same(actors('Ahmed Hassan, the foreign minister of Egypt, said Cairo rejected the plan.'),
    ['ahmed-hassan EGY', 'egypt EGY'])
  t.same(actors('Iran\'s foreign ministry spokesman Nasser Kanaani said the sanctions were illegal.'),
    ['nasser-kanaani IRN', 'iran IRN'])
  t.same(actors('The Chinese Foreign Ministry spokesperson Mao Ning said China opposed the sanctions.'),
    ['mao-ning CHN', 'china CHN'])
})

t.test('"the ministry" / "the Foreign Ministry" after one of its officials is that ministry', async (t) => {
  t.same(speakers('Iranian foreign ministry spokesman Nasser Kanaani spoke on Monday. The ministry said the ' +
    'sanctions were illegal.'), ['foreign-affairs-ministry-iran'])
  t.same(speakers('Japanese Foreign Minister Yoko Kamikawa met her counterpart. The Foreign Ministry said the talks ' +
    'were productive.'), ['foreign-affairs-ministry-japan'])
  t.same(speakers('Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Monday. The Foreign Ministry also ' +
    'said it had summoned the Estonian ambassador.'), ['russian-foreign-ministry'])
  t.same(speakers('The Foreign Ministry said the talks were productive.'), [], 'no state, no official: unknown')
})

t.test('a title apposition with a short tail closing the sentence ("…, said X, an official in the …")', async (t) => {
  t.same(speakers('"We will never accept this," said Nikolai Petrov, a senior official in the Belarusian ' +
    'presidential administration.'), ['nikolai-petrov'])
  t.same(actors('"The door stays open," said Anna Weber, a senior adviser at the Austrian foreign ministry.'),
    ['anna-weber AUT', 'austria AUT'])
})
