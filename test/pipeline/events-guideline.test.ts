// Guideline conventions on event output (GUIDELINES 4.2, 4.3, 4.4, 4.7): sentences written for these tests.
import t from 'tap'
import { eventKeys } from './fixture.ts'

const roots = (text: string, published?: string) =>
  eventKeys(text, published).map((k) => k.replace(/:(\d\d)\d*@/, ':$1@'))

t.test('acts known only by year are not events', async (t) => {
  t.same(roots('Russia and NATO agreed last year to study a joint shield.'), [])
  t.same(roots('Poland signed a deal with the United States in 2011.'), [])
  t.same(roots('Poland signed a deal with the United States in May 2011.'), ['poland>united-states:05@2011-05'])
})

t.test('no event between an actor and its own side', async (t) => {
  t.same(roots('Lavrov met Putin in Moscow on Monday.'), [])
  t.same(roots('Putin criticized Russia on Monday.'), [])
  t.same(roots('Lavrov met Kerry in Geneva on Monday.'), ['sergey-lavrov>john-kerry:04@2014-03-03'])
})

t.test('a joint act of more than two parties: the two principal counterparts', async (t) => {
  const text = 'Russia and Ukraine have been at odds for months. Ukraine blamed Russia for the fighting. ' +
    'On Monday the leaders of Poland, Romania, Russia and Ukraine signed a joint declaration.'
  const keys = roots(text).filter((k) => k.includes(':05@'))
  t.same(keys.length > 0 && keys.every((k) => /^(russia>ukraine|ukraine>russia):05@2014-03-03$/.test(k)), true)
  t.same(roots('Poland and Romania signed a joint declaration on Monday.').filter((k) => k.includes(':05@')),
    ['poland>romania:05@2014-03-03', 'romania>poland:05@2014-03-03'])
})

t.test('agree: a commitment to cooperate or hold talks is 03, a concrete decision is 05', async (t) => {
  t.same(roots('Russia and Ukraine agreed on Monday to hold a new round of talks.'),
    ['russia>ukraine:03@2014-03-03', 'ukraine>russia:03@2014-03-03'])
  t.same(roots('Russia and Ukraine agreed on Monday to a prisoner exchange.'),
    ['russia>ukraine:05@2014-03-03', 'ukraine>russia:05@2014-03-03'])
  t.same(roots('Poland and Romania agreed on Tuesday to extend the treaty by five years.'),
    ['poland>romania:05@2014-03-04', 'romania>poland:05@2014-03-04'])
  t.same(roots('The United States and Russia have agreed on a proposal to destroy the arsenal.'),
    ['united-states>russia:05@2014-03-05', 'russia>united-states:05@2014-03-05'])
})

t.test('a joint act at the parties\' own occasion: they also met (04)', async (t) => {
  const has04 = (text: string) => roots(text).some((k) => k.includes(':04@'))
  t.ok(has04('Putin and Obama agreed at their first summit on Monday to return the envoys.'))
  t.ok(has04('Putin and Obama agreed on Monday to extend the treaty, according to summaries of a phone call.'))
  t.ok(has04('Russia and Ukraine signed a declaration during their talks in Minsk on Monday.'))
  t.notOk(has04('Russia and NATO agreed to cooperate at the Lisbon summit in November 2010.'), 'a named forum')
  t.notOk(has04('Putin and Obama agreed on Monday to hold talks.'), 'talks ahead are no meeting')
  t.notOk(roots('Russia and Ukraine agreed on Monday to a swap after talks with Poland.')
    .some((k) => /^(russia>ukraine|ukraine>russia):04/.test(k)), 'a meeting with another party')
})

t.test('stated willingness is the speaker\'s offer (03, D1)', async (t) => {
  t.same(roots('Lavrov said on Monday that Russia was ready to start negotiations with Washington.'),
    ['sergey-lavrov>united-states:03@2014-03-03'])
  t.same(roots('"We want to get back to the table with the Russians," Kerry said.'),
    ['john-kerry>russia:03@2014-03-05'])
  t.same(roots('Kerry said the United States would like to resume inspections and discuss the treaty with Russia.'),
    ['john-kerry>russia:03@2014-03-05'])
  const unnamed = 'Russia and Ukraine met in Geneva. Ukraine said Russia had not kept its word. ' +
    'Lavrov confirmed on Tuesday that Russia is ready to continue the dialogue.'
  t.ok(roots(unnamed).includes('sergey-lavrov>ukraine:03@2014-03-04'), 'no counterpart named: the other side')
  t.same(roots('Lavrov said Russia was not ready to continue the dialogue with Ukraine.')
    .filter((k) => k.includes(':03@')), [], 'negated willingness is no offer')
  t.same(roots('Lavrov said Russia was ready to deploy missiles.').filter((k) => k.includes(':03@')), [],
    'willingness without a cooperative act')
})

t.test('welcome, satisfaction, hope for a new impetus: 05 from the speaker (D7)', async (t) => {
  t.same(roots('Putin said on Monday he was satisfied with the spirit of openness from Obama.'),
    ['vladimir-putin>barack-obama:05@2014-03-03'])
  t.same(roots('Kerry said he hoped the visit would give a new impetus to relations with China.'),
    ['john-kerry>china:05@2014-03-05'])
  t.same(roots('Kerry said he was not satisfied with the answer from China.').filter((k) => k.includes(':05@')), [])
})

t.test('deployment and activation are root 15; dropping a deployment is 08; a conditional one is no act', async (t) => {
  t.same(roots('The United States activated interceptors in Romania on Monday.'),
    ['united-states>romania:15@2014-03-03'])
  t.same(roots('Washington said on Monday it would not deploy a radar in Poland.'),
    ['united-states>poland:08@2014-03-03'])
  t.same(roots('Russia will not deploy missiles in Ukraine unless NATO does so.'), [])
  t.same(roots('In January, Washington announced plans to station a radar in Poland.'),
    ['united-states>poland:03@2014-01'])
})

t.test('habitual or background acts and remarks are not events (D3)', async (t) => {
  t.same(roots('Russia has repeatedly warned NATO against the deployment.'), [])
  t.same(roots('Moscow has long opposed the deployment of U.S. radars in Poland.'), [])
  t.same(roots('Russian leaders have repeatedly warned the United States that Moscow would deploy missiles ' +
    'to counter the shield.'), [])
  t.same(roots('Lavrov has previously said Russia was ready to start negotiations with Washington.'), [])
  t.same(roots('Russia warned NATO on Monday against the deployment.'), ['russia>nato:13@2014-03-03'])
})

t.test('the subject of a passive is its patient, not the source', async (t) => {
  t.same(roots('The United States was required on Friday to vote on the resolution after Poland objected.'), [])
  t.same(roots('Russia was urged by NATO on Monday to return to compliance.'), ['nato>russia:10@2014-03-03'])
  t.same(roots('The treaty was signed by Russia and Ukraine on Monday.'),
    ['russia>ukraine:05@2014-03-03', 'ukraine>russia:05@2014-03-03'])
})

t.test('a speech act of the speaker\'s side, reported by the speaker, is the speaker\'s (D1)', async (t) => {
  t.same(roots('Lavrov said on Monday that Russia offers Ukraine a compromise on the border.'),
    ['sergey-lavrov>ukraine:03@2014-03-03'])
  t.same(roots('Lavrov said on Monday that Russia will not give Ukraine any guarantees.'),
    ['russia>ukraine:12@2014-03-03'], 'a refusal stays with the performer')
})

t.test('a warning with the measure unspecified is 13 from the speaker; a hypothetical meeting is none', async (t) => {
  t.same(roots('"If talks between NATO and Russia fail, we will have no choice but to take adequate measures," ' +
    'Lavrov said on Monday.'), ['sergey-lavrov>nato:13@2014-03-03'])
  t.same(roots('Lavrov said on Monday that Russia could take steps of a military nature if NATO ignored its ' +
    'objections.'), ['sergey-lavrov>nato:13@2014-03-03'])
  t.same(roots('Kerry said on Monday that Russia would face consequences if it did not comply.'),
    ['john-kerry>russia:13@2014-03-03'])
  t.same(roots('Kerry said on Monday that Poland would take steps to improve relations with Russia.'), [],
    'generic steps without a condition are no warning')
})

t.test('sign safety: an act under a reversing verb is never coded as itself', async (t) => {
  t.same(roots('Putin said on Monday he was dropping his threat to target missiles on Poland.'), [])
  t.same(roots('Washington scrapped plans to place interceptors in Poland on Monday.'),
    ['united-states>poland:08@2014-03-03'])
  t.same(roots('Washington announced plans to place interceptors in Poland on Monday.'),
    ['united-states>poland:03@2014-03-03'])
})

t.test('a nominal act in a future or hypothetical predicate is not reported as happening', async (t) => {
  t.same(roots('Russia and Ukraine will hold talks on Friday.').filter((k) => k.includes(':04@')), [])
  t.same(roots('Kerry said Russia and Ukraine could hold talks next week.')
    .filter((k) => k.includes(':04@')), [])
  t.ok(roots('Putin said his visit to China would give a new impetus to relations.')
    .includes('vladimir-putin>china:04@2014-03-05'), 'a subject is presupposed')
})

t.test('expressed concern is criticism (11)', async (t) => {
  t.same(roots('Poland and Romania expressed statements of concern about Russia on Monday.'),
    ['poland>russia:11@2014-03-03', 'romania>russia:11@2014-03-03'])
  t.same(roots('Kerry voiced concern about China on Tuesday.'), ['john-kerry>china:11@2014-03-04'])
  t.same(roots('Kerry expressed concern on Tuesday.'), [], 'no target named')
})
