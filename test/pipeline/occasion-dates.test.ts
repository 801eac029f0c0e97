// Statement dates: one occasion per speaker (statement-dates.ts). Passages written for these tests.
import t from 'tap'
import { run } from './fixture.ts'
import { formatDate } from '../../src/pipeline/text/dates.ts'

const dated = (text: string, published: string) =>
  run(text, published).statements.map((s) => `${s.speakerId}@${formatDate(s.date)}: ${s.text}`)

t.test('a speaker who is the subject of a dated sentence: later remarks share that date', async (t) => {
  // published Thursday 2014-03-06; "on Tuesday" = 03-04
  const s = dated(
    'Putin threatened on Tuesday to move missiles closer to the border.\n\nIn a televised address, Putin said Moscow ' +
    'would respond to any deployment.', '2014-03-06')
  t.same(s, ['vladimir-putin@2014-03-04: Moscow would respond to any deployment'])
})

t.test('a date in the main clause\'s object does not date a participle\'s remark', async (t) => {
  const s = dated(
    'Lavrov said on Monday that Moscow was ready for talks.\n\nIn a long speech, Lavrov also blamed Washington for ' +
    'the unrest in Kiev in February, saying the crisis had been provoked from outside.', '2014-03-05')
  t.same(s, ['sergey-lavrov@2014-03-03: Moscow was ready for talks',
    'sergey-lavrov@2014-03-03: the crisis had been provoked from outside'])
})

t.test('an attribution tied to the occasion takes the lead\'s date', async (t) => {
  const s = dated(
    'NATO and Russia agreed on Monday to resume military contacts.\n\n"We have made real progress," Stoltenberg told ' +
    'a news conference after the meeting.', '2015-03-05')
  t.same(s, ['jens-stoltenberg@2015-03-02: We have made real progress'])
})

t.test('people named in the lead paragraphs share its dated occasion; ' +
  'a relative clause\'s date is not the main clause\'s', async (t) => {
  const s = dated(
    'Russia and the United States agreed on Friday to resume talks on missile defence.\n\nKerry hosted Lavrov at the ' +
    'State Department.\n\nThe diplomats spoke for hours. "We still disagree on the radar," Lavrov said.', '2014-03-08')
  t.same(s, ['sergey-lavrov@2014-03-07: We still disagree on the radar'])
  const r = dated(
    'Kerry, who met Lavrov in Geneva on Monday, said the talks would continue next month.\n\nLater paragraph about ' +
    'other things.', '2014-03-06')
  t.same(r, ['john-kerry@2014-03-06: the talks would continue next month'])
})

t.test('an undated remark takes the speaker\'s occasion date from another remark', async (t) => {
  const s = dated(
    'NATO and Russia agreed on Monday to resume military contacts.\n\n"We have made real progress," Stoltenberg told ' +
    'a news conference after the meeting. He said the next round would follow soon.', '2015-03-05')
  t.same(s.map((x) => x.split(':')[0]), ['jens-stoltenberg@2015-03-02', 'jens-stoltenberg@2015-03-02'])
})
