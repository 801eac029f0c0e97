import t from 'tap'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadCameoCodebook } from '../../../src/domain/cameo.ts'
import { convertAll } from '../../../scripts/petrarch/convert.ts'
import { findSourceDir } from '../../../scripts/petrarch/source-files.ts'
import { parseDate } from '../../../scripts/petrarch/actors-parse.ts'
import { parseCode } from '../../../scripts/petrarch/verbs.ts'
import { plural, regularForms } from '../../../scripts/petrarch/inflect.ts'
import { restoreCase, stripTitles } from '../../../scripts/petrarch/names.ts'

const repoRoot = resolve(import.meta.dirname, '../../..')

t.test('readable case for Phoenix names', async (t) => {
  t.equal(restoreCase('VLADIMIR_V._PUTIN'), 'Vladimir V. Putin')
  t.equal(restoreCase('BASHAR_AL-ASSAD'), 'Bashar al-Assad')
  t.equal(restoreCase("MARTIN_O'MALLEY"), "Martin O'Malley")
  t.equal(restoreCase('JOHN_MCCAIN'), 'John McCain')
  t.equal(restoreCase('RAMSAY_MACDONALD'), 'Ramsay MacDonald')
  t.equal(restoreCase('MACHADO'), 'Machado', 'Mac only for known Scottish names')
  t.equal(restoreCase('OSAMA_BIN_LADEN'), 'Osama bin Laden')
  t.equal(restoreCase('JOHN_PAUL_II'), 'John Paul II')
  t.equal(restoreCase('XI_JINPING'), 'Xi Jinping', 'a leading XI is no numeral')
  t.equal(restoreCase('BAN_KI-MOON', { lowerAfterHyphen: true }), 'Ban Ki-moon')
  t.equal(restoreCase('ORGANIZATION_OF_THE_PETROLEUM_EXPORTING_COUNTRIES', { org: true }),
    'Organization of the Petroleum Exporting Countries')
  t.equal(restoreCase('NATO_PARLIAMENTARY_ASSEMBLY', { org: true }), 'NATO Parliamentary Assembly')
  const nat = new Set(['RUSSIAN'])
  t.equal(stripTitles('RUSSIAN_FOREIGN_MINISTER_SERGEY_V._LAVROV', nat), 'SERGEY_V._LAVROV')
  t.equal(stripTitles('PRESIDENT_PUTIN', nat), 'PUTIN')
})

t.test('dates, codes and forms', async (t) => {
  t.equal(parseDate('991231'), '1999-12-31')
  t.equal(parseDate('080507'), '2008-05-07', 'YY up to 30 is 20YY')
  t.equal(parseDate('19171109'), '1917-11-09')
  t.equal(parseDate('1920030320'), '2003-03-20', 'a century typed twice')
  t.equal(parseDate('2004017'), null)
  t.equal(parseDate('20100231'), null)
  t.same(parseCode('042:043'), { code: '042', passive: '043' })
  t.same(parseCode(':110'), { code: null, passive: '110' })
  t.same(parseCode('---'), { code: null, passive: null })
  t.same(parseCode('080!'), { code: '080', passive: null, rawCode: '080!' })
  t.same(regularForms('stop'), ['stops', 'stopped', 'stopping'])
  t.same(regularForms('visit'), ['visits', 'visited', 'visiting'])
  t.same(regularForms('call off'), ['calls off', 'called off', 'calling off'])
  t.same(regularForms('apply'), ['applies', 'applied', 'applying'])
  t.equal(plural('arms shipment'), 'arms shipments')
  t.equal(plural('talks'), null)
  t.equal(plural('crisis'), 'crises')
})

const sourceDir = findSourceDir(repoRoot)
t.test('the conversion is deterministic and the committed files are its output', {
  skip: sourceDir === null
    ? 'PETRARCH2 sources not found (../shared/reference/petrarch2 or PETRARCH_DIR): check skipped'
    : false,
}, async (t) => {
  const book = loadCameoCodebook(join(repoRoot, 'data'))
  const first = convertAll(sourceDir!, book)
  const second = convertAll(sourceDir!, book)
  t.same(Object.keys(first.files).sort(),
    ['LICENSE', 'actors.json', 'agents.json', 'discards.json', 'verbs-parley.json', 'verbs.json'])
  for (const [name, text] of Object.entries(first.files)) {
    t.equal(second.files[name], text, `${name}: a second run gives the same bytes`)
    const committed = readFileSync(join(repoRoot, 'data', 'petrarch', name), 'utf8')
    t.ok(committed === text, `${name}: the committed file is the converter's output (run npm run convert:petrarch)`)
  }
})
