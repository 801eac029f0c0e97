import t from 'tap'
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadResources, quadClassOfRoot, DEFAULT_DATA_DIR } from '../../src/pipeline/resources/load.ts'
import { roleAt, roleValidAt } from '../../src/pipeline/resources/roles.ts'
import { periodStart, periodEnd, isPartialDate } from '../../src/domain/calendar.ts'
import { normalizeName } from '../../src/domain/names.ts'
import type { ActorRecord, RoleRecord } from '../../src/pipeline/types.ts'

const res = loadResources()

const slug = (s: string): string => normalizeName(s).replace(/'/g, '').replace(/ /g, '-')

// ------------------------------------------------------------------------------------------
// whitelists: every exception to the checks below is listed here on purpose

/** normalized alias → ids that legitimately share it (same-kind ambiguity the extractor must resolve by
 *  context/date) */
const AMBIGUOUS_ALIASES: Record<string, string[]> = {}

/** people whose roles overlap on purpose (concurrent posts); roleAt picks the latest start */
const CONCURRENT_ROLES = new Set([
  'vladimir-putin', // Prime Minister and acting President, 1999-12-31..2000-05-07
  'bronislaw-komorowski', // Marshal of the Sejm and acting President, 2010
])

// ------------------------------------------------------------------------------------------

t.test('the data loads and validates', async (t) => {
  const byKind = { person: 0, state: 0, organization: 0 }
  for (const a of res.actors) byKind[a.kind]++
  t.ok(byKind.person >= 150, `people: ${byKind.person}`)
  t.ok(byKind.state >= 25, `states: ${byKind.state}`)
  t.ok(byKind.organization >= 25, `organizations: ${byKind.organization}`)
  t.equal(res.byId.size, res.actors.length, 'ids are unique')
  t.ok(res.cameo.size >= 300, `CAMEO rows: ${res.cameo.size}`)
})

t.test('loadResources is memoised per data dir', async (t) => {
  t.equal(loadResources(), res)
  t.equal(loadResources(DEFAULT_DATA_DIR), res)
  t.equal(loadResources(join(DEFAULT_DATA_DIR, '.')), res)
})

t.test('ids follow GUIDELINES.md', async (t) => {
  for (const a of res.actors) {
    t.match(a.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${a.id} is a slug`)
    if (a.kind === 'person') {
      // lower-case hyphenated full name; a middle initial or a Jr. suffix may be left out
      const full = slug(a.name)
      const variants =
        new Set([full, full.replace(/-jr$/, ''), full.replace(/-[a-z](?=-)/g, ''),
          full.replace(/-jr$/, '').replace(/-[a-z](?=-)/g, '')])
      t.ok(variants.has(a.id), `${a.id} is the slug of "${a.name}"`)
      t.ok(a.roles.length > 0, `${a.id} has at least one role`)
    }
    if (a.kind === 'state') {
      t.equal(a.id, slug(a.name), `${a.id} is the slug of the short name`)
      t.not(a.country, null, `${a.id} has an ISO code`)
    }
  }
  // ids the guidelines name
  for (const id of [
    'vladimir-putin', 'robert-gates', 'ellen-tauscher', 'elaine-bunn', 'frank-rose', 'dmitry-medvedev', 'barack-obama',
    'george-w-bush', 'condoleezza-rice', 'anatoly-serdyukov', 'sergei-kislyak', 'anatoly-antonov',
    'russia', 'united-states', 'china', 'poland', 'romania', 'czech-republic', 'iran', 'north-korea', 'ukraine',
    'european-union', 'nato', 'us-department-of-state', 'us-department-of-defense', 'us-military',
    'russian-foreign-ministry',
    'russian-defense-ministry', 'nato-russia-council', 'g8', 'g20',
  ]) {
    t.ok(res.byId.has(id), `has ${id}`)
  }
  t.equal(res.byId.get('european-union')?.kind, 'organization')
  t.equal(res.byId.get('us-department-of-state')?.country, 'USA', 'national organizations carry the country')
  t.equal(res.byId.get('nato')?.country, null, 'intergovernmental organizations have no country')
})

t.test('aliases named by the guidelines resolve', async (t) => {
  const expect: Array<[string, string]> = [
    ['Moscow', 'russia'], ['the Kremlin', 'russia'], ['Washington', 'united-states'],
    ['Obama administration', 'united-states'],
    ['U.S.', 'united-states'], ['US', 'united-states'], ['the White House', 'united-states'],
    ['the American side', 'united-states'],
    ['Pentagon', 'us-department-of-defense'], ['Defense Department', 'us-department-of-defense'],
    ['the U.S. military', 'us-military'],
    ['U.S. State Department', 'us-department-of-state'], ['Russia-NATO Council', 'nato-russia-council'], ['G-8', 'g8'],
    ['Sergey Lavrov', 'sergei-lavrov'], ['Dmitri Medvedev', 'dmitry-medvedev'], ['George Bush', 'george-w-bush'],
    ['Traian Basescu', 'traian-basescu'], ['Traian Băsescu', 'traian-basescu'],
    ['Jaap de Hoop Scheffer', 'jaap-de-hoop-scheffer'],
    ['DPRK', 'north-korea'], ['Czechia', 'czech-republic'], ['EU', 'european-union'],
  ]
  for (const [alias, id] of expect) t.same(res.aliases.get(normalizeName(alias)), [id], `${alias} → ${id}`)
})

t.test('alias index', async (t) => {
  for (const [key, ids] of res.aliases) {
    t.equal(normalizeName(key), key, `key "${key}" is normalized`)
    t.equal(new Set(ids).size, ids.length, `no duplicate ids under "${key}"`)
    for (const id of ids) t.ok(res.byId.has(id), `${id} exists`)
  }
  for (const a of res.actors) {
    for (const n of [a.name, ...a.aliases]) {
      t.ok(res.aliases.get(normalizeName(n))?.includes(a.id),
      `${a.id}: "${n}" indexed`)
    }
  }
})

t.test('no alias maps to two actors unless whitelisted', async (t) => {
  const found: Record<string, string[]> = {}
  for (const [key, ids] of res.aliases) if (ids.length > 1) found[key] = [...ids].sort()
  const want: Record<string, string[]> = {}
  for (const [k, ids] of Object.entries(AMBIGUOUS_ALIASES)) want[k] = [...ids].sort()
  t.same(found, want, 'ambiguous aliases are exactly the whitelisted ones')
})

t.test('role data', async (t) => {
  for (const a of res.actors) {
    for (const r of a.roles) {
      if (r.from != null) t.ok(isPartialDate(r.from), `${a.id}: from ${r.from}`)
      if (r.to != null) t.ok(isPartialDate(r.to), `${a.id}: to ${r.to}`)
      if (r.from != null && r.to != null) t.ok(periodStart(r.from) <= periodEnd(r.to), `${a.id}: ${r.title} from <= to`)
    }
    if (a.kind !== 'person' || CONCURRENT_ROLES.has(a.id)) continue
    // roles may touch (hand-over day) or overlap only through imprecise dates ("2003".."2008" then "2008-07"..)
    const sorted =
      [...a.roles].sort((x, y) => periodStart(x.from ?? '0000').localeCompare(periodStart(y.from ?? '0000')))
    for (let i = 0; i + 1 < sorted.length; i++) {
      const cur = sorted[i]!
      const next = sorted[i + 1]!
      if (cur.to == null) {
        t.fail(`${a.id}: open-ended "${cur.title}" is followed by "${next.title}"`)
        continue
      }
      const curEndsAt = periodStart(cur.to) // earliest reading of the end
      const nextStartsBy = next.from == null ? '0000-01-01' : periodEnd(next.from) // latest reading of the start
      t.ok(curEndsAt <= nextStartsBy,
        `${a.id}: "${cur.title}" (to ${cur.to}) does not overlap "${next.title}" (from ${next.from})`)
    }
  }
})

t.test('roleAt: founding-article facts', async (t) => {
  const title = (id: string, date: string): string | null => {
    const a = res.byId.get(id)
    if (a === undefined) throw new Error(`no actor ${id}`)
    return roleAt(a, date)?.title ?? null
  }
  t.equal(title('vladimir-putin', '2012-06-19'), 'President of Russia')
  t.equal(title('vladimir-putin', '2007-04-23'), 'President of Russia')
  t.equal(title('vladimir-putin', '2010-01-01'), 'Prime Minister of Russia')
  t.equal(title('vladimir-putin', '2016-06-05'), 'President of Russia')
  t.equal(title('vladimir-putin', '2008-05-07'), 'President of Russia', 'last day of the first presidency')
  t.equal(title('vladimir-putin', '2008-05-08'), 'Prime Minister of Russia')
  t.equal(title('vladimir-putin', '2012-05-07'), 'President of Russia', 'hand-over day: the new post wins')
  t.equal(title('vladimir-putin', '2000-01-15'), 'Acting President of Russia', 'concurrent posts: latest start wins')
  t.equal(title('vladimir-putin', '1990-01-01'), null)
  t.equal(title('dmitry-medvedev', '2011-11-23'), 'President of Russia')
  t.equal(title('dmitry-medvedev', '2015-04-08'), 'Prime Minister of Russia')
  t.equal(title('dmitry-medvedev', '2022-01-01'), 'Deputy Chairman of the Security Council of Russia')
  t.equal(title('robert-gates', '2007-04-23'), 'United States Secretary of Defense')
  t.equal(title('george-w-bush', '2007-04-23'), 'President of the United States')
  t.equal(title('barack-obama', '2012-06-19'), 'President of the United States')
  t.equal(title('condoleezza-rice', '2007-04-23'), 'United States Secretary of State')
  t.equal(title('anatoly-serdyukov', '2007-04-23'), 'Minister of Defence of Russia')
  t.equal(title('sergei-kislyak', '2007-04-23'), 'Deputy Minister of Foreign Affairs of Russia')
  t.equal(title('sergei-kislyak', '2012-01-13'), 'Ambassador of Russia to the United States')
  t.equal(title('ellen-tauscher', '2012-01-12'), 'Under Secretary of State for Arms Control and International Security')
  t.equal(title('anatoly-antonov', '2016-06-05'), 'Deputy Minister of Defence of Russia')
  t.equal(title('anatoly-antonov', '2020-01-01'), 'Ambassador of Russia to the United States')
  t.equal(title('elaine-bunn', '2015-04-07'),
    'Deputy Assistant Secretary of Defense for Nuclear and Missile Defense Policy')
  t.equal(title('frank-rose', '2015-04-07'),
    'Assistant Secretary of State for Arms Control, Verification and Compliance')
  t.equal(title('donald-trump', '2019-01-01'), 'President of the United States')
  t.equal(title('donald-trump', '2023-01-01'), null)
  t.equal(title('donald-trump', '2025-06-01'), 'President of the United States')
})

t.test('roleAt: partial dates, open bounds, ties', async (t) => {
  const role = (title: string, from: string | null, to: string | null): RoleRecord => ({ title, from, to })
  const actor = (roles: RoleRecord[]): ActorRecord =>
    ({ id: 'x', name: 'X', kind: 'person', country: null, aliases: [], roles })

  const a = actor([role('Deputy', '2003', '2008'), role('Ambassador', '2008-07', '2017-08')])
  t.equal(roleAt(a, '2003-01-01')?.title, 'Deputy', 'year from = 1 January')
  t.equal(roleAt(a, '2002-12-31'), null)
  t.equal(roleAt(a, '2008-06-30')?.title, 'Deputy', 'year to = 31 December')
  t.equal(roleAt(a, '2008-07-01')?.title, 'Ambassador', 'overlap through imprecision: the later start wins')
  t.equal(roleAt(a, '2017-08-31')?.title, 'Ambassador', 'month to = last day of the month')
  t.equal(roleAt(a, '2017-09-01'), null)
  t.equal(roleAt(a, '2010')?.title, 'Ambassador', 'a partial query date is read as its first day')

  const open = actor([role('Old', null, '2000-05-01'), role('New', '2000-05-01', null)])
  t.equal(roleAt(open, '1900-01-01')?.title, 'Old', 'unknown start is open')
  t.equal(roleAt(open, '2000-05-01')?.title, 'New')
  t.equal(roleAt(open, '2999-01-01')?.title, 'New', 'no end = still in office')

  const tie = actor([role('Senior', '2010-01-01', null), role('Junior', '2010-01-01', null)])
  t.equal(roleAt(tie, '2011-01-01')?.title, 'Senior', 'same start: the first listed wins')

  t.ok(roleValidAt(role('Feb', '2012-02', '2012-02'), '2012-02-29'), 'leap-year month end')
  t.equal(periodEnd('2011-02'), '2011-02-28')
  t.equal(periodEnd('2008'), '2008-12-31')
  t.equal(periodStart('2008-07'), '2008-07-01')
  t.notOk(isPartialDate('2011-02-29'))
  t.notOk(isPartialDate('2011-13'))
  t.ok(isPartialDate('2012-02-29'))
})

t.test('CAMEO codebook', async (t) => {
  for (let i = 1; i <= 20; i++) {
    const root = String(i).padStart(2, '0')
    const row = res.cameo.get(root)
    t.ok(row, `root ${root} has its own row`)
  }
  for (const [code, row] of res.cameo) {
    t.equal(row.code, code)
    t.ok(row.goldstein >= -10 && row.goldstein <= 10, `${code} goldstein in [-10, 10]`)
    t.equal(row.quadClass, quadClassOfRoot(code.slice(0, 2)), `${code} quad class matches its root`)
    if (code.length > 2) t.ok(res.cameo.has(code.slice(0, -1)), `${code} has a parent`)
    t.ok(row.label.length > 0)
  }
  t.equal(quadClassOfRoot('05'), 1)
  t.equal(quadClassOfRoot('06'), 2)
  t.equal(quadClassOfRoot('09'), 3)
  t.equal(quadClassOfRoot('14'), 3)
  t.equal(quadClassOfRoot('15'), 4)
  // spot checks against the CAMEO codebook and GDELT's Goldstein table
  t.match(res.cameo.get('036'), { label: 'Express intent to meet or negotiate', goldstein: 4, quadClass: 1 })
  t.match(res.cameo.get('046'), { label: 'Engage in negotiation', goldstein: 7 })
  t.match(res.cameo.get('057'), { label: 'Sign formal agreement', goldstein: 8 })
  t.match(res.cameo.get('012'), { label: 'Make pessimistic comment', goldstein: -0.4 })
  t.match(res.cameo.get('112'), { label: 'Accuse, not specified below', goldstein: -2, quadClass: 3 })
  t.match(res.cameo.get('125'), { label: 'Reject proposal to meet, discuss, or negotiate', goldstein: -5 })
  t.match(res.cameo.get('130'), { goldstein: -4.4 })
  t.match(res.cameo.get('138'), { label: 'Threaten with military force, not specified below', goldstein: -7 })
  t.match(res.cameo.get('0874'), { label: 'Retreat or surrender militarily', goldstein: 10, quadClass: 2 })
  t.match(res.cameo.get('154'), { label: 'Mobilize or increase armed forces', quadClass: 4 })
  t.match(res.cameo.get('2042'), { label: 'Detonate nuclear weapons', goldstein: -10, quadClass: 4 })
})

// ------------------------------------------------------------------------------------------
// bad data

function tempData(gazetteer: Record<string, unknown>, cameo?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-res-'))
  mkdirSync(join(dir, 'gazetteer'))
  mkdirSync(join(dir, 'cameo'))
  for (const [file, content] of Object.entries(gazetteer)) {
    writeFileSync(join(dir, 'gazetteer', file),
      JSON.stringify(content))
  }
  if (cameo === undefined) copyFileSync(join(DEFAULT_DATA_DIR, 'cameo', 'codes.json'), join(dir, 'cameo', 'codes.json'))
  else writeFileSync(join(dir, 'cameo', 'codes.json'), JSON.stringify(cameo))
  return dir
}
const ok = {
  id: 'ok-person', name: 'Ok Person', kind: 'person', country: 'USA', aliases: [],
  roles: [{ title: 'T', from: '2001', to: null }],
}

t.test('bad data is rejected with the file and the entry named', async (t) => {
  const small = tempData({ 'a.json': [ok] })
  t.equal(loadResources(small).actors.length, 1, 'a minimal valid data dir loads')

  t.throws(() => loadResources(tempData({ 'a.json': [ok, { ...ok, id: 'Bad Id' }] })),
    /a\.json: entry #1 \(Bad Id\): invalid actor: id/)
  t.throws(() => loadResources(tempData({ 'a.json': [{ ...ok, kind: 'robot' }] })),
    /a\.json: entry #0 \(ok-person\): invalid actor: kind/)
  t.throws(() => loadResources(tempData({ 'a.json': [{ ...ok, country: 'US' }] })), /ISO 3166-1 alpha-3/)
  t.throws(() => loadResources(tempData({ 'a.json': [{ ...ok, roles: [{ title: 'T', from: '2001-02-30' }] }] })),
    /roles\.0\.from/)
  t.throws(() =>
    loadResources(tempData({ 'a.json': [{ ...ok, roles: [{ title: 'T', from: '2005', to: '2004-12' }] }] })),
  /role ends before it starts/)
  t.throws(() => loadResources(tempData({ 'a.json': [{ ...ok, extra: 1 }] })), /invalid actor/)
  t.throws(() => loadResources(tempData({ 'a.json': [ok], 'b.json': [ok] })),
    /b\.json: entry #0 \(ok-person\): duplicate actor id "ok-person" \(first defined in .*a\.json\)/)
  t.throws(() => loadResources(tempData({ 'a.json': { not: 'an array' } })), /a\.json: expected a JSON array/)
  t.throws(() =>
    loadResources(tempData({ 'a.json': [ok] }, [{ code: '01', label: 'x', goldstein: 11, quadClass: 1 }])),
  /codes\.json: entry #0 \(01\): invalid CAMEO row: goldstein/)
  t.throws(() =>
    loadResources(tempData({ 'a.json': [ok] }, [{ code: '16', label: 'x', goldstein: -4, quadClass: 3 }])),
  /quadClass 3 does not match root 16/)
  t.throws(() =>
    loadResources(tempData({ 'a.json': [ok] }, [{ code: '0361', label: 'x', goldstein: 4, quadClass: 1 }])),
  /"0361" has no parent/)
  t.throws(() =>
    loadResources(
      tempData({ 'a.json': [ok] },
        [{ code: '01', label: 'x', goldstein: 0, quadClass: 1 },
          { code: '01', label: 'y', goldstein: 0, quadClass: 1 }])), /duplicate CAMEO code "01"/)
})
