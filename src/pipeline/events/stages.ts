// Event stages: threats read from statement contents, dictionary triggers, the other
// statement-content events, participants, dates, and the article's events.
import type { ArticleDoc, Stage } from '../doc.ts'
import type { SpeechSpan } from './draft.ts'
import type { ResolvedDate } from '../types.ts'
import { findEvents, registerContentThreats } from './verbal.ts'
import { ensureProfile } from '../actors/cast.ts'
import { contentEvents, contentThreats } from './content.ts'
import { attitudeEvents } from './attitudes.ts'
import { sideCounts } from './anaphora.ts'
import { sideOf } from '../actors/sides.ts'
import { personOccasions } from '../statements/dating.ts'
import { loadVerbs } from '../resources/verbs.ts'
import { dateEvent, remarkIndex, type DatedSpeech, type EventDating } from './dating.ts'
import { speechIndex } from './speech-index.ts'
import { buildEvent, dedupEvents } from './build.ts'
import { reportable, sameSide } from './filters.ts'

/** The attributed speech with its dates, as the event stages see it. */
function datedSpeech(doc: ArticleDoc): DatedSpeech[] {
  return doc.speech.map((d, i): SpeechSpan & DatedSpeech => ({
    speakerId: d.speakerId, sent: d.last, contentStart: d.contentStart, contentEnd: d.contentEnd,
    date: doc.speechDates[i]!,
  }))
}

export const contentThreatsStage: Stage = {
  name: 'content-threats',
  reads: ['cleaned', 'sentences', 'mentions', 'cast', 'speech', 'speechDates'],
  writes: ['contentThreats', 'acts'],
  run(doc) {
    doc.contentThreats = contentThreats(doc.sentences, doc.cleaned.text, datedSpeech(doc), doc.cast)
    registerContentThreats(doc.acts, doc.contentThreats.flat())
  },
}

export const verbalEventsStage: Stage = {
  name: 'verbal-events',
  reads: ['sentences', 'syntax', 'mentions', 'cast', 'speech', 'speechDates', 'acts'],
  writes: ['eventDrafts', 'acts'],
  run(doc) {
    let counts: Map<string, number> | undefined
    const { sentences: sents, cast, syntax } = doc
    doc.eventDrafts = findEvents({
      sents, syntax, cast, lex: loadVerbs(), speech: speechIndex(datedSpeech(doc), sents), acts: doc.acts,
      sideCounts: () => (counts ??= sideCounts(sents, cast)),
    })
  },
}

export const contentEventsStage: Stage = {
  name: 'content-events',
  reads: ['cleaned', 'sentences', 'mentions', 'cast', 'speech', 'speechDates', 'acts', 'contentThreats', 'eventDrafts'],
  writes: ['eventDrafts'],
  run(doc) {
    const speech = datedSpeech(doc)
    const found = contentEvents(doc.sentences, doc.cleaned.text, speech, doc.cast, doc.acts, doc.contentThreats)
    let counts: Map<string, number> | undefined
    const attitudes = attitudeEvents(doc.sentences, doc.cleaned.text, speech, doc.cast,
      () => (counts ??= sideCounts(doc.sentences, doc.cast)))
    doc.eventDrafts = [...doc.eventDrafts, ...found, ...attitudes]
  },
}

/** Events between two different actors of different sides, both of them in the cast (gazetteer actors join it). */
export const participantsStage: Stage = {
  name: 'participants',
  reads: ['eventDrafts', 'cast'],
  writes: ['eventDrafts', 'cast'],
  run(doc) {
    doc.eventDrafts = doc.eventDrafts.filter((e) =>
      e.sourceId !== e.targetId && ensureProfile(doc.cast, e.sourceId) && ensureProfile(doc.cast, e.targetId) &&
      !sameSide(doc.cast, e))
  },
}

export const eventDatesStage: Stage = {
  name: 'event-dates',
  reads: ['input', 'sentences', 'mentions', 'cast', 'dates', 'speech', 'speechDates', 'eventDrafts'],
  writes: ['datedEvents'],
  run(doc) {
    const { cast, sentences: sents } = doc
    const isPerson = (id: string) => cast.profiles.get(id)?.record.kind === 'person'
    const datesOf = (k: number) => doc.dates.bySentence[k]!
    let persons: Map<string, ResolvedDate> | undefined
    const speech = datedSpeech(doc)
    const dating: EventDating = {
      dates: doc.dates.bySentence, fallback: doc.dates.fallback, speech: speechIndex(speech, sents),
      remarks: remarkIndex(speech), isPerson,
      persons: () => (persons ??= personOccasions(doc.speech, sents, datesOf, doc.input.published, isPerson,
        (id) => sideOf(cast, id))),
    }
    doc.datedEvents = doc.eventDrafts.map((e) => ({ ...e, date: dateEvent(e, dating) }))
  },
}

export const eventsStage: Stage = {
  name: 'events',
  reads: ['input', 'resources', 'cleaned', 'sentences', 'cast', 'datedEvents'],
  writes: ['events'],
  run(doc) {
    doc.events = dedupEvents(doc.datedEvents.filter(reportable)).map((e) => buildEvent(doc, e))
  },
}
