// The extractor: one article (raw text + publication date) → its actors, statements and events.
// Pure and rule-based: the stages below run in order over one ArticleDoc (doc.ts); each declares the layers it
// reads and writes. No database, no network; the same input always gives the same output.
import type { ArticleInput, Extraction } from './types.ts'
import { newDoc, type ArticleDoc, type Stage } from './doc.ts'
import { loadResources, type Resources } from './resources/load.ts'
import { cleanStage, datesStage, sentencesStage } from './text/stages.ts'
import { syntaxStage } from './syntax/stage.ts'
import { actorsStage, allianceStage, namesStage, organisationsStage, resolutionStage } from './actors/stages.ts'
import {
  quotePronounsStage, speakersStage, speechDatesStage, speechStage, statementsStage,
} from './statements/stages.ts'
import {
  contentEventsStage, contentThreatsStage, eventDatesStage, eventsStage, participantsStage, verbalEventsStage,
} from './events/stages.ts'

export { toOutput, type OutputJson } from './output.ts'

export const STAGES: readonly Stage[] = [
  cleanStage,
  sentencesStage,
  syntaxStage,
  datesStage,
  namesStage,
  organisationsStage,
  resolutionStage,
  speechStage,
  quotePronounsStage,
  speakersStage,
  speechDatesStage,
  statementsStage,
  allianceStage,
  contentThreatsStage,
  verbalEventsStage,
  contentEventsStage,
  participantsStage,
  eventDatesStage,
  eventsStage,
  actorsStage,
]

/** Runs every stage over one article and returns the whole doc (tests and tools read its inner layers). */
export function extractDoc(input: ArticleInput, resources: Resources = loadResources()): ArticleDoc {
  const doc = newDoc(input, resources)
  for (const stage of STAGES) stage.run(doc)
  return doc
}

export function extract(input: ArticleInput, resources: Resources = loadResources()): Extraction {
  const doc = extractDoc(input, resources)
  const { actors, statements, events } = doc
  return { articleId: input.id, published: input.published, cleaned: doc.cleaned.text, actors, statements, events }
}
