// "X dismissed Y as Z", "calling Y "Z"", "X called Y a Z": the statement "Y is/are Z". A bare "it"
// takes the noun phrase it stands for earlier in the sentence ("When the withdrawal was announced,
// X called it a mistake" → "the withdrawal is a mistake").
import type { SentenceCtx } from '../doc.ts'
import { contentEnd } from './content-text.ts'

export const AS_LEMMAS = new Set(['dismiss', 'blast', 'call', 'describe', 'brand'])
const Y_FIRST = /^(it|this|that|them|these|those|the|his|her|their|its|our|washington's|moscow's)$/
const NOT_Y = /^(for|on|off|up|out|in|to|upon|back|and|that|as|with|by|at|from)$/
const DETS = /^(the|this|that|these|those)$/

/** The head noun is plural ("the US plan" → plan: no; "calls for talks" → calls: yes). */
export function plural(y: string): boolean {
  const w = y.toLowerCase().split(/\s+/)
  const p = w.findIndex((x, i) => i > 0 && /^(of|for|to|with|on|in|by|from|against|about)$/.test(x))
  const head = [...w.slice(0, p < 0 ? w.length : p)].reverse().find((x) => /^[a-z-]+$/.test(x)) ?? ''
  return /[^s]s$/.test(head) && !/^(this|his|its|us|news|series|species|analysis|crisis|basis)$/.test(head)
}

/** "the withdrawal" for an "it" at token `at`: the last "the/this + lowercase noun" before it that names no actor. */
function antecedent(s: SentenceCtx, cleaned: string, at: number): string | null {
  const tk = s.tokens
  for (let i = at - 2; i >= 0; i--) {
    if (!DETS.test(tk[i]!.norm) || !tk[i + 1]?.word || tk[i + 1]!.cap) continue
    if (s.mentions.some((m) => m.ti <= i + 1 && m.tj > i)) continue
    let j = i + 1
    while (tk[j + 1]?.word && !tk[j + 1]!.cap && j - i < 3 && !/^(was|is|were|are|had|has|would|will|of|in|on|to|by|and)$/.test(tk[j + 1]!.norm)) j++
    return cleaned.slice(tk[i]!.start, tk[j]!.end)
  }
  return null
}

/** The content of an "as" verb whose object starts at token `after`, or null. */
export function asContent(s: SentenceCtx, cleaned: string, lemma: string, after: number): { start: number; end: number; text: string } | null {
  const tk = s.tokens
  if (!tk[after]) return null
  let asI = tk.findIndex((t, i) => i > after && (t.norm === 'as' || (lemma === 'call' && t.text === '"')))
  let bare = false
  if ((asI < 0 || asI - after > 14) && (lemma === 'call' || lemma === 'brand') && Y_FIRST.test(tk[after]!.norm)) {
    // "called it a mistake": Y then an indefinite Z
    asI = tk.findIndex((t, i) => i > after && i <= after + 5 && /^(a|an)$/.test(t.norm))
    if (asI < 0 || tk.slice(after, asI).some((t) => !t.word || (NOT_Y.test(t.norm) && t !== tk[after]))) return null
    bare = true
  }
  if (asI < 0 || asI - after > 14) return null
  let yEnd = asI - 1
  let zStart = bare || tk[asI]!.text === '"' ? tk[asI]!.start : tk[asI]!.end
  // 'calling it a "responsible approach"': the article opens Z
  if (tk[asI]!.text === '"' && yEnd > after && /^(a|an|the)$/.test(tk[yEnd]!.norm)) zStart = tk[yEnd--]!.start
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
