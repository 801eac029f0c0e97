import t from 'tap'
import { readFileSync } from 'node:fs'
import { clean } from '../../src/pipeline/text/clean.ts'
import { segment } from '../../src/pipeline/text/segment.ts'
import {
  datelineLength, findDateline, findDates, formatDate, periodEnd, publicationDate,
  type DateOptions,
} from '../../src/pipeline/text/dates.ts'

/** "text => YYYY[-MM[-DD]]" for every mention. */
const dates = (s: string, published: string, opts?: DateOptions) =>
  findDates(s, published, opts).map((d) => `${d.text} => ${formatDate(d.date)}`)
const one = (s: string, published: string, opts?: DateOptions) => {
  const all = dates(s, published, opts)
  return all.length === 1 ? all[0] : all
}

t.test('explicit dates', async (t) => {
  t.equal(one('It opened on May 13, 2016 in Poland.', '2016-06-05'), 'on May 13, 2016 => 2016-05-13')
  t.equal(one('It opened 13 May 2016 in Poland.', '2016-06-05'), '13 May 2016 => 2016-05-13')
  t.equal(one('Filed 2016-05-13.', '2016-06-05'), '2016-05-13 => 2016-05-13')
  t.equal(one('Victory is celebrated on the 9th of May.', '2015-05-10'), 'on the 9th of May => 2015-05-09')
  t.equal(one('They met on Monday, April 23, in Moscow.', '2007-04-25'), 'on Monday, April 23 => 2007-04-23')
  t.equal(one('The talks began Nov. 8 in Geneva.', '2016-12-01'), 'Nov. 8 => 2016-11-08')
  t.equal(one('The talks began November 8 in Geneva.', '2016-12-01'), 'November 8 => 2016-11-08')
  t.equal(one('The talks began Sept. 30.', '2016-12-01'), 'Sept. 30 => 2016-09-30')
  t.same(dates('It happened on April 31 or February 30, 2016.', '2016-06-05'), [], 'impossible days are no dates')
})

t.test('month-day without a year: past vs future', async (t) => {
  t.equal(one('The shield was activated May 13.', '2016-06-05'), 'May 13 => 2016-05-13')
  t.equal(one('The summit was held on Dec. 20.', '2016-01-10'), 'on Dec. 20 => 2015-12-20',
    'past, across the year boundary')
  t.equal(one('The campaign is under way ahead of a Nov. 8 vote.', '2016-06-05'), 'Nov. 8 => 2016-11-08')
  t.equal(one('They will meet on Jan. 5.', '2016-12-20'), 'on Jan. 5 => 2017-01-05', 'future, across the year boundary')
  t.equal(one('The vote is on Nov. 8.', '2016-06-05', { tense: 'future' }), 'on Nov. 8 => 2016-11-08', 'opts.tense')
  t.equal(one('The vote is on Nov. 8.', '2016-06-05', { tense: 'past' }), 'on Nov. 8 => 2015-11-08')
  t.equal(one('He said it happened on June 5.', '2016-06-05'), 'on June 5 => 2016-06-05', 'the publication day itself')
})

t.test('leap years', async (t) => {
  t.equal(one('It was signed on Feb. 29.', '2016-03-10'), 'on Feb. 29 => 2016-02-29')
  t.equal(one('It was signed on Feb. 29.', '2017-03-10'), 'on Feb. 29 => 2016-02-29', 'the last Feb 29 before')
  t.equal(one('They will sign it on Feb. 29.', '2017-03-10'), 'on Feb. 29 => 2020-02-29', 'the next Feb 29')
  t.same(dates('It was signed on Feb. 29, 2015.', '2016-03-10'), [])
  t.equal(one('It was signed yesterday.', '2016-03-01'), 'yesterday => 2016-02-29')
  t.equal(periodEnd({ start: '2016-02-01', precision: 'month', text: null }), '2016-02-29')
  t.equal(periodEnd({ start: '2015-02-01', precision: 'month', text: null }), '2015-02-28')
})

t.test('months', async (t) => {
  t.equal(one('In a televised statement in November, Medvedev warned NATO.', '2012-01-13'), 'in November => 2011-11')
  t.equal(one('The alliance met in December.', '2012-01-13'), 'in December => 2011-12', 'previous year')
  t.equal(one('He met them in January.', '2012-01-13'), 'in January => 2012-01', 'the publication month counts as past')
  t.equal(one('there would be more headway after elections in Russia this March.', '2012-01-13'),
    'this March => 2012-03')
  t.equal(one('They met last November.', '2012-01-13'), 'last November => 2011-11')
  t.equal(one('They met last January.', '2012-01-13'), 'last January => 2011-01', '"last" skips the current month')
  t.equal(one('They meet next May.', '2012-05-13'), 'next May => 2013-05')
  t.equal(one('whether Obama will be re-elected in November, Putin said.', '2012-06-20'), 'in November => 2012-11',
    'future marker')
  t.equal(one('Putin said he will meet Bush at a G8 summit in Germany in July.', '2007-04-23'), 'in July => 2007-07')
  t.equal(one('In July, Putin will meet Bush.', '2007-09-23'), 'In July => 2008-07', 'fronted, marker after')
  t.equal(one('In January, the U.S. announced plans to deploy a radar.', '2007-04-23'), 'In January => 2007-01')
  t.equal(one('Agreed at the Lisbon summit in November 2010.', '2012-06-20'), 'in November 2010 => 2010-11')
  t.equal(one('Talks stalled in mid-November.', '2012-01-13'), 'in mid-November => 2011-11')
  t.equal(one('Talks have stalled since March.', '2012-06-13'), 'March => 2012-03')
  t.same(dates('Theresa May said the May government may march on.', '2017-06-01'), [],
    '"May" without a cue is a name/verb')
  t.same(dates("There is no trust in May's cabinet.", '2017-06-01'), [])
})

t.test('relative months and years', async (t) => {
  t.equal(one('Putin last month warned Romania.', '2016-06-05'), 'last month => 2016-05')
  t.equal(one('Putin warned Romania last month.', '2016-01-05'), 'last month => 2015-12')
  t.equal(one('It will happen next month.', '2016-12-05'), 'next month => 2017-01')
  t.equal(one('It happened this month.', '2016-06-05'), 'this month => 2016-06')
  t.equal(one('The dialogue was halted last year.', '2015-04-08'), 'last year => 2014')
  t.equal(one('It happens this year.', '2015-04-08'), 'this year => 2015')
  t.equal(one('It happens next year.', '2015-04-08'), 'next year => 2016')
  t.equal(one('They will conclude an agreement later this year.', '2012-01-13'), 'later this year => 2012')
  t.equal(one('It was signed earlier this year.', '2012-05-13'), 'earlier this year => 2012')
  t.equal(one('Talks collapsed late last year.', '2012-05-13'), 'late last year => 2011')
  t.equal(one('Talks collapsed at the end of last year.', '2012-05-13'), 'at the end of last year => 2011')
  t.equal(one('It was signed two years ago.', '2012-05-13'), 'two years ago => 2010')
  t.equal(one('It was signed three months ago.', '2012-02-13'), 'three months ago => 2011-11')
  t.equal(one('It was signed 3 days ago.', '2012-03-02'), '3 days ago => 2012-02-28')
  t.same(dates('Prices rose over the last year and will fall in the next month.', '2012-05-13'), [],
    'durations are no dates')
  t.same(dates('They met last week and will meet again next week.', '2012-05-13'), [], 'weeks are not resolved')
})

t.test('years', async (t) => {
  t.equal(one('The base was planned in 2010.', '2012-05-13'), 'in 2010 => 2010')
  t.equal(one('In 2023, the government will increase the budget.', '2022-10-01'), 'In 2023 => 2023')
  t.equal(one('Relations have cooled since 2014.', '2016-05-13'), '2014 => 2014')
  t.equal(one('It was built in early 2010.', '2016-05-13'), 'in early 2010 => 2010')
  t.equal(one('It will be built by the end of 2018.', '2016-05-13'), 'the end of 2018 => 2018')
  t.same(dates('The threat could grow in 10 to 15 years.', '2007-04-23'), [])
  t.same(dates('A total of 192 Azerbaijani troops were killed and 511 wounded.', '2022-10-01'), [])
  t.same(dates('The budget grows by 1.1 billion manats ($650 million).', '2022-10-01'), [])
  t.same(dates('Putin spoke after the G20 summit and before the G8 summit.', '2012-06-20'), [])
  t.same(dates('It was found in 2000 cases and 1500 homes.', '2012-06-20'), [])
  t.same(dates('The 2016 election is near.', '2016-06-20'), [], 'a year without a cue is not taken')
})

t.test('weekdays', async (t) => {
  // 2012-01-13 is a Friday, 2016-06-05 a Sunday, 2007-04-23 a Monday
  t.equal(one('Tauscher said during a meeting on Thursday.', '2012-01-13'), 'on Thursday => 2012-01-12')
  t.equal(one('Antonov was quoted as saying on Sunday.', '2016-06-05'), 'on Sunday => 2016-06-05', 'same day counts')
  t.equal(one('A meeting with the defense secretary on Monday.', '2007-04-23'), 'on Monday => 2007-04-23')
  t.equal(one('during a telephone conversation Monday afternoon.', '2007-04-23'), 'Monday afternoon => 2007-04-23')
  t.equal(one('They met on Saturday.', '2012-01-13'), 'on Saturday => 2012-01-07')
  t.equal(one('They met last Friday.', '2012-01-13'), 'last Friday => 2012-01-06', '"last" is never today')
  t.equal(one('They met last Tuesday.', '2012-01-13'), 'last Tuesday => 2012-01-10')
  t.equal(one('They will meet on Friday.', '2012-01-13'), 'on Friday => 2012-01-20', 'future: the next one')
  t.equal(one('They will meet on Monday.', '2012-01-13'), 'on Monday => 2012-01-16')
  t.equal(one('They meet next Tuesday.', '2012-01-13'), 'next Tuesday => 2012-01-17')
  t.equal(one('They discussed upcoming meetings during a call Monday afternoon.', '2007-04-23'),
    'Monday afternoon => 2007-04-23', 'a future noun phrase elsewhere does not make it future')
  t.equal(one('Ahead of the upcoming Friday vote, talks continued.', '2012-01-13'), 'Friday => 2012-01-20')
  t.equal(one('Talks ended on Monday.', '2012-01-02'), 'on Monday => 2012-01-02')
  t.equal(one('Talks ended on Tuesday.', '2012-01-02'), 'on Tuesday => 2011-12-27', 'across the year boundary')
  t.same(dates('Stores opened on Black Friday.', '2012-01-02'), [])
  const [m] = findDates('a telephone conversation Monday afternoon.', '2007-04-23')
  t.same(m, {
    start: 25, end: 41, text: 'Monday afternoon',
    date: { start: '2007-04-23', precision: 'day', text: 'Monday afternoon' },
  })
})

t.test('relative days', async (t) => {
  t.equal(one('He spoke yesterday.', '2016-01-01'), 'yesterday => 2015-12-31')
  t.equal(one('He speaks today.', '2016-01-01'), 'today => 2016-01-01')
  t.equal(one('He speaks Tomorrow.', '2015-12-31'), 'Tomorrow => 2016-01-01')
  t.equal(one('He spoke this morning.', '2015-12-31'), 'this morning => 2015-12-31')
})

t.test('several dates in one sentence, in order, with offsets', async (t) => {
  const s = 'After talks on Sunday, Putin last month warned Romania, and in 2010 NATO agreed.'
  const out = findDates(s, '2016-06-05')
  t.same(out.map((d) => d.text), ['on Sunday', 'last month', 'in 2010'])
  for (const d of out) t.equal(s.slice(d.start, d.end), d.text)
  t.same(out.map((d) => d.date.precision), ['day', 'month', 'year'])
})

t.test('datelines', async (t) => {
  t.equal(datelineLength('MOSCOW, April 23 (RIA Novosti) - Moscow and Washington'), 33)
  t.equal(datelineLength('WASHINGTON, Jan. 12 (Reuters) - The U.S.'), 32)
  t.equal(datelineLength('MOSCOW (Reuters) -'), 18)
  t.equal(datelineLength('KIEV, Ukraine (AP) \u2014 Fighting resumed.'), 21)
  t.equal(datelineLength('Russia-U.S. missile defense dispute resolution unlikely - Putin'), 0)
  t.equal(datelineLength('PanARMENIAN.Net - The missile defense dispute'), 0)
  t.equal(datelineLength('Putin - who spoke first - said so.'), 0)

  const d = findDateline('Title\n\nMOSCOW, April 23 (RIA Novosti) - Moscow and Washington agree.', '2007-04-23')
  t.same(d, { start: 15, end: 23, text: 'April 23', date: { start: '2007-04-23', precision: 'day', text: 'April 23' } })
  t.equal(formatDate(findDateline('WASHINGTON, Jan. 12 (Reuters) - Talks.', '2012-01-13')!.date), '2012-01-12')
  t.equal(formatDate(findDateline('WASHINGTON, Dec. 30 (Reuters) - Talks.', '2012-01-02')!.date), '2011-12-30',
    'on/before publication')
  t.equal(findDateline('Title\n\nMOSCOW (Reuters) -\n\nThe United States refused.', '2016-06-05'), null)
  t.equal(findDateline('Officials met on April 23 in Moscow.', '2007-04-23'), null, 'a date in the text is no dateline')
})

t.test('formatDate, periodEnd, publicationDate', async (t) => {
  t.same(publicationDate('2016-06-05'), { start: '2016-06-05', precision: 'day', text: null })
  t.throws(() => publicationDate('2016-13-05'))
  t.throws(() => findDates('today', 'June 5'))
  t.equal(formatDate({ start: '2016-06-05', precision: 'day', text: null }), '2016-06-05')
  t.equal(formatDate({ start: '2016-06-01', precision: 'month', text: null }), '2016-06')
  t.equal(formatDate({ start: '2016-01-01', precision: 'year', text: null }), '2016')
  t.equal(periodEnd({ start: '2016-06-05', precision: 'day', text: null }), '2016-06-05')
  t.equal(periodEnd({ start: '2016-06-01', precision: 'month', text: null }), '2016-06-30')
  t.equal(periodEnd({ start: '2016-12-01', precision: 'month', text: null }), '2016-12-31')
  t.equal(periodEnd({ start: '2016-01-01', precision: 'year', text: null }), '2016-12-31')
})

t.test('the founding articles', async (t) => {
  const metaFile = readFileSync(new URL('../../data/articles/articles.json', import.meta.url), 'utf8')
  const meta = JSON.parse(metaFile) as Array<{ file: string; published: string }>
  const found = meta.map(({ file, published }) => {
    const text = clean(readFileSync(new URL(`../../data/articles/${file}`, import.meta.url), 'utf8')).text
    const mentions = segment(text).flatMap((s) => dates(s.text, published))
    return { mentions, dateline: findDateline(text, published) }
  })
  t.same(found[0]!.mentions, ['last year => 2014'])
  t.same(found[1]!.mentions,
    ['on Thursday => 2012-01-12', 'later this year => 2012', 'in November => 2011-11', 'this March => 2012-03'])
  t.same(found[2]!.mentions, ['in November => 2012-11', 'in November 2010 => 2010-11'])
  t.same(found[3]!.mentions,
    ['on Sunday => 2016-06-05', 'last month => 2016-05', 'Nov. 8 => 2016-11-08', 'last month => 2016-05'])
  t.same(found[4]!.mentions,
    ['April 23 => 2007-04-23', 'on Monday => 2007-04-23', 'In January => 2007-01', 'in July => 2007-07',
      'Monday afternoon => 2007-04-23'])
  t.same(found.map((f) => f.dateline && formatDate(f.dateline.date)), [null, null, null, null, '2007-04-23'])
})

t.test('speed: 20,000 sentences well under a second', async (t) => {
  const s = 'Putin said on Thursday he will meet Bush in July, after talks last month and in November 2010.'
  const t0 = performance.now()
  for (let i = 0; i < 20000; i++) findDates(s, '2012-01-13')
  t.ok(performance.now() - t0 < 2000)
})
