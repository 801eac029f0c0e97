// Clause frames (the syntax layer) as the event rules use them: the clause whose verb group holds a trigger, and
// the infinitive a coordinated verb shares ("would like to resume inspections and discuss the treaty": discuss is
// governed by "like to" as much as resume is); whether a nominal act sits in a conditional clause.
import type { SentenceCtx } from '../doc.ts'
import type { Clause, Modality, ParsedText, Sentence } from '../syntax/types.ts'
import { syntaxTokenAt } from '../syntax/alignment.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const CONDITIONS = lexiconWords('content-frames', 'conditions')
const REVERSING = lexiconWords('events', 'reversingVerbs')
/** how many modifier words may stand between a reversing verb and the act it governs ("abandon his new threat") */
const MODIFIERS = 4

/** The clause whose verb group holds the token at cleaned offset `at`. */
export function clauseAt(parsed: ParsedText, at: number): { sentence: Sentence; clause: Clause } | null {
  const hit = syntaxTokenAt(parsed, at)
  if (!hit) return null
  const i = hit.token.i
  const clause = hit.sentence.clauses.find((c) => i >= c.verb.start && i < c.verb.end)
  return clause ? { sentence: hit.sentence, clause } : null
}

/** For a verb coordinated with an infinitive ("to resume X and discuss Y"), the index in `s` of that infinitive's
 *  verb, so that the verb takes its controller and modality; else null. */
export function sharedInfinitive(parsed: ParsedText, s: SentenceCtx, ti: number): number | null {
  const tok = s.tokens[ti]
  if (!tok) return null
  let ref = clauseAt(parsed, tok.start)
  // climb coordinate chains ("to resume, extend and discuss")
  for (let n = 0; ref && ref.clause.kind === 'coordinate' && n < 4; n++) {
    const gov = ref.clause.governor === null ? undefined : ref.sentence.clauses[ref.clause.governor]
    if (!gov) return null
    if (gov.kind === 'infinitive') {
      const head = ref.sentence.tokens[gov.head]
      if (!head) return null
      const k = s.tokens.findIndex((t) => t.start === head.start)
      return k > 0 && s.tokens[k - 1]?.norm === 'to' ? k : null
    }
    ref = { sentence: ref.sentence, clause: gov }
  }
  return null
}

/** The innermost clause whose span (with its marker) holds the token at cleaned offset `at`. */
function innermost(parsed: ParsedText, at: number): { sentence: Sentence; clause: Clause | null; i: number } | null {
  const hit = syntaxTokenAt(parsed, at)
  if (!hit) return null
  const i = hit.token.i
  let best: Clause | null = null
  for (const c of hit.sentence.clauses) {
    const from = c.marker !== null ? Math.min(c.marker, c.start) : c.start
    if (i >= from && i < c.end && (!best || c.end - c.start < best.end - best.start)) best = c
  }
  return { sentence: hit.sentence, clause: best, i }
}

/** Modalities under which a nominal act is not reported as happening. */
function unreal(m: Modality | null): boolean {
  switch (m) {
    case 'future': case 'conditional': case 'possibility': case 'expectation': return true
    default: return false
  }
}

/** A nominal act in a clause that does not report it as happening ("will hold talks", "would abandon his threat"). */
export function unrealClause(parsed: ParsedText, at: number): boolean {
  const hit = innermost(parsed, at)
  const c = hit?.clause
  if (!hit || !c || !(c.tense === 'future' || unreal(c.modality))) return false
  // the subject is presupposed ("his visit will give a new impetus"): only the predicate is unreal
  return !c.subject.some((arg) => hit.i >= arg.start && hit.i < arg.end)
}

/** The act at cleaned offset `at` is the object of a reversing verb ("abandon his threat", "scrapped plans"). */
export function reversed(parsed: ParsedText, at: number): boolean {
  const hit = syntaxTokenAt(parsed, at)
  if (!hit) return false
  const tk = hit.sentence.tokens
  for (let k = hit.token.i - 1, n = 0; k >= 0 && n <= MODIFIERS; k--, n++) {
    const t = tk[k]!
    if (t.pos === 'VERB') return REVERSING.has(t.lemma)
    if (!['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'PART', 'ADV'].includes(t.pos)) return false
  }
  return false
}

/** Whether the token at cleaned offset `at` sits in a conditional clause ("if negotiations between A and B …"):
 *  the innermost clause holding it is an adverbial clause opened by a condition word. */
export function inCondition(parsed: ParsedText, at: number): boolean {
  const hit = innermost(parsed, at)
  const best = hit?.clause
  const marker = !best || best.marker === null ? undefined : hit.sentence.tokens[best.marker]
  return best?.kind === 'adverbial' && !!marker && CONDITIONS.has(marker.norm)
}
