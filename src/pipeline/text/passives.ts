// Passives: the agent of a passive verb ("was confirmed by X", "at X's initiative"), reduced passives ("the
// treaty, signed by X"), and the actors coordinated after an agent ("by Reagan and Gorbachev").
import type { Mention } from '../actors/mentions.ts'
import type { SentenceCtx } from '../doc.ts'
import { lexiconWords } from '../resources/lexicon.ts'
import { isAdverb } from './verb-group.ts'
import { idsOf, type Subject } from './clauses.ts'

const CONJUNCT_OPENERS = lexiconWords('grammar', 'conjunctOpeners')
const INITIATIVE = lexiconWords('grammar', 'initiativeNouns')
const PASSIVE_AUX = lexiconWords('grammar', 'passiveAuxiliaries')

/** The agent of a passive ("was confirmed by X", "at X's initiative"). */
export function passiveAgent(s: SentenceCtx, vi: number, limit = 12): Subject | null {
  for (let j = vi + 1; j < Math.min(s.tokens.length, vi + limit); j++) {
    const t = s.tokens[j]!
    if (t.text === '.' || t.text === ';') break
    if (t.norm === 'by') {
      const m = s.mentions.find((x) => x.ti === j + 1 || (x.ti === j + 2 && s.tokens[j + 1]?.norm === 'the'))
      if (m && (m.actorId || m.members)) return coordinatedAfter(s, m)
    }
    if (INITIATIVE.has(t.norm)) {
      const m = s.mentions.find((x) => x.possessive && x.tj === j - 1)
      if (m && m.actorId) return { ids: [m.actorId], mentions: [m] }
    }
  }
  return null
}

/** A mention and the actors coordinated after it: "by Reagan and Soviet leader Gorbachev". */
export function coordinatedAfter(s: SentenceCtx, m: Mention): Subject {
  const out: Mention[] = [m]
  let cur = m
  for (let n = 0; n < 4; n++) {
    const c = s.tokens[cur.tj]
    if (!c || !(c.norm === 'and' || c.text === ',')) break
    let k = cur.tj + 1
    if (s.tokens[k]?.norm === 'and') k++
    if (s.tokens[k] && CONJUNCT_OPENERS.has(s.tokens[k]!.norm)) k++
    const next = s.mentions.find((x) => x.ti === k && (x.actorId || x.members) && !x.locative)
    if (!next) break
    out.push(next)
    cur = next
  }
  if (out.length > 1 && s.tokens[out[out.length - 1]!.ti - 1]?.norm !== 'and' &&
    s.tokens[out[out.length - 1]!.ti - 2]?.norm !== 'and') out.splice(1)
  return { ids: [...new Set(out.flatMap(idsOf))], mentions: out }
}

/** A past participle right before "by <actor>": a reduced passive ("the treaty, signed by X"). */
export function reducedPassive(s: SentenceCtx, vi: number): boolean {
  const v = s.tokens[vi]
  if (!v || !/(ed|en|wn|ne|lt|id|ld|t)$/.test(v.norm)) return false
  let j = vi + 1
  while (isAdverb(s.tokens[j])) j++
  return s.tokens[j]?.norm === 'by' &&
    s.mentions.some((m) => (m.ti === j + 1 || (m.ti === j + 2 && s.tokens[j + 1]?.norm === 'the')) &&
      (m.actorId || m.members))
}

export function isPassive(s: SentenceCtx, vi: number): boolean {
  const v = s.tokens[vi]
  if (!v || !/(ed|en|wn|ne|lt|id|ld|t)$/.test(v.norm)) return false
  let i = vi - 1
  while (i >= 0 && isAdverb(s.tokens[i])) i--
  const aux = s.tokens[i]?.norm
  return PASSIVE_AUX.has(aux ?? '')
}
