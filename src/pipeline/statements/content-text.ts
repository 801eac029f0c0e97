// Text of reported content: the span after the attribution, cut at a following participle or
// contrast clause or a trailing source, without a leading dateline/connective or "that".
import type { SentenceCtx } from '../doc.ts'
import { SPEECH_FORMS } from '../text/verb-group.ts'
import { alternatives, lexiconWords } from '../resources/lexicon.ts'

const speech = (name: string) => alternatives(lexiconWords('speech', name))
export const LEADING =
  new RegExp('^(?:[A-Z][\\w.]*(?: [A-Z][\\w.]*)*,? (?:[A-Z][a-z]+ \\d{1,2} )?(?:\\([^)]*\\) )?- |' +
  `(?:${speech('leadingConnectives')}),? )`)
// a following participle or contrast; the attribution's own setting (", in a televised speech …") or timing (", a day
// after …")
const PARTICIPLE_CUT =
  new RegExp(`,\\s+(?:${speech('cutParticiples')})\\b|,\\s+(?:${speech('cutContrasts')})\\s|;\\s|\\s-\\s|` +
  `,\\s+in\\s+an?\\s+(?:[\\w-]+\\s+){0,3}(?:${speech('settingNouns')})\\b|` +
  `,\\s+(?:${speech('timingCuts')})\\s+(?:${speech('timingLinks')})\\s`)
const TRAILING_SOURCE =
  new RegExp(`,\\s+(?:[\\w.'-]+\\s+){0,5}(?:${speech('trailingSourceVerbs')}|according to [^,]+)\\.?\\s*$`)
const RELATIVE =
  new RegExp(`,\\s+(?:${alternatives(lexiconWords('grammar', 'relativePronouns'))})\\s+((?:[\\w'-]+\\s+){1,4})`, 'g')

export function textOf(cleaned: string, a: number, b: number): string {
  let t = cleaned.slice(a, b).trim()
  t = t.replace(LEADING, '').replace(/^that\s+/i, '')
  return t.replace(/[\s.,;:]+$/, '').trim()
}

/** Indirect content without the quotation marks of quoted fragments ('were "disappointing," in' → 'were
 *  disappointing, in'). */
export function unquote(t: string): string {
  return t.replace(/\s*"\s*([,.;:])/g, '$1').replace(/"/g, '').replace(/\s{2,}/g, ' ').replace(/[\s.,;:]+$/, '').trim()
}

/** Cuts a content span at a following participle/contrast clause or a trailing source attribution. */
export function contentEnd(s: SentenceCtx, cleaned: string, from: number): number {
  let end = s.end
  const rest = cleaned.slice(from, end)
  const cut = PARTICIPLE_CUT.exec(rest)
  if (cut) end = from + cut.index
  // ", the Interfax news agency reported." / ", according to X." / " and said …"
  const tail = TRAILING_SOURCE.exec(cleaned.slice(from, end))
  if (tail) end = from + tail.index
  // "…, which it says can fly …": a relative clause reporting speech of its own
  const rel = RELATIVE
  rel.lastIndex = 0
  const rs = cleaned.slice(from, end)
  for (let m = rel.exec(rs); m; m = rel.exec(rs)) {
    if (m[1]!.split(/\s+/).some((w) => SPEECH_FORMS.has(w) &&
    !/ing$/.test(w))) { end = from + m.index; break }
  }
  const conj = /\s+and\s+(?:then\s+)?([a-z]+)\b/g
  const seg = cleaned.slice(from, end)
  for (let m = conj.exec(seg); m; m = conj.exec(seg)) if (SPEECH_FORMS.has(m[1]!)) { end = from + m.index; break }
  return end
}
