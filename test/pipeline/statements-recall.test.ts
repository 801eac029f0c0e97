// Statement recall on unseen wire phrasing: attributions, speech verbs, quote pairing and people the
// gazetteer does not know. Passages written for these tests; the real gazetteer is used.
import t from 'tap'
import { extract } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'

const res = loadResources()
const said = (text: string, published = '2019-02-03') =>
  extract({ id: 't', raw: text, published }, res).statements.map((s) =>
    `${s.speakerId}${s.direct ? ' D' : ''}: ${s.text}`)
const actors = (text: string, published = '2019-02-03') => extract({ id: 't', raw: text, published }, res).actors

t.test('inverted attribution after the content: "…, said X (, the …)."', async (t) => {
  t.same(said(
    'The system is not directed against Russia, said Alexander Vershbow, the U.S. assistant secretary of defense.',
    '2010-05-03'),
  ['alexander-vershbow: The system is not directed against Russia'])
  t.same(said('The system is not directed against Russia, said Lavrov.'),
    ['sergei-lavrov: The system is not directed against Russia'])
})

t.test('a relative "that" after the object is not the complementizer', async (t) => {
  t.same(said('Lavrov said the treaty that Washington signed in 1987 was dead.'),
    ['sergei-lavrov: the treaty that Washington signed in 1987 was dead'])
  t.same(said(
    'Peskov said the Kremlin regretted the decision, adding that Moscow would take steps to ensure its security.'),
  ['dmitry-peskov: the Kremlin regretted the decision',
    'dmitry-peskov: Moscow would take steps to ensure its security'])
})

t.test('"told" + an addressee phrase (and place) without "that"', async (t) => {
  t.same(said('Antonov told a news conference the Pentagon had ignored Russian concerns.'),
    ['anatoly-antonov: the Pentagon had ignored Russian concerns'])
  t.same(said('Stoltenberg told lawmakers in Brussels the alliance would not mirror Russia\'s deployments.'),
    ["jens-stoltenberg: the alliance would not mirror Russia's deployments"])
  t.same(said('Kerry told his Russian counterpart the United States would not accept the annexation.', '2014-03-03'),
    ['john-kerry: the United States would not accept the annexation'])
  t.same(said('Russia warned Washington against deploying missiles in Europe.'),
    ['russia: against deploying missiles in Europe'], 'D15: "warned X against V-ing" is a statement (the complement)')
  t.same(said('Lavrov told reporters after the meeting.'), [])
})

t.test('"warned" without an addressee; an assurance nested in another remark is not separate', async (t) => {
  t.same(said('Russia has warned it will target any country that hosts the missiles.'),
    ['russia: it will target any country that hosts the missiles'])
  const text = 'Fischer told reporters in Prague that Obama had assured him the alliance between the two countries ' +
    'remained strong.'
  t.same(said(text, '2009-09-17').length, 1)
})

t.test('"…, the ministry said in a statement": a determiner opens the speaker', async (t) => {
  t.same(said(
    'The treaty remains the cornerstone of strategic stability, the Russian Foreign Ministry said in a statement on ' +
    'Monday.'),
  ['russian-foreign-ministry: The treaty remains the cornerstone of strategic stability'])
})

t.test('speech verbs: irregular "wrote", concede/recall/indicate (with "that")', async (t) => {
  t.same(said('Ulyanov wrote on Twitter that the move was regrettable.', '2019-08-20'),
    ['mikhail-ulyanov: the move was regrettable'])
  t.same(said('Gates conceded that the radar could be moved.', '2009-12-03'),
    ['robert-gates: the radar could be moved'])
  t.same(said('Lavrov recalled that Moscow had proposed a joint system in 2007.'),
    ['sergei-lavrov: Moscow had proposed a joint system in 2007'])
  t.same(said('Russia recalled its ambassador from Washington.'), [])
  t.same(said('Putin repeated his offer of a moratorium.'), [])
})

t.test('verbs attributing direct quotes only; a question ends the sentence before its attribution', async (t) => {
  t.same(said('"Why should we trust them?" Lavrov asked.'), ['sergei-lavrov D: Why should we trust them?'])
  t.same(said('"The ball is in Washington\'s court," Ryabkov continued.'),
    ["sergei-ryabkov D: The ball is in Washington's court"])
  t.same(said('"We are not naive," Putin quipped.'), ['vladimir-putin D: We are not naive'])
})

t.test('"Interfax quoted X as saying", "X was cited by Y as saying"', async (t) => {
  t.same(said('Interfax quoted Ryabkov as saying that Moscow would not accept ultimatums.'),
    ['sergei-ryabkov: Moscow would not accept ultimatums'])
  t.same(said('The RIA news agency quoted Shoigu as saying the army would receive new missiles next year.'),
    ['sergei-shoigu: the army would receive new missiles next year'])
  t.same(said('Ryabkov was cited by Interfax as saying that the treaty was dead.'),
    ['sergei-ryabkov: the treaty was dead'])
})

t.test('content before "…, X said on Saturday, a day after Y announced …"', async (t) => {
  const s = said(
    'Russia will suspend its obligations under the treaty, President Vladimir Putin said on Saturday, a day after ' +
    'Washington announced it was pulling out.', '2019-02-02')
  t.ok(s.includes('vladimir-putin: Russia will suspend its obligations under the treaty'))
})

t.test('"The Czech prime minister, Jan Fischer, said"', async (t) => {
  t.same(said('The Czech prime minister, Jan Fischer, said Obama had called him overnight to explain the decision.',
    '2009-09-18'),
  ['jan-fischer: Obama had called him overnight to explain the decision'])
})

t.test('"The statement added", "a Kremlin statement said": the statement\'s author', async (t) => {
  t.same(said(
    '"Washington\'s actions are aimed at dismantling arms control," the Russian Foreign Ministry said in a ' +
    'statement.\n\nThe statement added that Russia would take all necessary measures.', '2019-08-02'),
  ["russian-foreign-ministry D: Washington's actions are aimed at dismantling arms control",
    'russian-foreign-ministry: Russia would take all necessary measures'])
  t.same(said('A Kremlin statement said the two presidents had agreed to continue talks.'),
    ['russia: the two presidents had agreed to continue talks'])
})

t.test('a relative clause reporting its own speech ends the content', async (t) => {
  t.same(said(
    'Washington said in February that it would pull out unless Russia destroyed its missiles, which it says can fly ' +
    'well beyond the limit.'),
  ['united-states: it would pull out unless Russia destroyed its missiles',
    'united-states: can fly well beyond the limit'])
})

t.test('people the gazetteer does not know', async (t) => {
  const ids = (text: string) => said(text).map((s) => s.split(':')[0])
  t.same(ids('"It\'s a mistake," said Sen. Jack Reed, the top Democrat on the Armed Services Committee.'),
    ['jack-reed D'])
  const arbatov = 'Alexei Arbatov, an arms control expert at the Carnegie Moscow Center, said the collapse of the ' +
    'treaty was dangerous.'
  t.same(ids(arbatov), ['alexei-arbatov'])
  t.same(ids('Daryl Kimball, executive director of the Arms Control Association, said the move was a mistake.'),
    ['daryl-kimball'])
  t.same(ids('Russian military analyst Pavel Felgenhauer said the Kremlin was bluffing.'), ['pavel-felgenhauer'])
  t.same(ids('The Pentagon\'s Jane Doe said the tests would continue.'), ['jane-doe'])
  t.same(ids(
    'Alexandra Bell, a former State Department official now at the Center for Arms Control and Non-Proliferation, ' +
    'said both sides had failed.\n\n"This is a lose-lose situation," she said.'),
  ['alexandra-bell', 'alexandra-bell D'])
  const a = actors('Russian military analyst Pavel Felgenhauer said the Kremlin was bluffing.')
  t.same(a.map((x) => x.id).sort(), ['pavel-felgenhauer', 'russia'], 'the title\'s organisation is an affiliation')
  t.equal(actors('Sen. Jack Reed said it was a mistake.').find((x) => x.id === 'jack-reed')?.role, 'Sen.')
})

t.test('an unnamed official stands for the state or organisation he or she serves (D11)', async (t) => {
  const who = (text: string) => said(text, '2024-05-01').map((s) => s.split(':')[0])
  t.same(who('A senior Kenyan official said the talks would resume next week.'), ['kenya'])
  t.same(who('A Japanese Defense Ministry spokesman said the missile fell into the sea.'), ['japan'],
    'a national ministry in the description gives its state')
  t.same(who('A State Department official said the offer was still open.'), ['united-states'])
  t.same(who('A NATO diplomat said the allies would answer within days.'), ['nato'])
  t.same(who('The Chilean foreign minister said the border would stay open.'), ['chile'])
})

t.test('states beyond the founding topic: names, adjectives, ministries', async (t) => {
  t.same(said('Ghanaian Foreign Minister Kwame Asante said on Monday that Accra would host the summit.',
    '2024-05-01'), ['kwame-asante: Accra would host the summit'])
  t.same(actors('Ghanaian Foreign Minister Kwame Asante said on Monday that talks would resume.', '2024-05-01')
    .map((a) => a.id).sort(), ['ghana', 'kwame-asante'])
  t.same(said('The Peruvian foreign ministry said the ambassador had been recalled.', '2024-05-01'),
    ['foreign-affairs-ministry-peru: the ambassador had been recalled'])
  t.same(said("Vietnam's Defence Ministry said the drills would go ahead.", '2024-05-01'),
    ['defence-ministry-vietnam: the drills would go ahead'])
  t.equal(actors('Uruguay said the plan was a mistake.', '2024-05-01')[0]?.name, 'Uruguay')
})

t.test('that-less announce/declare/vow with a clause: subject and auxiliary', async (t) => {
  const s = (text: string) => said(text, '2024-05-01')
  t.same(s('Colombia announced it would restore diplomatic ties with Venezuela.'),
    ['colombia: it would restore diplomatic ties with Venezuela'])
  t.same(s('Chile declared the border crossing was closed until further notice.'),
    ['chile: the border crossing was closed until further notice'])
  t.same(s('Kenya vowed Ghana would not be left alone in the crisis.'),
    ['kenya: Ghana would not be left alone in the crisis'])
  t.same(s('Peru announced the withdrawal of its ambassador.'), [], 'a noun phrase object is no content')
  t.same(s('Chile maintains the border crossing was closed by mistake.'), [], 'a standing position (D3)')
})

t.test('name shapes beyond the founding topic: hyphens, particles, initials, suffixes, courtesy titles', async (t) => {
  const who = (text: string) => said(text, '2024-05-01').map((s) => s.split(':')[0])
  t.same(who('North Korean Vice Minister Ri Sun-gil said on Monday that the drills were a provocation.'),
    ['ri-sun-gil'])
  t.same(who('Egyptian Foreign Minister Ahmed el-Masri said the crossing would stay open.'), ['ahmed-el-masri'])
  t.same(who('Jordanian Prime Minister Omar bin Khalid said the border would stay closed.'), ['omar-bin-khalid'])
  t.same(who('Brazilian Foreign Minister Carlos da Souza said the summit would go ahead.'), ['carlos-da-souza'])
  t.same(who('Indian External Affairs Minister R. Mehta said the visit was productive.'), ['r-mehta'])
  t.same(who('U.S. envoy Robert Woodley Jr. said the vote was a mistake.'), ['robert-woodley-jr'])
  t.same(who('The Qatari foreign minister, Sheikh Hamad bin Jassim, said the talks were at a critical stage.'),
    ['hamad-bin-jassim'])
  t.same(actors('South Korean Unification Minister Park Min-ho said the offer was open.', '2024-05-01')
    .map((a) => a.id).sort(), ['park-min-ho', 'south-korea'], 'a two-word nationality in the title')
})

t.test('bare complements: an addressee closing the attribution, a month after the verb', async (t) => {
  const s = (text: string) => said(text, '2024-05-01')
  t.same(s('The ceasefire must hold, Chilean Foreign Minister Ana Rojas told reporters in Lima.'),
    ['ana-rojas: The ceasefire must hold'])
  t.same(s('Peru lodged a protest with Chile, Foreign Minister Luis Vega told journalists.'),
    ['luis-vega: Peru lodged a protest with Chile'])
  t.same(s('Chilean Foreign Minister Ana Rojas said in March Peru would pay for the damage.'),
    ['ana-rojas: Peru would pay for the damage'])
  t.same(s('Chilean Foreign Minister Ana Rojas said in March 2023 the border would reopen.'),
    ['ana-rojas: the border would reopen'])
  t.same(s('The talks will resume in May, Chilean Foreign Minister Ana Rojas said.'),
    ['ana-rojas: The talks will resume in May'], 'the month May is no speaker')
})

t.test('statements at non-speech verbs: the span from the verb, or the complement of "urged Y to V" (D15)',
  async (t) => {
    const s = (text: string) => said(text, '2024-05-01')
    t.same(s('Chile accused Peru of violating the fishing agreement.'),
      ['chile: accused Peru of violating the fishing agreement'])
    t.same(s('Chilean Foreign Minister Ana Rojas condemned the attack on the embassy in Lima.'),
      ['ana-rojas: condemned the attack on the embassy in Lima'])
    t.same(s('Ghana termed the decision a violation of its sovereignty.'),
      ['ghana: termed the decision a violation of its sovereignty'])
    t.same(s('Chile urged Peru to withdraw its troops from the border.'),
      ['chile: to withdraw its troops from the border'])
    t.same(s('Chile called on Peru not to close the border crossing.'), ['chile: not to close the border crossing'])
    t.same(s('Chile warned Peru against closing the border crossing.'), ['chile: against closing the border crossing'])
    t.same(s('Chile has repeatedly condemned the closure of the border crossing.'), [], 'an undated perfect (D3)')
    t.same(s('Chile and Peru condemned statements of the envoy.'), [], 'a speech act without its content (3.5)')
    t.same(s('Chile is expected to condemn the vote.'), [], 'not narrated: an infinitive')
  })
