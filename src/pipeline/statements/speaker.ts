// The speaker of a speech verb: the clause subject (clauses.ts `subjectOf`), else a speaker separated
// from its verb by a comma-delimited phrase: an apposition or participle the title rules do not know
// ("Ivanov, speaking after the talks, insisted", "Petrov, head of the delegation since May, said").
import type { SentenceCtx } from '../doc.ts'
import { mainSubject, subjectOf, type Subject } from '../text/clauses.ts'
import { skippable, SPEECH_FORMS } from '../text/verb-group.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const COORDINATORS = lexiconWords('grammar', 'clauseCoordinators')
const ARTICLES = lexiconWords('grammar', 'articles')
const PREPOSITIONS = lexiconWords('grammar', 'prepositions')

const MAX_PHRASE = 16

export function speakerOf(s: SentenceCtx, vi: number): Subject | null {
  // "X insisted (that) A … and said B": a coordinated speech verb shares the main clause's subject
  let i = vi - 1
  while (i >= 0 && skippable(s.tokens[i])) i--
  if (COORDINATORS.has(s.tokens[i]?.norm ?? '')) return mainSubject(s, i)
  const subj = subjectOf(s, vi)
  // "Analysts in Moscow said": a place after the unnamed speaker is not the speaker
  if (subj && subj.mentions.length === 1 && subj.mentions[0]!.locative &&
    s.tokens[subj.mentions[0]!.ti - 2]?.word) return null
  return subj ?? titledName(s, i) ?? acrossPhrase(s, vi)
}

/** "The Czech prime minister, Jan Fischer, said": a title-and-name mention opening the sentence, closed by the
 *  comma at `i`. */
function titledName(s: SentenceCtx, i: number): Subject | null {
  if (s.tokens[i]?.text !== ',') return null
  const m = s.mentions.find((o) => o.tj === i && (o.actorId || o.members) && !o.possessive && !o.quoted)
  if (!m || !s.tokens.slice(0, m.ti).every((t) => ARTICLES.has(t.norm))) return null
  return { ids: m.members ?? [m.actorId!], mentions: [m] }
}

/** "X, <phrase>, VERB": the actor mention ending right before the phrase's opening comma. */
function acrossPhrase(s: SentenceCtx, vi: number): Subject | null {
  const tk = s.tokens
  let i = vi - 1
  while (i >= 0 && skippable(tk[i])) i--
  if (tk[i]?.text !== ',') return null
  for (let j = i - 1, n = 0; j > 0 && n < MAX_PHRASE; j--, n++) {
    const x = tk[j]!
    if (x.text === '.' || x.text === ';' || x.text === '"' || x.text === ':') return null
    // the phrase is not a clause of its own ("X, Y said, …")
    if (x.word && !x.cap && SPEECH_FORMS.has(x.norm) && !x.norm.endsWith('ing') && x.norm !== 'quoted') return null
    if (x.text !== ',') continue
    const m = s.mentions.find((o) => o.tj === j && (o.actorId || o.members) && !o.possessive && !o.quoted &&
      !o.locative)
    if (!m || j === i) return null
    const prev = tk[m.ti - 1]
    if (prev?.word && PREPOSITIONS.has(prev.norm)) return null
    return { ids: m.members ?? [m.actorId!], mentions: [m] }
  }
  return null
}
