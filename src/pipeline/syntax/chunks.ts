// Deterministic chunker over tagged tokens: flat NP / VP (verb group) / PP (preposition) / ADJP chunks.
// One left-to-right pass; each token is looked at a bounded number of times.
import type { SyntaxLexicon } from './lexicon.ts'
import type { Chunk, Span, Token } from './types.ts'

const NOMINAL_HEAD = new Set(['NOUN', 'PROPN', 'NUM', 'PRON'])
const NP_INNER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM'])
const TEMPORAL = new Set(['DATE', 'TIME', 'DURATION'])

const adjacent = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start

export class Chunker {
  private readonly ts: Token[]
  private readonly lex: SyntaxLexicon
  constructor(ts: Token[], lex: SyntaxLexicon) {
    this.ts = ts
    this.lex = lex
  }

  private pos(k: number): string { return this.ts[k]?.pos ?? '' }
  private isNegator(k: number): boolean { return this.lex.negators.has(this.ts[k]?.lemma ?? '') }
  private isRelativizer(k: number): boolean {
    const t = this.ts[k]
    if (!t || !this.lex.relativePronouns.has(t.norm)) return false
    return !(t.norm === 'that' && t.pos === 'DET' && NP_INNER.has(this.pos(k + 1)))
  }

  /** A possessive marker: "'s", or "'" after a plural ("the allies' plan"). */
  private isPossessive(k: number): boolean {
    const t = this.ts[k]
    if (!t) return false
    if (t.norm === "'s" && t.pos === 'PART') return true
    // "the allies' response": an apostrophe glued to a plural, before a noun phrase word
    const prev = this.ts[k - 1]
    return t.norm === "'" && prev !== undefined && adjacent(prev, t) && prev.norm.endsWith('s') &&
      NP_INNER.has(this.pos(k + 1))
  }

  /** Can token k continue the NP whose last token is k-1? */
  private continuesNp(k: number): boolean {
    const t = this.ts[k]
    if (!t) return false
    // a date after a noun starts its own phrase: "a meeting next week", "the talks Monday"
    const prev = this.ts[k - 1]
    if (TEMPORAL.has(t.entityType ?? '') && prev && !TEMPORAL.has(prev.entityType ?? '') &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN')) return false
    // a name after a date starts its own phrase: "said on Monday Russia would …"
    if (prev && TEMPORAL.has(prev.entityType ?? '') && !TEMPORAL.has(t.entityType ?? '') &&
      (t.pos === 'PROPN' || t.pos === 'PRON')) return false
    if (NP_INNER.has(t.pos)) return true
    if (this.isPossessive(k)) return true
    // hyphen or slash written without spaces between two words: "U.S.-Russian", "Russia-NATO"
    if ((t.text === '-' || t.text === '/') && adjacent(this.ts[k - 1], t) && adjacent(t, this.ts[k + 1]) &&
      NP_INNER.has(this.pos(k + 1))) return true
    // a date written "March 6, 2009"
    if (t.text === ',' && this.ts[k - 1]?.entityType === 'DATE' && this.ts[k + 1]?.entityType === 'DATE') return true
    // an adverb inside an adjective sequence: "the very first", "a newly deployed system"
    return t.pos === 'ADV' && NP_INNER.has(this.pos(k - 1)) === false && this.pos(k + 1) === 'ADJ' &&
      NP_INNER.has(this.pos(k + 2))
  }

  private np(start: number): Chunk {
    const ts = this.ts
    let k = start
    const first = ts[k] as Token
    // a personal pronoun stands alone; a possessive one ("its", "their") determines a noun after it
    if (first.pos === 'PRON' && !NP_INNER.has(this.pos(k + 1))) return this.make('NP', start, start + 1, [])
    k++ // a determiner, a possessive pronoun or the first word
    while (k < ts.length && this.continuesNp(k)) k++
    const possessors: Span[] = []
    let from = start
    for (let j = start; j < k; j++) {
      if (this.isPossessive(j) && j > from) {
        possessors.push({ start: from, end: j })
        from = j + 1
      }
    }
    return this.make('NP', start, k, possessors)
  }

  private make(type: Chunk['type'], start: number, end: number, possessors: Span[]): Chunk {
    const ts = this.ts
    const own = possessors.length > 0 ? (possessors[possessors.length - 1]?.end ?? start) + 1 : start
    let head = end - 1
    if (type === 'NP') {
      for (let j = end - 1; j >= own; j--) {
        if (NOMINAL_HEAD.has(ts[j]?.pos ?? '')) { head = j; break }
      }
    }
    const nationalities: number[] = []
    let temporal = type === 'NP'
    let content = 0
    for (let j = start; j < end; j++) {
      const t = ts[j] as Token
      if (t.nationality && type === 'NP') nationalities.push(j)
      if (t.pos === 'PUNCT' || t.pos === 'DET' || t.pos === 'ADP') continue
      content++
      if (!TEMPORAL.has(t.entityType ?? '')) temporal = false
    }
    return { type, start, end, head, possessors, nationalities, temporal: temporal && content > 0 }
  }

  /** Verb group: [negator] (AUX | inner ADV | negator)* [VERB], or a lone VERB. */
  private vp(start: number): Chunk | null {
    const ts = this.ts
    let k = start
    if (this.isNegator(k) && ts[k]?.pos !== 'AUX') k++
    let sawAux = false
    let lastVerbal = -1
    while (k < ts.length) {
      const p = this.pos(k)
      if (p === 'AUX') { sawAux = true; lastVerbal = k; k++; continue }
      // "was "satisfied" with": a quotation mark inside the verb group
      const quoted = sawAux && this.lex.quotes.has(ts[k]?.text ?? '')
      if (quoted && ['VERB', 'ADV'].includes(this.pos(k + 1))) { k++; continue }
      if (p === 'VERB') { lastVerbal = k; k++; break }
      if ((p === 'ADV' || this.isNegator(k)) && sawAux) { k++; continue }
      break
    }
    if (lastVerbal < 0) return null
    const end = lastVerbal + 1
    return this.make('VP', start, end, [])
  }

  run(): Chunk[] {
    const ts = this.ts
    const out: Chunk[] = []
    let k = 0
    while (k < ts.length) {
      const t = ts[k] as Token
      const p = t.pos
      let c: Chunk | null = null
      if (p === 'AUX' || p === 'VERB' || (this.isNegator(k) && ['AUX', 'VERB'].includes(this.pos(k + 1)))) {
        c = this.vp(k)
      } else if ((p === 'DET' || p === 'PRON' || NP_INNER.has(p)) && !this.isRelativizer(k) && p !== 'ADJ') {
        c = this.np(k)
      } else if (p === 'ADJ') {
        let e = k + 1
        while (e < ts.length && (this.pos(e) === 'ADJ' || (this.pos(e) === 'ADV' && this.pos(e + 1) === 'ADJ'))) e++
        c = NP_INNER.has(this.pos(e)) && this.pos(e) !== 'ADJ' ? this.np(k) : this.make('ADJP', k, e, [])
      } else if (p === 'ADV' && this.pos(k + 1) === 'ADJ' && !NP_INNER.has(this.pos(k + 2))) {
        c = this.make('ADJP', k, k + 2, [])
      } else if (p === 'ADP') {
        c = this.make('PP', k, k + 1, [])
      }
      if (c && c.end > c.start) {
        out.push(c)
        k = c.end
      } else {
        k++
      }
    }
    return out
  }
}

/** Chunks a sentence's tokens. */
export function chunk(ts: Token[], lex: SyntaxLexicon): Chunk[] {
  return new Chunker(ts, lex).run()
}
