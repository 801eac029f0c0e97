import t from 'tap'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { clean, normaliseChar, toRawSpan, type Cleaned } from '../../src/pipeline/text/clean.ts'

const BODY = 'The minister said the talks would continue next month in Geneva.'
const BODY2 = 'Both sides agreed to hold another round of consultations soon.'
const cleaned = (raw: string) => clean(raw).text

/** Why the map is wrong (null when right): every cleaned char must come from a raw char that
 * normalises to it (whitespace from whitespace), the map never goes back, and it ends at raw.length. */
function mapError(raw: string, c: Cleaned): string | null {
  if (c.map.length !== c.text.length + 1) return 'map length'
  if (c.map[c.text.length] !== raw.length) return 'map end'
  for (let i = 0; i < c.text.length; i++) {
    const o = c.map[i]!
    const r = raw.charAt(o)
    const ch = c.text.charAt(i)
    if (o < 0 || o >= raw.length) return `char ${i} out of range`
    if (/\s/.test(ch) ? !/\s/.test(r) : !normaliseChar(r).includes(ch)) {
      return `char ${i} ${JSON.stringify(ch)} maps to ${JSON.stringify(r)}`
    }
    if (i > 0 && o < c.map[i - 1]!) return `map decreases at ${i}`
  }
  return null
}

t.test('subscription and login prompts', async (t) => {
  const raw = `Subscribe\n${BODY}\n\nTo Read The Full Story\n\nAre you already a subscriber?\nClick to log in!\n` +
    'To participate in the discussion\nlog in or register'
  t.equal(cleaned(raw), BODY)
})

t.test('"Read more" lines', async (t) => {
  t.equal(cleaned(`${BODY}\n\nRead more: Kremlin reacts to sanctions - TASS\n\n${BODY2}`), `${BODY}\n\n${BODY2}`)
  t.equal(cleaned(`${BODY}\nSee also: Another story\n${BODY2}`), `${BODY}\n\n${BODY2}`)
})

t.test('photo captions and credits', async (t) => {
  const raw = [
    'A soldier stands guard in Kiev, Ukraine May 2, 2015. REUTERS/Gleb Garanich',
    'Leaders pose for a photo. Agencja Gazeta/Jan Rusek via REUTERS ' +
      'ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.',
    'A ceremony took place on Friday. EDITORIAL USE ONLY.',
    'Officials attend a ceremony in Warsaw, Poland. (Agencja Gazeta/Jan Rusek via Reuters)',
    '\u00A9 RIA Novosti . Ivan Ivanov / Go to the mediabankThe minister spoke to reporters',
    'The minister spoke to reporters - Sputnik International',
    'Photo: The minister at the summit',
    BODY,
  ].join('\n')
  t.equal(cleaned(raw), BODY)
})

t.test('a sentence ending with a slash abbreviation in parentheses is kept', async (t) => {
  const s = 'Trade rose sharply between the two blocs (NATO/EU).'
  t.equal(cleaned(s), s)
})

t.test('site chrome', async (t) => {
  const raw = [
    '- Sputnik International', 'World', 'The latest news and stories from the World. Stay tuned for updates.', '',
    'Talks resume in Geneva', '', BODY, '', 'Newsfeed', '0', 'loader', 'Chats', '---', '12',
  ].join('\n')
  t.equal(cleaned(raw), `Talks resume in Geneva\n\n${BODY}`)
})

t.test('non-Latin chrome lines', async (t) => {
  t.equal(cleaned(`${BODY}\n\n\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A: https://example.com/news/331779`), BODY)
  const heading = '\u0417\u0430\u0433\u043E\u043B\u043E\u0432\u043E\u043A ' +
    '\u043E\u0442\u043A\u0440\u044B\u0442\u043E\u0433\u043E \u043C\u0430\u0442\u0435\u0440\u0438\u0430\u043B\u0430'
  t.equal(cleaned(`${BODY}\n${heading}`), BODY)
  t.equal(cleaned(`${BODY}\n\n\u4E2D\u56FD\u5916\u4EA4\u90E8\u53D1\u8A00\u4EBA\u8868\u793A`), BODY)
  t.equal(cleaned('Source: https://example.com/a/b'), '')
  const mixed = 'Lavrov met Sergei Ryabkov (\u0420\u044F\u0431\u043A\u043E\u0432) in Moscow on Tuesday.'
  t.equal(cleaned(mixed), mixed, 'an English line with a Cyrillic name stays')
})

t.test('"Top stories" / "Related" / "More from" blocks', async (t) => {
  const items =
    'Authorities said a total of 192 troops were killed.\nThe bill, published on Monday, is designed to fix ' +
    'things.\nPartner news\n---'
  t.equal(cleaned(`${BODY}\n\n\u00A0Top stories\n${items}`), BODY)
  t.equal(cleaned(`${BODY}\n\nRelated\n\nSome headline here\n\nAnother headline`), BODY)
  t.equal(cleaned(`${BODY}\n\nMore from Reuters\nA headline\n\n${BODY2}`), `${BODY}\n\n${BODY2}`,
    'a real paragraph after a blank line ends the block')
  t.equal(cleaned(`More from the interview is below.\n\n${BODY}`), `More from the interview is below.\n\n${BODY}`,
    'not a heading')
})

t.test('words broken across lines', async (t) => {
  t.equal(cleaned('the U.S. Assistant Secretary F\nrank Rose said that talks would resume.'),
    'the U.S. Assistant Secretary Frank Rose said that talks would resume.')
  t.equal(cleaned('The anti-\nmissile shield is ready.'), 'The anti-missile shield is ready.')
  t.equal(cleaned('Wh\nite House officials said so.'), 'White House officials said so.')
  t.equal(cleaned('Officials said the talks\nwould continue.'), 'Officials said the talks would continue.',
    'mid-sentence line break → space')
  t.equal(cleaned('I\nthink so, he said.'), 'I think so, he said.', 'a lone "I" is a word')
  t.equal(cleaned('The talks ended.\nminor detail follows.'), 'The talks ended.\n\nminor detail follows.',
    'a sentence end is a paragraph break')
  t.equal(cleaned('Talks resume in Geneva\nThe minister said so.'), 'Talks resume in Geneva\n\nThe minister said so.',
    'capitalised next line → new paragraph')
})

t.test('hard-wrapped text is unwrapped, blank lines stay paragraphs', async (t) => {
  const raw =
    'The foreign ministers of both countries met in Geneva\non Tuesday and agreed to resume talks on ' +
    'strategic\nstability, officials said, adding that experts would\nmeet again in the spring to prepare the ' +
    'agenda.\n\nNo date was set.'
  t.equal(cleaned(raw),
    'The foreign ministers of both countries met in Geneva on Tuesday and agreed to resume talks on strategic ' +
    'stability, officials said, adding that experts would meet again in the spring to prepare the agenda.\n\nNo date ' +
    'was set.')
})

t.test('quotes, dashes and spaces are normalised', async (t) => {
  const raw =
    '\u201CWe won\u2019t,\u201D she said \u2013 firmly \u2014 about the \u2018deal\u2019\u00A0today\u2026 really.'
  const c = clean(raw)
  t.equal(c.text, '"We won\'t," she said - firmly - about the \'deal\' today... really.')
  t.equal(mapError(raw, c), null)
  t.equal(cleaned('a \u200B\u00ADb   c\t d'), 'a b c d', 'zero-width dropped, spaces collapsed')
  t.equal(cleaned('\r\nTitle line here\r\n\r\nBody text goes on here.\r\n'),
    'Title line here\n\nBody text goes on here.')
})

t.test('duplicated leads', async (t) => {
  const lead = 'Moscow and Washington will continue a dialogue on missile defense, a diplomat said on Monday.'
  const withDateline = `MOSCOW, April 23 (RIA Novosti) - ${lead}`
  t.equal(cleaned(`Subscribe\n${lead}\n${withDateline}\n\n${BODY}`), `${withDateline}\n\n${BODY}`,
    'keeps the dateline one')
  t.equal(cleaned(`${withDateline}\n\n${lead}`), withDateline, 'also when the dateline comes first')
  t.equal(cleaned(`${lead}\n\n${lead}`), lead, 'identical')
  const attributed = lead.replace(/\.$/, ', Foreign Policy magazine reported.')
  t.equal(cleaned(`${lead}\n\n${attributed}`), attributed, 'keeps the longer one')
  t.equal(cleaned(`Putin warns NATO\n\nPutin warns NATO\n\n${BODY}`), `Putin warns NATO\n\n${BODY}`, 'repeated title')
  t.equal(cleaned(`${BODY}\n\n${BODY2}`), `${BODY}\n\n${BODY2}`, 'different paragraphs stay')
})

t.test('toRawSpan', async (t) => {
  const raw = 'Subscribe\n\u201CNo,\u201D he said\u2026 F\nrank Rose agreed.'
  const c = clean(raw)
  t.equal(c.text, '"No," he said... Frank Rose agreed.')
  const span = (s: string) => {
    const i = c.text.indexOf(s)
    const r = toRawSpan(c, i, i + s.length)
    return raw.slice(r.start, r.end)
  }
  t.equal(span('"No,"'), '\u201CNo,\u201D')
  t.equal(span('said...'), 'said\u2026')
  t.equal(span('Frank Rose'), 'F\nrank Rose')
  t.equal(span('agreed.'), 'agreed.')
  t.same(toRawSpan(c, 3, 3), { start: c.map[3], end: c.map[3] }, 'empty span')
  t.same(toRawSpan(c, 0, 999), { start: c.map[0], end: raw.length }, 'clamped')
})

t.test('property: map is monotonic and every char maps to its source', async (t) => {
  const alphabet =
    fc.constantFrom(...'aZ .,!?"\'\n\n\r\t-', '\u00A0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014',
      '\u2026', '\u200B', '\u00AD', '\u0416', '\u4E2D', 'Subscribe', 'F\nrank', 'Read more: x', 'Top stories\n',
      '(Agencja Gazeta/Jan Rusek via Reuters)', 'MOSCOW (Reuters) - ', 'Moscow said.', '0\n', '---\n')
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (raw) => {
    const c = clean(raw)
    if (mapError(raw, c)) return false
    return !/^\s|\s$/.test(c.text) && !/\n{3}/.test(c.text)
  }), { numRuns: 2000 })
  t.pass('2000 random inputs')
})

t.test('the five founding articles', async (t) => {
  const dir = new URL('../../data/articles/', import.meta.url)
  const read = (f: string) => readFileSync(new URL(f, dir), 'utf8')
  const files = (JSON.parse(read('articles.json')) as Array<{ file: string }>).map((a) => a.file)
  const noise = new RegExp([
    'Subscribe|Read more|Top stories|Partner news|Newsfeed|log in|loader|Chats|Sputnik International',
    'latest news and stories|mediabank|\\u00A9|via REUTERS|ATTENTION EDITORS|Agencja|Full Story|subscriber',
    '\\p{Script=Cyrillic}|^---$|^\\d+$|[\\u2018\\u2019\\u201C\\u201D\\u2013\\u2014\\u00A0]',
  ].join('|'), 'mu')
  const survive: Record<string, string[]> = {
    '000': ['Pentagon says US does not intend to resume dialogue on missile defense',
      'compliance Frank Rose, who also participated', 'the Pentagon official laconically said they were not talking.'],
    '001': ['U.S. says will give no missile defense assurances to Russia',
      "\"We will never do a legally binding agreement because I can't do one.", "'mutually assured stability.'\"",
      'Foreign Policy magazine reported.'],
    '002': ['Russia-U.S. missile defense dispute resolution unlikely - Putin',
      'at the Lisbon summit in November 2010.', 'in the Kaliningrad exclave.'],
    '003': ['Russia: U.S. Refuses Talks on Missile Defense System', 'MOSCOW (Reuters) -', 'ahead of a Nov. 8 vote.',
      'calling the initiative "very dangerous".'],
    '004': ['MOSCOW, April 23 (RIA Novosti) - Moscow and Washington will continue', 'in the Kremlin that he will meet',
      '"a busy political season is opening in Russian-U.S. relations."'],
  }
  const gone: Record<string, string[]> = {
    '002': ['Azerbaijani', 'earthquake'], '003': ['Redzikowo', 'POLAND OUT'], '004': ['Russia\n'],
  }
  for (const f of files) {
    const raw = read(f)
    const c = clean(raw)
    const id = f.slice(0, 3)
    t.notMatch(c.text, noise, `${id}: no noise`)
    for (const s of survive[id] ?? []) t.ok(c.text.includes(s), `${id}: keeps ${JSON.stringify(s.slice(0, 40))}`)
    for (const s of gone[id] ?? []) t.notOk(c.text.includes(s), `${id}: drops ${JSON.stringify(s)}`)
    t.equal(c.text.split('\n\n').length, new Set(c.text.split('\n\n')).size, `${id}: no repeated paragraph`)
    t.equal(mapError(raw, c), null, `${id}: map`)
  }
  t.equal(clean(read(files[4]!)).text.split('\n\n').filter((p) =>
    p.includes('Moscow and Washington will continue')).length, 1, '004: one lead')
  t.equal(clean(read(files[1]!)).text.split('\n\n').filter((p) => p.includes('top arms control official')).length, 1,
    '001: one lead')
})
