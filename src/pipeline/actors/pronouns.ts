// Pronoun resolution: he/she → the most salient compatible person (same-sentence subject first, then earlier
// sentences' subjects; gender from first names), it/its → a state or organisation subject before it, "they said" →
// the previous sentence's plural subject.
import type { SentenceCtx } from '../doc.ts'
import type { Mention } from './mentions.ts'
import type { Cast } from './cast.ts'
import { z } from 'zod'
import { lexiconTable, lexiconWords } from '../resources/lexicon.ts'

const PREPOSITIONS = lexiconWords('grammar', 'prepositions')
const THEY_SAY = lexiconWords('speech', 'theySpeechForms')
const THEY_VERB_GROUP = lexiconWords('grammar', 'theyVerbGroup')
const PRONOUN_GENDER = lexiconTable('grammar', 'pronounGenders', z.enum(['m', 'f']))
const THING_PRONOUNS = lexiconWords('grammar', 'thingPronouns')

/** A person mentioned so far: where, and whether as a sentence's subject. */
export interface PersonMention { id: string; sent: number; ti: number; subj: boolean }

/** A mention that may be its sentence's subject: not a place, not after a preposition. */
export function isSubject(s: SentenceCtx, m: Mention): boolean {
  const prev = s.tokens[m.ti - 1]
  return !m.locative && (!prev || !prev.word || !PREPOSITIONS.has(prev.norm))
}

/** "they said": the previous sentence's plural subject ("Russia and China …", "Russian officials …"). */
function resolveThey(m: Mention, s: SentenceCtx, prev: SentenceCtx | undefined): void {
  let k = m.tj
  while (s.tokens[k] && THEY_VERB_GROUP.has(s.tokens[k]!.norm)) k++
  if (!prev || !THEY_SAY.has(s.tokens[k]?.norm ?? '')) return
  const ms = prev.mentions.filter((x) => (x.actorId || x.members) && x.kind !== 'pronoun' && !x.locative)
  const first = ms[0]
  if (!first) return
  const second = ms[1]
  const and = second && prev.tokens.slice(first.tj, second.ti).every((t) => t.norm === 'and' || t.norm === 'the')
  if (first.members) m.members = first.members
  else if (and && second?.actorId) m.members = [first.actorId!, second.actorId]
  else if (first.kind === 'group' || (first.kind === 'description' && first.plural)) m.actorId = first.actorId
}

/** Resolves pronoun `m` of sentence `s`; `people`: persons mentioned so far, `all`: the sentence's mentions. */
export function resolvePronoun(
  m: Mention, s: SentenceCtx, cast: Cast, people: PersonMention[], all: Mention[], prev?: SentenceCtx,
): void {
  const w = m.pronoun!
  if (w === 'they') return resolveThey(m, s, prev)
  const want = PRONOUN_GENDER.get(w)
  if (want) {
    const ok = (id: string) => {
      const g = cast.profiles.get(id)?.gender ?? 'u'
      return g === 'u' || g === want
    }
    // a person named inside a quotation is not the one "he" said it ('"… Putin won't stop," he said')
    const quoted = (ti: number) => s.tokens.slice(0, ti).filter((t) => t.text === '"').length % 2 === 1
    // the people of this and the three previous sentences (people are in sentence order)
    let from = people.length
    while (from > 0 && people[from - 1]!.sent >= s.index - 3) from--
    const near = people.slice(from)
    // "Obama, he said, reserves the right …": the person before an inserted attribution is the content's subject
    const inserted = s.tokens[m.ti - 1]?.text === ',' && THEY_SAY.has(s.tokens[m.tj]?.norm ?? '') &&
      s.tokens[m.tj + 1]?.text === ','
    const same = inserted ? [] : near.filter((p) => p.sent === s.index && p.ti < m.ti && !quoted(p.ti))
    const order = [...same.filter((p) => p.subj), ...same.filter((p) => !p.subj).reverse()]
    for (let back = 1; back <= 3; back++) {
      const earlier = near.filter((p) => p.sent === s.index - back)
      order.push(...earlier.filter((p) => p.subj).reverse(), ...earlier.filter((p) => !p.subj).reverse())
    }
    const hit = order.find((p) => ok(p.id))
    if (hit) m.actorId = hit.id
  } else if (THING_PRONOUNS.has(w)) {
    const isPerson = (id: string) => cast.profiles.get(id)?.record.kind === 'person'
    const before = all.filter((x) => x.ti < m.ti && x.actorId && x.kind !== 'pronoun' && !isPerson(x.actorId))
    if (before[0] && isSubject(s, before[0])) m.actorId = before[0].actorId
    // "The ministry welcomed the deal. It said …": a sentence-initial "it said" takes the previous sentence's subject
    else if (!before[0] && m.ti === 0 && prev && THEY_SAY.has(s.tokens[m.tj]?.norm ?? '')) {
      const subj = prev.mentions.find((x) => x.actorId && x.kind !== 'pronoun' && !x.locative)
      if (subj && isSubject(prev, subj) && !isPerson(subj.actorId!) &&
        prev.tokens.slice(0, subj.ti).every((t) => (t.word && !t.cap) || t.norm === 'the')) m.actorId = subj.actorId
    }
  }
}
