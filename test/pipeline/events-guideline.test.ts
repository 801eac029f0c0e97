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
