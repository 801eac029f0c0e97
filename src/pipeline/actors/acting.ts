// Actors that act in the article's own narration: the named subject of a clause the journalist reports ("Kenya
// recalled its envoy", "Seoul and Tokyo held talks", "…, the ministry said"), outside any quote or reported speech.
// They join the participants even when no statement or event of theirs was kept (guideline D10: an actor is a
// participant; these are the participants the event and statement rules may have missed). Linear: one pass over
// the clauses of each sentence.
import type { ParsedText } from '../syntax/types.ts'
import type { SentenceCtx } from '../doc.ts'
import { syntaxClauses } from '../syntax/alignment.ts'
import { loadSyntaxLexicon } from '../syntax/lexicon.ts'
import { lexiconWords } from '../resources/lexicon.ts'

/** Clause kinds whose subject is a participant in the narration (not content, not a modifier). */
const NARRATIVE_KINDS = lexiconWords('references', 'actingClauseKinds')
const SUBJECT_SOURCES = lexiconWords('references', 'actingSubjectSources')

/** Ids of the actors named as the subject of a narrated clause (not inside quotes or reported speech). */
export function actingSubjects(sents: SentenceCtx[], parsed: ParsedText): Set<string> {
  const ids = new Set<string>()
  const copulas = loadSyntaxLexicon().copulas
  for (const s of sents) {
    if (s.skip) continue
    const named = s.mentions.filter((m) => m.actorId && m.kind !== 'pronoun' && !m.quoted)
    if (named.length === 0) continue
    for (const { sentence, clause } of syntaxClauses(parsed, s)) {
      if (!NARRATIVE_KINDS.has(clause.kind) || !SUBJECT_SOURCES.has(clause.subjectFrom)) continue
      if (clause.reportedBy !== null || clause.passive || inQuote(sentence.text, sentence.tokens[clause.start]!.start -
        sentence.start)) continue
      if (copulas.has(sentence.tokens[clause.head]!.lemma)) continue
      for (const arg of clause.subject) {
        const head = sentence.tokens[arg.head]
        if (!head) continue
        const m = named.find((x) => x.start <= head.start && x.end >= head.end)
        if (m) ids.add(m.actorId!)
      }
    }
  }
  return ids
}

/** Is character `at` of a sentence's text inside an open double quotation? (an odd number of quotes before it) */
function inQuote(text: string, at: number): boolean {
  let n = 0
  for (let i = 0; i < at && i < text.length; i++) if (text[i] === '"') n++
  return n % 2 === 1
}
