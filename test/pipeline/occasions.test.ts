import t from 'tap'
import { findOccasions, loadOccasions } from '../../src/pipeline/text/occasions.ts'

const one = (text: string, published: string, tense?: 'past' | 'future') => findOccasions(text, published, { tense })

t.test('the occasions table is valid and ordered', async (t) => {
  const all = loadOccasions()
  t.ok(all.length > 80)
  for (const o of all) t.ok(o.start <= o.end, `${o.series} ${o.place} ${o.start}`)
})

t.test('a summit named by series and place gives its date', async (t) => {
  const [m] = one('Putin told journalists following the G20 summit in Los Cabos, Mexico.', '2012-06-20')
  t.equal(m?.date.start, '2012-06-19', '"following" → the last day')
  t.equal(m?.date.precision, 'day')
  t.equal(m?.text, 'following the G20 summit in Los Cabos')
  const [at] = one('Leaders spoke at the NATO summit in Bucharest.', '2008-04-10')
  t.equal(at?.date.start, '2008-04-02', '"at" → the first day')
})

t.test('a place before "summit" and possessive series work', async (t) => {
  t.equal(one('He spoke at the Lisbon summit.', '2010-12-01')[0]?.date.start, '2010-11-19')
  t.equal(one("after the alliance's Warsaw summit", '2016-07-20')[0]?.date.start, '2016-07-09')
  t.equal(one('speaking at the Munich Security Conference', '2007-02-12')[0]?.date.start, '2007-02-09')
})

t.test('the series alone names only a recent (or, in future tense, coming) occasion', async (t) => {
  t.equal(one('after the G8 summit', '2007-06-10')[0]?.date.start, '2007-06-08')
  t.same(one('after the G8 summit', '2007-12-10'), [], 'months later, a bare series is too vague')
  t.equal(one('ahead of the NATO summit', '2018-07-01')[0]?.date.start, '2018-07-10', '"ahead of" → the day before')
  t.equal(one('will meet at the G20 summit', '2013-08-20', 'future')[0]?.date.start, '2013-09-05')
})

t.test('the same place in two series is told apart by the series', async (t) => {
  t.equal(one('at the G8 summit in St. Petersburg', '2006-08-01')[0]?.date.start, '2006-07-15')
  t.equal(one('at the G20 summit in St. Petersburg', '2013-09-10')[0]?.date.start, '2013-09-05')
})

t.test('vague or unknown occasions and months are not dates', async (t) => {
  t.same(one('the summit was a success', '2012-06-20'), [])
  t.same(one('at the Lisbon summit in November 2010', '2012-06-20').map((m) => m.occasion.place), ['Lisbon'],
    'a month after "in" is not a place')
  t.same(one('at the Atlantis summit', '2012-06-20'), [])
  t.same(one('the Shangri-La Dialogue', '2001-06-01'), [], 'no occasion before the table starts')
})
