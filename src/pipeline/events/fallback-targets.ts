// Fallback targets and object words of a trigger when its object window names no actor:
// the actors of a threat's condition ("… if the United States and NATO press ahead"), of a noun's
// that-clause ("guarantees that NATO will not expand"), and the head noun of a relative clause
// ("the treaty, which he signed with X" → "treaty" codes the signing).
import type { SentenceCtx } from '../doc.ts'
import { contentActors, type Target } from './targets.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const events = (name: string) => lexiconWords('events', name)
const CLAUSE_END = events('clauseEnds')
const RELATIVE_HEADS = events('relativeHeads')
const AGREEMENT_DETERMINERS = events('agreementDeterminers')
const RELATIVE_OPENERS = lexiconWords('grammar', 'relativeOpeners')
const CONDITIONALS = lexiconWords('content-frames', 'conditions')

function clauseEnd(s: SentenceCtx, from: number): number {
  for (let k = from; k < s.tokens.length; k++) {
    const t = s.tokens[k]!
    if (t.text === ';' || t.text === '.' || (t.text === ',' && CLAUSE_END.has(s.tokens[k + 1]?.norm ?? ''))) return k
  }
  return s.tokens.length
}

/** Actors of an "if/unless" clause after the trigger (the addressees of a conditional threat). */
export function conditionTarget(s: SentenceCtx, from: number, exclude: Set<string>): Target | null {
  for (let k = from; k < s.tokens.length && k - from < 30; k++) {
    const t = s.tokens[k]!
    if (t.text === '.' || t.text === ';') return null
    if (CONDITIONALS.has(t.norm)) {
      const ids = contentActors(s, k + 1, clauseEnd(s, k + 1), exclude)
      return ids.length ? { ids, prep: null, how: 'content' } : null
    }
  }
  return null
}

const THAT_NOUNS = events('thatNouns')

/** Actors of the that-clause of the object noun: "guarantees that NATO will not expand". */
export function thatClauseTarget(s: SentenceCtx, from: number, end: number, exclude: Set<string>): Target | null {
  for (let k = from + 1; k < Math.min(end, s.tokens.length); k++) {
    if (s.tokens[k]!.norm !== 'that' || !THAT_NOUNS.has(s.tokens[k - 1]!.norm)) continue
    const ids = contentActors(s, k + 1, Math.min(clauseEnd(s, k + 1), k + 16), exclude)
    return ids.length ? { ids: ids.slice(0, 1), prep: null, how: 'content' } : null
  }
  return null
}

/** Words of the head of a relative clause whose subject starts at `subj` (", which he signed"). */
export function relativeHead(s: SentenceCtx, subj: number): string[] {
  for (let k = subj - 1; k >= Math.max(0, subj - 2); k--) {
    const n = s.tokens[k]!.norm
    if (RELATIVE_HEADS.has(n)) return s.tokens.slice(Math.max(0, k - 6), k).map((t) => t.norm)
  }
  // a contact clause: "the treaty Bush and Putin signed" (an agreement noun right before the subject)
  if (AGREEMENT_NOUNS.has(s.tokens[subj - 1]?.norm ?? '') &&
    AGREEMENT_DETERMINERS.has(s.tokens[subj - 2]?.norm ?? '')) return [s.tokens[subj - 1]!.norm]
  return []
}
const AGREEMENT_NOUNS = events('agreementNouns')

/** End of a content span before a relative clause (", which he signed with Obama"). */
export function relEnd(s: SentenceCtx, from: number): number {
  for (let k = from; k < s.tokens.length; k++) {
    if (s.tokens[k]!.text === ',' &&
    RELATIVE_OPENERS.has(s.tokens[k + 1]?.norm ?? '')) return k
  }
  return s.tokens.length
}
