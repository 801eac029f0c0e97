// What a verb group says: its head, voice, negation, tense and modal.
import type { SyntaxLexicon } from './lexicon.ts'
import type { Modality, Span, Tense, Token } from './types.ts'

export interface VerbGroup {
  head: number
  passive: boolean
  negated: boolean
  tense: Tense
  modal: string | null
  modality: Modality | null
  /** the group has an auxiliary (a finite verb or a periphrasis) */
  hasAux: boolean
}

/** Reads the verb group `span` of `ts`. `infinitive`: the group follows "to" (no tense of its own). */
export function readVerbGroup(ts: Token[], span: Span, lex: SyntaxLexicon, infinitive: boolean): VerbGroup {
  let head = span.end - 1
  for (let k = span.end - 1; k >= span.start; k--) {
    if (ts[k]?.pos === 'VERB') { head = k; break }
  }
  let negated = false
  let modal: string | null = null
  let modality: Modality | null = null
  let perfect: Token | null = null
  let firstVerbal: Token | null = null
  let hasAux = false
  for (let k = span.start; k < span.end; k++) {
    const t = ts[k] as Token
    if (lex.negators.has(t.lemma) || t.norm === 'never') negated = true
    if (t.pos !== 'AUX' && t.pos !== 'VERB') continue
    firstVerbal ??= t
    if (k === head) continue
    hasAux = true
    const m = lex.modals.get(t.norm)
    if (m && modal === null) {
      modal = t.norm === "'ll" ? 'will' : t.norm === "'d" ? 'would' : t.norm
      modality = m
    }
    if (lex.perfectAuxiliaries.has(t.lemma) && perfect === null) perfect = t
  }
  const h = ts[head] as Token
  // passive: a be/get auxiliary right before a participle-looking head ("was signed", "has been held")
  let passive = false
  if (h.pos === 'VERB' && (h.form === 'past' || h.form === 'participle')) {
    for (let k = head - 1; k >= span.start; k--) {
      const t = ts[k] as Token
      if (t.pos !== 'AUX' && t.pos !== 'VERB') continue
      passive = lex.passiveAuxiliaries.has(t.lemma) && t.form !== null
      break
    }
  }
  if (passive || perfect) {
    // the head after be/have is a participle whatever its spelling ("was put", "had met")
    h.form = 'participle'
  }
  let tense: Tense = 'none'
  if (infinitive) tense = 'none'
  else if (modality === 'future') tense = 'future'
  else if (modal !== null) tense = 'none'
  else if (perfect) tense = perfect.form === 'past' ? 'pluperfect' : 'perfect'
  else if (firstVerbal) {
    const f = firstVerbal.form
    if (f === 'past') tense = 'past'
    else if (f === 'present3' || f === 'base') tense = 'present'
  }
  return { head, passive, negated, tense, modal, modality, hasAux }
}
