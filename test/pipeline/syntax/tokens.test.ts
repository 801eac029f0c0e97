// Token layer: wink's tags, lemmas and entities on exact offsets, and the deterministic repairs for news noise.
import t from 'tap'
import { parseText } from '../../../src/pipeline/syntax/index.ts'
import { sentence } from './helper.ts'

const texts = (text: string) => parseText(text).sentences.map((s) => s.tokens.map((x) => x.text))
const tag = (text: string, word: string) => sentence(text).tokens.find((x) => x.text === word)

t.test('tokens carry pos, lemma, norm and offsets', async (t) => {
  const s = sentence('Russia’s envoy said Moscow doesn’t accept the U.S. proposal.')
  t.same(s.tokens.map((x) => x.text),
    ['Russia', '’s', 'envoy', 'said', 'Moscow', 'does', 'n’t', 'accept', 'the', 'U.S.', 'proposal', '.'])
  t.equal(tag('Russia’s envoy said it.', '’s')?.norm, "'s", 'curly apostrophe straightened in norm')
  t.equal(tag('Russia’s envoy said it.', '’s')?.pos, 'PART')
  const said = s.tokens[3]
  t.equal(said?.lemma, 'say')
  t.equal(said?.pos, 'VERB')
  t.equal(said?.form, 'past')
  t.equal(s.tokens[6]?.lemma, 'not')
  t.equal(s.tokens[9]?.pos, 'PROPN')
  t.equal(s.text, 'Russia’s envoy said Moscow doesn’t accept the U.S. proposal.')
  t.equal(s.tokens[2]?.start, 9)
  t.equal(s.tokens[2]?.end, 14)
})

t.test('verb forms', async (t) => {
  const form = (text: string, w: string) => tag(text, w)?.form
  t.equal(form('Russia says it will respond.', 'says'), 'present3')
  t.equal(form('Russia says it will respond.', 'respond'), 'base')
  t.equal(form('Moscow is deploying missiles.', 'deploying'), 'gerund')
  t.equal(form('The deal was signed in Geneva.', 'signed'), 'participle')
  t.equal(form('Russia signed the deal.', 'signed'), 'past')
  t.equal(form('Russia has taken the decision.', 'taken'), 'participle')
  t.equal(form('The talks were held in Vienna.', 'held'), 'participle', 'after be, an irregular past is a participle')
  t.equal(tag('Russia signed the deal.', 'deal')?.form, null, 'nouns have no form')
})

t.test('sentences: wink boundaries, every line break, paragraphs, abbreviations', async (t) => {
  t.same(texts('Russia agreed. NATO refused.'), [['Russia', 'agreed', '.'], ['NATO', 'refused', '.']])
  t.same(texts('Mr. Lavrov met Gen. Milley in the U.S. capital.').length, 1, 'titles do not end a sentence')
  t.same(texts('Russia warns NATO\nThe Kremlin said on Monday it would respond.').length, 2,
    'a line break ends a sentence')
  const p = parseText('Headline here\n\nFirst paragraph. Still first.\n\nSecond paragraph.')
  t.same(p.sentences.map((s) => s.paragraph), [0, 1, 1, 2])
  t.same(parseText('One line\nanother line').sentences.map((s) => s.paragraph), [0, 0],
    'a single break is no paragraph')
})

t.test('glued words are split without moving offsets', async (t) => {
  const s = sentence('imgRussia confirmed Monday that it has deployed missiles.')
  t.same(s.tokens.slice(0, 3).map((x) => x.text), ['img', 'Russia', 'confirmed'])
  t.equal(s.tokens[1]?.glued, true)
  t.equal(s.tokens[1]?.start, 3)
  t.equal(s.tokens[1]?.pos, 'PROPN')
  t.equal(s.tokens[2]?.glued, false)
  const p = parseText('Vladimir Putinstressed that talks were possible. Putin left.')
  const first = p.sentences[0]?.tokens.map((x) => x.text)
  t.same(first?.slice(0, 3), ['Vladimir', 'Putin', 'stressed'], 'a name the text also writes alone')
  t.equal(p.sentences[0]?.tokens[2]?.pos, 'VERB')
  t.same(texts('Xi Jinpingpresident of China arrived.')[0]?.[1], 'Jinpingpresident', 'no split without evidence')
  for (const name of ['McCain', 'MacArthur', 'DeSantis', 'iPhone', 'Kaliningrad', 'Stoltenberg']) {
    t.notOk(sentence(`He met ${name} in Kaliningrad. Kalinin was there.`).tokens.some((x) => x.glued), name)
  }
})

t.test('headlines are tagged in sentence case, text unchanged', async (t) => {
  const p = parseText('Moscow Plans To Station Missiles In Belarus, Lavrov Says\n\nMoscow has said it plans to act.')
  const h = p.sentences[0]
  t.equal(h?.headline, true)
  t.equal(h?.tokens[1]?.text, 'Plans', 'text keeps its case')
  t.equal(h?.tokens[1]?.pos, 'VERB')
  t.equal(h?.tokens[3]?.pos, 'VERB', '"To Station" is an infinitive')
  t.equal(h?.tokens[0]?.pos, 'PROPN')
  t.equal(p.sentences[1]?.headline, false)
  const caps = parseText('RUSSIA WARNS NATO OVER MISSILE SHIELD\nNATO said Russia was wrong.').sentences[0]
  t.equal(caps?.headline, true)
  t.equal(caps?.tokens[1]?.pos, 'VERB')
  t.equal(caps?.tokens[2]?.pos, 'PROPN')
  t.equal(parseText('Vladimir Putin Met Xi Jinping In Moscow.').sentences[0]?.headline, false, 'a full stop: prose')
  t.equal(parseText('Sergei Lavrov And Antony Blinken').sentences[0]?.headline, false, 'names only: left as is')
})

t.test('POS repairs', async (t) => {
  t.equal(tag('Moscow plans to station missiles in Belarus.', 'plans')?.pos, 'VERB')
  t.equal(tag('Moscow plans to station missiles in Belarus.', 'station')?.pos, 'VERB')
  t.equal(tag('Moscow plans to station missiles in Belarus.', 'plans')?.lemma, 'plan')
  t.equal(tag("NATO's plans to deploy troops angered Moscow.", 'plans')?.pos, 'NOUN', 'a possessed noun stays')
  t.equal(tag('The planned deployment was cancelled.', 'planned')?.pos, 'ADJ')
  t.equal(tag('Talks resumed in May 2021.', 'May')?.pos, 'PROPN')
  t.equal(tag('Talks may resume.', 'may')?.pos, 'AUX')
  t.equal(tag('After meeting Blinken, Wang left.', 'meeting')?.pos, 'VERB')
  t.equal(tag('After the meeting, Wang left.', 'meeting')?.pos, 'NOUN')
})

t.test('nationality adjectives and entities', async (t) => {
  t.equal(tag('Poland agreed to host American radars.', 'American')?.nationality, true)
  t.equal(tag('The Russian said no.', 'Russian')?.nationality, true)
  t.equal(tag('U.S. officials said no.', 'U.S.')?.nationality, true, 'an acronym as a modifier')
  t.equal(tag('Russia asked the U.S. to leave.', 'U.S.')?.nationality, false, 'an acronym as a noun')
  t.equal(tag('Iran rejected the offer.', 'Iran')?.nationality, false)
  t.equal(tag('Russia confirmed on Monday.', 'Monday')?.entityType, 'DATE')
  t.equal(tag('Russia confirmed on Monday.', 'Russia')?.entityType, null)
  t.equal(tag('The talks lasted two hours.', 'hours')?.entityType, 'DURATION')
})

t.test('negation scope flag from wink', async (t) => {
  const s = sentence('Russia will not attend the talks.')
  t.equal(s.tokens.find((x) => x.text === 'attend')?.negated, true)
  t.equal(s.tokens.find((x) => x.text === 'Russia')?.negated, false)
})

t.test('names and compounds wink tags as verbs', async (t) => {
  t.equal(tag('Both sides want to extend New START for five years.', 'START')?.pos, 'PROPN')
  t.equal(tag('RUSSIA WARNS NATO\nNATO rejected it.', 'WARNS')?.pos, 'VERB', 'in a headline capitals say nothing')
  t.equal(tag('The groups agreed to a cease-fire on Friday.', 'cease')?.pos, 'ADJ')
  t.equal(tag('They discussed shoulder-fired missiles.', 'fired')?.pos, 'ADJ')
  t.equal(tag('The treaty binds the Allied States Parties.', 'Allied')?.pos, 'ADJ')
  t.equal(tag('The allies agreed on the plan.', 'agreed')?.pos, 'VERB')
})
