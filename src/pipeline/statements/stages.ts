// Statement stages: attributed speech (direct quotes and reported speech), "I"/"we" inside quotes, the
// speakers' profiles, the date of each remark, and the statements (repeats dropped, with evidence).
import type { Stage } from '../doc.ts'
import type { ExtractedStatement } from '../types.ts'
import { ensureProfile, type Cast } from '../actors/cast.ts'
import { sideOf } from '../actors/sides.ts'
import { dedupStatements, findStatements, type StatementDraft } from './speech.ts'
import { dateStatements } from './dating.ts'
import { evidence } from '../text/evidence.ts'
import { lexiconTable, lexiconWords } from '../resources/lexicon.ts'
import { z } from 'zod'

export const speechStage: Stage = {
  name: 'speech',
  reads: ['cleaned', 'sentences', 'mentions'],
  writes: ['speech', 'mentions'],
  run(doc) {
    doc.speech = findStatements(doc.cleaned.text, doc.sentences)
  },
}

const FIRST_PERSON = lexiconWords('grammar', 'firstPersonSingular')
const FIRST_PLURAL = lexiconWords('grammar', 'firstPersonPlural')
const PRONOUN_GENDER = lexiconTable('grammar', 'pronounGenders', z.enum(['m', 'f']))

/** "I"/"we" inside a direct quote are the speaker (and the speaker's side); its mentions are quoted. */
export const quotePronounsStage: Stage = {
  name: 'quote-pronouns',
  reads: ['sentences', 'mentions', 'speech', 'cast'],
  writes: ['mentions'],
  run(doc) {
    for (const d of doc.speech) {
      if (!d.direct) continue
      for (let k = d.first; k <= d.last; k++) {
        for (const m of doc.sentences[k]!.mentions) {
          if (!(d.spans ?? [[d.contentStart, d.contentEnd]]).some(([a, b]) => m.start >= a && m.end <= b)) continue
          m.quoted = true
          if (m.kind !== 'pronoun') continue
          if (FIRST_PERSON.has(m.pronoun!)) m.actorId = d.speakerId
          else if (FIRST_PLURAL.has(m.pronoun!)) m.actorId = sideOf(doc.cast, d.speakerId) ?? d.speakerId
        }
      }
    }
  },
}

/** Speech whose speaker is no actor is dropped; speakers known only to the gazetteer join the cast. */
export const speakersStage: Stage = {
  name: 'speakers',
  reads: ['speech', 'cast'],
  writes: ['speech', 'cast'],
  run(doc) {
    doc.speech = doc.speech.filter((d) => ensureProfile(doc.cast, d.speakerId))
    continuedSpeakers(doc.speech, doc.cast)
  },
}

/** '… X said Y would decide. "…," he said': "he" read as a person named only inside the previous remark's content
 *  is that remark's speaker going on (2.2: people named only in somebody else's statement are not actors), when the
 *  pronoun fits the speaker. */
function continuedSpeakers(speech: StatementDraft[], cast: Cast): void {
  let prev: StatementDraft | null = null
  for (const d of speech) {
    const p = prev
    prev = d
    if (!p || !d.pronoun || p.speakerId === d.speakerId || !p.named?.includes(d.speakerId)) continue
    const speaker = cast.profiles.get(p.speakerId)
    const want = PRONOUN_GENDER.get(d.pronoun)
    if (!want || speaker?.record.kind !== 'person' || (speaker.gender !== 'u' && speaker.gender !== want)) continue
    d.speakerId = p.speakerId
  }
}

export const speechDatesStage: Stage = {
  name: 'speech-dates',
  reads: ['input', 'sentences', 'mentions', 'cast', 'dates', 'speech'],
  writes: ['speechDates'],
  run(doc) {
    const isPerson = (id: string) => doc.cast.profiles.get(id)?.record.kind === 'person'
    const datesOf = (k: number) => doc.dates.bySentence[k]!
    const { fallback } = doc.dates
    doc.speechDates = dateStatements(doc.speech, doc.sentences, datesOf, fallback, doc.input.published, isPerson)
  },
}

export const statementsStage: Stage = {
  name: 'statements',
  reads: ['input', 'cleaned', 'sentences', 'speech', 'speechDates'],
  writes: ['statements'],
  run(doc) {
    const dateOf = new Map(doc.speech.map((d, i) => [d, doc.speechDates[i]!]))
    doc.statements = dedupStatements(doc.speech).map((d): ExtractedStatement => ({
      speakerId: d.speakerId, text: d.text, direct: d.direct, date: dateOf.get(d)!,
      evidence: evidence(doc, d.first, d.last),
    }))
  },
}
