// Actor stages: names and discovered people, common-noun organisations, resolution of every mention
// (surnames, descriptions, pronouns, groups) to the article's cast, and the final actor list.
import type { Stage } from '../doc.ts'
import { findNamed } from './named.ts'
import { resolveAll } from './resolve.ts'
import { articleActors } from './article-actors.ts'
import { actingSubjects } from './acting.ts'
import { addOrgMentions } from './organisations.ts'
import { allianceMentions } from './alliance.ts'

export const namesStage: Stage = {
  name: 'names',
  reads: ['input', 'resources', 'sentences'],
  writes: ['mentions', 'cast'],
  run(doc) {
    doc.cast = { profiles: new Map(), published: doc.input.published, res: doc.resources }
    findNamed(doc.sentences, doc.resources, doc.input.published, doc.cast.profiles)
  },
}

export const organisationsStage: Stage = {
  name: 'organisations',
  reads: ['resources', 'sentences', 'mentions'],
  writes: ['mentions'],
  run(doc) {
    addOrgMentions(doc.sentences, doc.resources)
  },
}

export const resolutionStage: Stage = {
  name: 'resolution',
  reads: ['sentences', 'mentions', 'cast'],
  writes: ['mentions', 'cast'],
  run(doc) {
    resolveAll(doc.sentences, doc.cast)
  },
}

/** "the alliance" is NATO once NATO is named (a mention for events to take as subject or object). */
export const allianceStage: Stage = {
  name: 'alliance',
  reads: ['sentences', 'mentions', 'cast'],
  writes: ['mentions'],
  run(doc) {
    allianceMentions(doc.sentences, doc.cast)
  },
}

export const actorsStage: Stage = {
  name: 'actors',
  reads: ['sentences', 'syntax', 'mentions', 'cast', 'statements', 'events'],
  writes: ['actors'],
  run(doc) {
    const speakers = doc.statements.map((s) => s.speakerId)
    const acting = actingSubjects(doc.sentences, doc.syntax)
    const participants = [...speakers, ...doc.events.flatMap((e) => [e.sourceId, e.targetId!]), ...acting]
    doc.actors = articleActors(doc.sentences, doc.cast, participants)
  },
}
