// Guideline filters on the event drafts (GUIDELINES 4.2, 4.7, D9, 1):
// - an act between an actor and its own side (a minister and his state, two officials of one state) is domestic
//   procedure, not an event between parties;
// - acts known only by year are not annotated (the date format has no year-only form);
// - root 01 (a remark with no better code) is informative speech: a statement, not an event.
import type { Cast } from '../actors/cast.ts'
import { sideOf } from '../actors/sides.ts'
import type { DatedEvent } from '../doc.ts'
import type { EventDraft } from './draft.ts'

/** Source and target act for the same side (a person and the state or organization they represent). */
export function sameSide(cast: Cast, e: Pick<EventDraft, 'sourceId' | 'targetId'>): boolean {
  const a = sideOf(cast, e.sourceId)
  const b = sideOf(cast, e.targetId)
  return !!a && a === b
}

/** Whether a dated event is one the guideline annotates. */
export function reportable(e: DatedEvent): boolean {
  return e.date.precision !== 'year' && !e.code.startsWith('01')
}
