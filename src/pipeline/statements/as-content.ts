// "X dismissed Y as Z", "calling Y "Z"", "X called Y a Z": the statement "Y is/are Z". A bare "it"
// takes the noun phrase it stands for earlier in the sentence ("When the withdrawal was announced,
// X called it a mistake" → "the withdrawal is a mistake").
import type { SentenceCtx } from '../doc.ts'
import { contentEnd } from './content-text.ts'
import { z } from 'zod'
import { lexiconTable, lexiconWords } from '../resources/lexicon.ts'

const speech = (name: string) => lexiconWords('speech', name)
const grammar = (name: string) => lexiconWords('grammar', name)
/** "as" verbs: `quotes` a quotation may give Z ("calling it \"a mistake\""), `bare` Z without "as" ("called it a
 *  mistake") */
const AS_VERBS =
  lexiconTable('speech', 'asVerbs', z.object({ quotes: z.boolean().optional(), bare: z.boolean().optional() }).strict())
export const AS_LEMMAS: ReadonlySet<string> = new Set(AS_VERBS.keys())
const Y_FIRST = speech('asObjectOpeners')
const NOT_Y = speech('notAsObject')
const DETS = grammar('definiteDeterminers')
const COMPLEMENT_PREPOSITIONS = grammar('nounComplementPrepositions')
const SINGULAR_S = grammar('singularS')
const NP_STOPS = grammar('nounPhraseStops')
const INDEFINITE = grammar('indefiniteArticles')
const ARTICLES = grammar('articles')

/** The head noun is plural ("the US plan" → plan: no; "calls for talks" → calls: yes). */
export function plural(y: string): boolean {
  const w = y.toLowerCase().split(/\s+/)
  const p = w.findIndex((x, i) => i > 0 && COMPLEMENT_PREPOSITIONS.has(x))
  const head = [...w.slice(0, p < 0 ? w.length : p)].reverse().find((x) => /^[a-z-]+$/.test(x)) ?? ''
  return /[^s]s$/.test(head) && !SINGULAR_S.has(head)
}

/** "the withdrawal" for an "it" at token `at`: the last "the/this + lowercase noun" before it that names no actor. */
function antecedent(s: SentenceCtx, cleaned: string, at: number): string | null {
  const tk = s.tokens
  for (let i = at - 2; i >= 0; i--) {
    if (!DETS.has(tk[i]!.norm) || !tk[i + 1]?.word || tk[i + 1]!.cap) continue
    if (s.mentions.some((m) => m.ti <= i + 1 && m.tj > i)) continue
    let j = i + 1
    while (tk[j + 1]?.word && !tk[j + 1]!.cap && j - i < 3 && !NP_STOPS.has(tk[j + 1]!.norm)) j++
    return cleaned.slice(tk[i]!.start, tk[j]!.end)
  }
  return null
}

/** The content of an "as" verb whose object starts at token `after`, or null. */
export function asContent(
  s: SentenceCtx, cleaned: string, lemma: string, after: number,
): { start: number; end: number; text: string } | null {
  const tk = s.tokens
  if (!tk[after]) return null
  const verb = AS_VERBS.get(lemma)
  let asI = tk.findIndex((t, i) => i > after && (t.norm === 'as' || (!!verb?.quotes && t.text === '"')))
  let bare = false
  if ((asI < 0 || asI - after > 14) && verb?.bare && Y_FIRST.has(tk[after]!.norm)) {
    // "called it a mistake": Y then an indefinite Z
    asI = tk.findIndex((t, i) => i > after && i <= after + 5 && INDEFINITE.has(t.norm))
    if (asI < 0 || tk.slice(after, asI).some((t) => !t.word || (NOT_Y.has(t.norm) && t !== tk[after]))) return null
    bare = true
  }
  if (asI < 0 || asI - after > 14) return null
  let yEnd = asI - 1
  let zStart = bare || tk[asI]!.text === '"' ? tk[asI]!.start : tk[asI]!.end
  // 'calling it a "responsible approach"': the article opens Z
  if (tk[asI]!.text === '"' && yEnd > after && ARTICLES.has(tk[yEnd]!.norm)) zStart = tk[yEnd--]!.start
  let y = cleaned.slice(tk[after]!.start, tk[yEnd]!.end)
  if (bare && y.toLowerCase() === 'it') y = antecedent(s, cleaned, after) ?? y
  let zEnd = contentEnd(s, cleaned, zStart)
  const open = cleaned.indexOf('"', zStart)
  if (open >= 0 && cleaned.slice(zStart, open).trim() === '') {
    const close = cleaned.indexOf('"', open + 1)
    if (close > open) zEnd = Math.min(zEnd, close)
  }
  const z = cleaned.slice(zStart, zEnd).replace(/"/g, '').trim().replace(/[.,]+$/, '')
  if (!z || (bare && z.split(/\s+/).length < 2)) return null
  return { start: tk[after]!.start, end: zEnd, text: `${y} ${plural(y) ? 'are' : 'is'} ${z}` }
}
