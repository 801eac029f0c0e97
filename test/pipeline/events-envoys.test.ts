// Unnamed envoys referred to through their state ("the Russian ambassador", "Poland's envoy", "the ambassador of
// Ukraine") are their state (GUIDELINES D11); summoning them or lodging a protest with them is a protest (114),
// expelling them or recalling one's own ambassador reduces relations (166). Passages written for these tests.
import t from 'tap'
import { eventKeys } from './fixture.ts'

const D = '2024-03-05'
const keys = (text: string) => eventKeys(text, D)

t.test('summoning an unnamed envoy of a state: protest from the summoning state to the envoy\'s state', async (t) => {
  t.same(keys('Poland summoned the Russian ambassador.'), [`poland>russia:114@${D}`])
  t.same(keys("Romania summoned Russia's ambassador."), [`romania>russia:114@${D}`])
  t.same(keys('Ukraine summoned the ambassador of Poland.'), [`ukraine>poland:114@${D}`])
  t.same(keys("Poland summoned Russia's deputy high commissioner."), [`poland>russia:114@${D}`])
  t.same(keys("Romania summoned the Russian chargé d'affaires."), [`romania>russia:114@${D}`])
  t.same(keys("Ukraine summoned China's envoy."), [`ukraine>china:114@${D}`])
  t.same(keys('Ukraine summoned the Polish envoy to Ukraine.'), [`ukraine>poland:114@${D}`])
  t.same(keys('Warsaw called in the Russian ambassador.'), [`poland>russia:114@${D}`])
})

t.test('"summoned … to lodge a protest" and "lodged a protest with" give one protest', async (t) => {
  t.same(keys('Poland summoned the Russian ambassador to lodge a strong protest.'), [`poland>russia:114@${D}`])
  t.same(keys('China lodged a strong protest with the Polish ambassador.'), [`china>poland:114@${D}`])
  t.same(keys("Romania lodged a protest with Russia's envoy."), [`romania>russia:114@${D}`])
})

t.test('a ministry or government of a state as the subject: the state is the source', async (t) => {
  t.same(keys("Russia's foreign ministry summoned the ambassador of Poland."), [`russia>poland:114@${D}`])
  t.same(keys('The Polish foreign ministry summoned the Russian envoy.'), [`poland>russia:114@${D}`])
  t.same(keys('The Polish government summoned the Russian envoy.'), [`poland>russia:114@${D}`])
  t.same(keys("Ukraine's foreign affairs ministry expelled the Russian ambassador."), [`ukraine>russia:166@${D}`])
  t.same(keys('The ministry of foreign affairs of Ukraine summoned the Russian ambassador.'),
    [`ukraine>russia:114@${D}`])
})

t.test('expelling an envoy, persona non grata, hours to leave: reduced relations (166)', async (t) => {
  t.same(keys('Poland expelled the Russian ambassador.'), [`poland>russia:166@${D}`])
  t.same(keys("Poland declared Russia's envoy persona non grata."), [`poland>russia:166@${D}`])
  t.same(keys('Romania declared the Russian ambassador persona non grata.'), [`romania>russia:166@${D}`])
  t.same(keys('Ukraine gave the Russian ambassador 48 hours to leave the country.'), [`ukraine>russia:166@${D}`])
  t.same(keys('Poland gave the Russian envoy three days to leave.'), [`poland>russia:166@${D}`])
  t.same(keys('Russia expelled two Polish diplomats.'), [`russia>poland:166@${D}`])
})

t.test('recalling one\'s own ambassador from a state: reduced relations toward it', async (t) => {
  t.same(keys('Poland recalled its ambassador from Russia.'), [`poland>russia:166@${D}`])
  t.same(keys('The Polish government recalled its envoy from Russia.'), [`poland>russia:166@${D}`])
})

t.test('no event without an envoy or a state', async (t) => {
  t.same(keys("Russia's president summoned the security council."), [])
  t.same(keys('Poland summoned the ambassador over the remarks.'), [])
  t.same(keys('Poland recalled its ambassador.'), [])
  t.same(keys("Russia's foreign ministry summoned its own staff."), [])
})

t.test('a named envoy stays the person', async (t) => {
  t.same(keys('Poland summoned Russian ambassador Sergey Andreev.'), [`poland>sergey-andreev:114@${D}`])
})

t.test('"<envoy> of <state>" with modifiers; a chargé d\'affaires expelled or withdrawn', async (t) => {
  t.same(keys('Poland summoned the deputy ambassador of Russia.'), [`poland>russia:114@${D}`])
  t.same(keys('Ukraine summoned the deputy high commissioner of Poland over the remarks.'),
    [`ukraine>poland:114@${D}`])
  t.same(keys('China lodged a protest with the acting envoy of the United States.'),
    [`china>united-states:114@${D}`])
  t.same(keys('Romania expelled two senior diplomats of Russia.'), [`romania>russia:166@${D}`])
  t.same(keys("Poland expelled the Russian chargé d'affaires."), [`poland>russia:166@${D}`])
  t.same(keys("Poland withdrew its chargé d'affaires from Russia."), [`poland>russia:166@${D}`])
  t.same(keys('Poland recalled its ambassadors from Russia and China.'),
    [`poland>russia:166@${D}`, `poland>china:166@${D}`])
})

t.test('"of <state>" after a non-envoy noun is no envoy', async (t) => {
  t.same(keys('Poland summoned the parliament of Russia.'), [])
  t.same(keys('Poland expelled the journalists of Russia.'), [])
})
