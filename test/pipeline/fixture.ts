// A tiny in-test gazetteer (and the project's CAMEO codebook) for unit tests on short passages.
import type { ActorRecord } from '../../src/pipeline/types.ts'
import { loadResources, type Resources } from '../../src/pipeline/resources/load.ts'
import { extract, extractDoc } from '../../src/pipeline/extract.ts'
import { mentionedActorIds } from '../../src/pipeline/actors/article-actors.ts'
import { formatDate } from '../../src/pipeline/text/dates.ts'

const person =
  (id: string, name: string, country: string, aliases: string[], roles: ActorRecord['roles']): ActorRecord =>
    ({ id, name, kind: 'person', country, aliases, roles })
const state = (id: string, name: string, country: string, aliases: string[]): ActorRecord =>
  ({ id, name, kind: 'state', country, aliases, roles: [] })
const org = (id: string, name: string, country: string | null, aliases: string[], description?: string): ActorRecord =>
  ({ id, name, kind: 'organization', country, aliases, roles: [], description })

export const ACTORS: ActorRecord[] = [
  person('vladimir-putin', 'Vladimir Putin', 'RUS', ['Putin'], [
    { title: 'President of Russia', country: 'RUS', from: '2000-05-07', to: '2008-05-07' },
    { title: 'Prime Minister of Russia', country: 'RUS', from: '2008-05-08', to: '2012-05-07' },
    { title: 'President of Russia', country: 'RUS', from: '2012-05-07', to: null },
  ]),
  person('dmitry-medvedev', 'Dmitry Medvedev', 'RUS', ['Medvedev'], [
    { title: 'President of Russia', country: 'RUS', from: '2008-05-07', to: '2012-05-07' },
    { title: 'Prime Minister of Russia', country: 'RUS', from: '2012-05-08', to: '2020-01-15' },
  ]),
  person('sergey-lavrov', 'Sergey Lavrov', 'RUS', ['Sergei Lavrov'],
    [{
      title: 'Minister of Foreign Affairs of Russia', affiliation: 'Russian Foreign Ministry', country: 'RUS',
      from: '2004-03-09',
    }]),
  person('john-kerry', 'John Kerry', 'USA', [],
    [{
      title: 'United States Secretary of State', affiliation: 'U.S. Department of State', country: 'USA',
      from: '2013-02-01', to: '2017-01-20',
    }]),
  person('hillary-clinton', 'Hillary Clinton', 'USA', [],
    [{
      title: 'United States Secretary of State', affiliation: 'U.S. Department of State', country: 'USA',
      from: '2009-01-21', to: '2013-02-01',
    }]),
  person('robert-gates', 'Robert Gates', 'USA', [],
    [{
      title: 'United States Secretary of Defense', affiliation: 'U.S. Department of Defense', country: 'USA',
      from: '2006-12-18', to: '2011-07-01',
    }]),
  person('james-miller', 'James Miller', 'USA', [],
    [{
      title: 'Under Secretary of Defense for Policy', affiliation: 'U.S. Department of Defense', country: 'USA',
      from: '2012-05', to: '2014-01',
    }]),
  person('barack-obama', 'Barack Obama', 'USA', ['Obama'],
    [{ title: 'President of the United States', country: 'USA', from: '2009-01-20', to: '2017-01-20' }]),
  person('george-w-bush', 'George W. Bush', 'USA', ['George Bush'],
    [{ title: 'President of the United States', country: 'USA', from: '2001-01-20', to: '2009-01-20' }]),
  person('george-h-w-bush', 'George H. W. Bush', 'USA', ['George Bush'],
    [{ title: 'President of the United States', country: 'USA', from: '1989-01-20', to: '1993-01-20' }]),
  person('jens-stoltenberg', 'Jens Stoltenberg', 'NOR', [],
    [{ title: 'Secretary General of NATO', affiliation: 'NATO', country: null, from: '2014-10-01' }]),
  state('russia', 'Russia', 'RUS', ['Russian Federation', 'Moscow', 'the Kremlin']),
  state('united-states', 'United States', 'USA', ['the United States', 'U.S.', 'US', 'Washington', 'America']),
  state('poland', 'Poland', 'POL', ['Warsaw']),
  state('romania', 'Romania', 'ROU', []),
  state('china', 'China', 'CHN', ['Beijing']),
  state('ukraine', 'Ukraine', 'UKR', ['Kiev']),
  state('switzerland', 'Switzerland', 'CHE', []),
  org('nato', 'NATO', null, ['North Atlantic Treaty Organization', 'the Alliance']),
  org('european-union', 'European Union', null, ['EU', 'the European Union']),
  org('g20', 'G20', null, ['G-20']),
  org('us-department-of-defense', 'U.S. Department of Defense', 'USA',
    ['Pentagon', 'the Pentagon', 'Defense Department']),
  org('tass', 'TASS', 'RUS', ['ITAR-TASS'], 'Russian state news agency.'),
]

let cached: Resources | null = null

/** Fixture gazetteer + the real CAMEO codebook. */
export function fixture(): Resources {
  if (cached) return cached
  const real = loadResources()
  cached = { actors: ACTORS, byId: new Map(ACTORS.map((a) => [a.id, a])), aliases: new Map(), cameo: real.cameo }
  return cached
}

/** Extracts a short passage (published date given) with the fixture gazetteer. */
export function run(text: string, published = '2014-03-05') {
  return extract({ id: 't', raw: text, published }, fixture())
}

/** Ids of the actors a passage names as actors (not places, venues or outlets), participants or not. */
export function namedActors(text: string, published = '2014-03-05', res: Resources = fixture()): string[] {
  const doc = extractDoc({ id: 't', raw: text, published }, res)
  return mentionedActorIds(doc.sentences, doc.cast)
}

/** "source>target:root@date" keys of the events of a passage. */
export function eventKeys(text: string, published = '2014-03-05'): string[] {
  return run(text, published).events.map((e) => `${e.sourceId}>${e.targetId}:${e.cameoCode}@${formatDate(e.date)}`)
}
