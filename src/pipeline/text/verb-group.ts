// The verb group: every form of the speech verbs (lemmas in data/lexicon/speech.json), adverbs, and the
// auxiliaries and adverbs that may sit between a subject and its verb.
import { z } from 'zod'
import type { Token } from './tokens.ts'
import { inflect } from '../resources/inflection.ts'
import { lexiconTable, lexiconWords } from '../resources/lexicon.ts'

const VERB_GROUP = lexiconWords('grammar', 'verbGroupWords')
const NOT_ADVERBS = lexiconWords('grammar', 'notAdverbs')

/** Every inflected form of the speech verbs → lemma. */
export const SPEECH_FORMS = new Map<string, string>()
for (const l of lexiconWords('speech', 'speechVerbs')) for (const f of inflect(l)) SPEECH_FORMS.set(f.form, l)
for (const [form, l] of lexiconTable('speech', 'extraSpeechForms', z.string())) SPEECH_FORMS.set(form, l)

export function isAdverb(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && t.norm.length > 4 && t.norm.endsWith('ly') && !NOT_ADVERBS.has(t.norm)
}

export function skippable(t: Token | undefined): boolean {
  return !!t && t.word && (VERB_GROUP.has(t.norm) || isAdverb(t))
}
