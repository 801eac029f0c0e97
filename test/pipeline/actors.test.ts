import t from 'tap'
import { namedActors, run } from './fixture.ts'

const actors = (text: string, published = '2014-03-05') => run(text, published).actors
const ids = (text: string, published?: string) => namedActors(text, published)
const speakers = (text: string, published?: string) => run(text, published).statements.map((s) => s.speakerId)

t.test('surname after a full mention', async (t) => {
  t.same(speakers('Sergey Lavrov arrived in Geneva on Monday. Lavrov said the talks would be difficult.'),
    ['sergey-lavrov'])
})

t.test('surname-only mention resolved by the role held on the date', async (t) => {
  t.same(speakers('Kerry said the sanctions would stay.', '2014-03-05'), ['john-kerry'])
  t.same(ids('Miller said the plan had not changed.', '2013-05-01'), ['james-miller'])
  t.same(ids('Miller said the plan had not changed.', '2016-05-01'), [], 'nobody called Miller holds a role then')
})

t.test('a sentence-initial common word is not a surname', async (t) => {
  t.same(ids('Rose petals were everywhere. Bush fires raged near the capital.', '2007-01-10'), [])
})

t.test('titles resolved through the role held on the article date', async (t) => {
  t.same(speakers('The Russian president said the shield was a threat.', '2010-06-01'), ['dmitry-medvedev'])
  t.same(speakers('The Russian president said the shield was a threat.', '2013-06-01'), ['vladimir-putin'])
  t.same(speakers('The Russian prime minister said the shield was a threat.', '2010-06-01'), ['vladimir-putin'])
  t.same(speakers("Russia's top diplomat said the shield was a threat.", '2013-06-01'), ['sergey-lavrov'])
})

t.test('ambiguous names resolved by date', async (t) => {
  t.same(ids('George Bush said the treaty was dead.', '2007-05-01'), ['george-w-bush'])
  t.same(ids('George Bush said the treaty was dead.', '1991-05-01'), ['george-h-w-bush'])
})

t.test('descriptions resolve to the most recent compatible person', async (t) => {
  const text = 'Robert Gates met Sergey Lavrov in Moscow. The U.S. defense secretary said the talks went well.'
  t.same(speakers(text, '2009-03-01'), ['robert-gates'])
  const diplomat = 'Hillary Clinton and Robert Gates met in Brussels. Later the diplomat said a deal was close.'
  t.same(speakers(diplomat, '2010-03-01'), ['hillary-clinton'], '"the diplomat" skips the defense secretary')
  const pentagon = 'Hillary Clinton and Robert Gates met in Brussels. The Pentagon official said a deal was close.'
  t.same(speakers(pentagon, '2010-03-01'), ['robert-gates'])
})

t.test('a description may point forward to the person named next', async (t) => {
  const text = 'A Russian diplomat said the talks would resume soon. "We are ready," Sergey Lavrov said.'
  t.same(speakers(text), ['sergey-lavrov', 'sergey-lavrov'])
})

t.test('pronouns in attribution', async (t) => {
  t.same(speakers('Hillary Clinton met Sergey Lavrov on Friday. She said the meeting was useful.', '2010-03-08'),
    ['hillary-clinton'])
  t.same(speakers('Sergey Lavrov met Hillary Clinton on Friday. He said the meeting was useful.', '2010-03-08'),
    ['sergey-lavrov'])
})

t.test('apposition fallback discovers people missing from the gazetteer', async (t) => {
  const x = run('"We see no progress," Ivan Petrov, Russian deputy foreign minister, said.')
  const p = x.actors.find((a) => a.id === 'ivan-petrov')
  t.ok(p)
  t.match(p, { name: 'Ivan Petrov', kind: 'person', country: 'RUS', role: 'Deputy Foreign Minister', discovered: true })
  t.same(x.statements.map((s) => s.speakerId), ['ivan-petrov'])
  const y = run(
    'Polish Foreign Minister Radek Sikorski said the base would be built. Sikorski added that Warsaw was ready.')
  t.match(y.actors.find((a) => a.id === 'radek-sikorski'),
    { country: 'POL', role: 'Foreign Minister', discovered: true })
  t.same(y.statements.map((s) => s.speakerId), ['radek-sikorski', 'radek-sikorski'], 'the surname is known afterwards')
  const z = run('NATO Secretary General Anders Fogh Rasmussen said the alliance would not be intimidated.',
    '2012-03-01')
  t.match(z.actors.find((a) => a.id === 'anders-fogh-rasmussen'),
    { name: 'Anders Fogh Rasmussen', role: 'Secretary General' })
  const w = run(
    'Deputy Assistant Secretary of Defense for Nuclear Policy Jane Doe said on Monday that the plan was ready.')
  t.match(w.actors.find((a) => a.id === 'jane-doe'),
    { country: null, role: 'Deputy Assistant Secretary of Defense for Nuclear Policy' })
})

t.test('capitals as metonyms; places named only as locations are not actors', async (t) => {
  t.same(ids('Moscow warned Washington that it would respond.'), ['russia', 'united-states'])
  t.same(ids('Kerry met Lavrov at a conference in Switzerland.'), ['john-kerry', 'sergey-lavrov'])
})

t.test('venues, frameworks and news agencies are not actors', async (t) => {
  t.same(ids('Lavrov spoke to reporters after the G20 summit, TASS reported.'), ['sergey-lavrov'])
})

t.test('actor role is the title held on the article date', async (t) => {
  t.equal(actors('Putin said the talks failed.', '2010-01-01').find((a) => a.id === 'vladimir-putin')?.role,
    'Prime Minister of Russia')
  t.equal(actors('Putin said the talks failed.', '2015-01-01').find((a) => a.id === 'vladimir-putin')?.role,
    'President of Russia')
})
