// Chunker: noun phrases (possessive chains, nationality modifiers, dates), verb groups, prepositions, ADJPs.
import t from 'tap'
import type { Chunk, Sentence } from '../../../src/pipeline/syntax/index.ts'
import { sentence, words } from './helper.ts'

const chunks = (text: string) => {
  const s = sentence(text)
  return s.chunks.map((c) => `${c.type}:${words(s, c)}`)
}
const np = (s: Sentence, head: string): Chunk | undefined =>
  s.chunks.find((c) => c.type === 'NP' && s.tokens[c.head]?.text === head)

t.test('flat NP / VP / PP / ADJP chunks', async (t) => {
  t.same(chunks('The two ministers signed a new arms control treaty in Geneva.'),
    ['NP:The two ministers', 'VP:signed', 'NP:a new arms control treaty', 'PP:in', 'NP:Geneva'])
  t.same(chunks('Russia has not yet ratified the agreement.'),
    ['NP:Russia', 'VP:has not yet ratified', 'NP:the agreement'])
  t.same(chunks('The radar will be fully operational.'), ['NP:The radar', 'VP:will be', 'ADJP:fully operational'])
  t.same(chunks('They refused to attend.'), ['NP:They', 'VP:refused', 'VP:attend'], '"to" is outside the VP')
  t.same(chunks('Moscow never accepted the plan.'), ['NP:Moscow', 'VP:never accepted', 'NP:the plan'])
  t.same(chunks('Its inspectors left.'), ['NP:Its inspectors', 'VP:left'], 'a possessive pronoun opens an NP')
})

t.test('possessive chains', async (t) => {
  const s = sentence("NATO's radar network in Romania was declared operational.")
  const net = np(s, 'network')
  t.equal(words(s, net), "NATO 's radar network")
  t.same(net?.possessors.map((p) => words(s, p)), ['NATO'])
  const s2 = sentence("Russia's foreign minister's plan was rejected.")
  const plan = np(s2, 'plan')
  t.same(plan?.possessors.map((p) => words(s2, p)), ['Russia', 'foreign minister'])
  t.equal(s2.tokens[plan?.head ?? -1]?.text, 'plan', 'the head is the possessed noun')
  const s3 = sentence("The allies' response was swift.")
  t.same(np(s3, 'response')?.possessors.map((p) => words(s3, p)), ['The allies'])
  const s4 = sentence('The radar network in Romania was declared operational.')
  t.same(np(s4, 'network')?.possessors, [], 'no possessor')
})

t.test('nationality modifiers', async (t) => {
  const s = sentence('Poland agreed to host American radars and Patriot interceptors.')
  t.same(np(s, 'radars')?.nationalities.map((k) => s.tokens[k]?.text), ['American'])
  t.same(np(s, 'interceptors')?.nationalities, [])
  const s2 = sentence('U.S.-Russian talks resumed.')
  t.equal(words(s2, np(s2, 'talks')), 'U.S. - Russian talks', 'a hyphen without spaces joins')
  t.same(np(s2, 'talks')?.nationalities.map((k) => s2.tokens[k]?.text), ['U.S.', 'Russian'])
  const s3 = sentence('A Russian Defense Ministry spokesman insisted.')
  t.same(np(s3, 'spokesman')?.nationalities.map((k) => s3.tokens[k]?.text), ['Russian'])
})

t.test('dates are their own NPs and marked temporal', async (t) => {
  const s = sentence('Allies will discuss it at a meeting next week.')
  t.same(s.chunks.filter((c) => c.type === 'NP').map((c) => [words(s, c), c.temporal]),
    [['Allies', false], ['it', false], ['a meeting', false], ['next week', true]])
  const s2 = sentence('The treaty was signed on December 8, 1987, in Washington.')
  const date = s2.chunks.find((c) => c.temporal)
  t.equal(words(s2, date), 'December 8 , 1987', 'a date written with a comma stays whole')
  t.equal(sentence('Russia confirmed Monday.').chunks.find((c) => c.temporal) !== undefined, true)
})

t.test('relativizers are outside noun phrases', async (t) => {
  t.same(chunks('The talks, which lasted two hours, ended.'),
    ['NP:The talks', 'VP:lasted', 'NP:two hours', 'VP:ended'])
  t.same(chunks('That deal collapsed.'), ['NP:That deal', 'VP:collapsed'], 'demonstrative "that" is a determiner')
})
