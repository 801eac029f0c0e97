import t from 'tap'
import { aliasIndex, findNames, findPronouns, nationalityAt } from '../../src/pipeline/actors/mentions.ts'
import { tokenize } from '../../src/pipeline/text/tokens.ts'
import { findDescriptions } from '../../src/pipeline/actors/descriptions.ts'
import { fixture } from './fixture.ts'

const names = (text: string) => {
  const tk = tokenize(text)
  return findNames(tk, text, 0, aliasIndex(fixture())).map((m) => [m.text, m.candidates.join('|'), m.kind])
}

t.test('tokenize', async (t) => {
  const tk = tokenize("U.S.-led talks with Russia's envoy")
  t.same(tk.filter((x) => x.word).map((x) => x.norm), ['us', 'led', 'talks', 'with', 'russia', "'s", 'envoy'])
  t.equal(tk[0]!.text, 'U.S.')
  t.ok(tk[0]!.cap)
  const off = tokenize('Putin', 10)[0]!
  t.same([off.start, off.end], [10, 15], 'offsets are shifted')
})

t.test('gazetteer names: longest match, aliases, metonyms', async (t) => {
  t.same(names('Sergey Lavrov met the United States envoy in Moscow.'), [
    ['Sergey Lavrov', 'sergey-lavrov', 'name'], ['United States', 'united-states', 'name'],
    ['Moscow', 'russia', 'name'],
  ])
  t.same(names('The Kremlin and Washington disagree.').map((x) => x[1]), ['russia', 'united-states'])
  t.same(names('North Atlantic Treaty Organization members').map((x) => x[1]), ['nato'])
})

t.test('short aliases are case-sensitive', async (t) => {
  t.same(names('Tell us what the US wants.'), [['US', 'united-states', 'name']])
  t.same(names('NATO and the EU').map((x) => x[1]), ['nato', 'european-union'])
  t.same(names('eu nato'), [])
})

t.test('ambiguous aliases keep all candidates (resolved by date later)', async (t) => {
  t.same(names('George Bush spoke.'), [['George Bush', 'george-w-bush|george-h-w-bush', 'name']])
})

t.test('surnames of gazetteer people are candidates', async (t) => {
  t.same(names('Kerry said so.'), [['Kerry', 'john-kerry', 'surname']])
})

t.test('locative and possessive flags', async (t) => {
  const text = "a summit in Warsaw and Russia's position"
  const m = findNames(tokenize(text), text, 0, aliasIndex(fixture()))
  t.equal(m[0]!.locative, true)
  t.equal(m[1]!.possessive, true)
})

t.test('nationality adjectives', async (t) => {
  const tk = tokenize('the North Korean and Polish leaders')
  t.equal(nationalityAt(tk, 1)?.[1].iso, 'PRK')
  t.equal(nationalityAt(tk, 1)?.[0], 2)
  t.equal(nationalityAt(tk, 4)?.[1].iso, 'POL')
  t.equal(nationalityAt(tk, 0), null)
})

t.test('descriptions: head, country, modifiers', async (t) => {
  const res = fixture()
  const desc = (text: string) => {
    const tk = tokenize(text)
    const ns = findNames(tk, text, 0, aliasIndex(res))
    for (const n of ns) n.actorId = n.candidates[0] ?? null
    return findDescriptions(tk, text, 0, ns, (id) => res.byId.get(id)?.country ?? null).map((m) =>
      [m.text, m.head, m.country, m.kind])
  }
  t.same(desc('the Russian president said'), [['the Russian president', 'president', 'RUS', 'description']])
  t.same(desc("Russia's top diplomat said"), [["Russia's top diplomat", 'diplomat', 'RUS', 'description']])
  t.same(desc('the U.S. defense secretary arrived'),
    [['the U.S. defense secretary', 'secretary', 'USA', 'description']])
  t.same(desc('the Pentagon official said'), [['the Pentagon official', 'official', 'USA', 'description']])
  t.same(desc('the American side agreed'), [['the American side', 'state', 'USA', 'group']])
  t.same(desc('President Putin said'), [], 'a title before a name is not a description')
  t.same(desc('officials said'), [], 'an unqualified head is not a description')
})

t.test('pronouns', async (t) => {
  t.same(findPronouns(tokenize('He said I told them')).map((m) => m.pronoun), ['he', 'i', 'them'])
  t.same(findPronouns(tokenize('the US told us')).map((m) => m.pronoun), ['us'], 'US is not a pronoun, us is')
})
