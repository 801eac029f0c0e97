// Indexes over one sentence's tokens and chunks that the clause builder asks in O(1):
// which chunk covers a token, where the previous comma is, noun phrases and their coordination.
import type { SyntaxLexicon } from './lexicon.ts'
import type { Arg, Chunk, Span, Token } from './types.ts'

const COORDINATORS = new Set(['and', 'or', 'nor'])

export class SentenceView {
  readonly ts: Token[]
  readonly chunks: Chunk[]
  readonly lex: SyntaxLexicon
  /** chunkAt[k] = index of the chunk covering token k, or -1 */
  readonly chunkAt: Int32Array
  /** prevSep[k] = index of the nearest separator (comma, bracket, dash) strictly before k, or -1 */
  readonly prevSep: Int32Array

  constructor(ts: Token[], chunks: Chunk[], lex: SyntaxLexicon) {
    this.ts = ts
    this.chunks = chunks
    this.lex = lex
    this.chunkAt = new Int32Array(ts.length).fill(-1)
    chunks.forEach((c, i) => { for (let k = c.start; k < c.end; k++) this.chunkAt[k] = i })
    this.prevSep = new Int32Array(ts.length).fill(-1)
    let last = -1
    for (let k = 0; k < ts.length; k++) {
      this.prevSep[k] = last
      if (this.isSeparator(k)) last = k
    }
  }

  tok(k: number): Token | undefined { return this.ts[k] }
  norm(k: number): string { return this.ts[k]?.norm ?? '' }
  pos(k: number): string { return this.ts[k]?.pos ?? '' }
  chunkOf(k: number): Chunk | undefined {
    const i = this.chunkAt[k] ?? -1
    return i >= 0 ? this.chunks[i] : undefined
  }

  isComma(k: number): boolean { return this.norm(k) === ',' }
  isQuote(k: number): boolean { return this.lex.quotes.has(this.ts[k]?.text ?? '') }
  isOpener(k: number): boolean { return this.lex.bracketOpeners.has(this.ts[k]?.text ?? '') }
  isCloser(k: number): boolean { return this.lex.bracketClosers.has(this.ts[k]?.text ?? '') }
  isDash(k: number): boolean {
    const t = this.ts[k]
    return t !== undefined && /^[-\u2013\u2014]{1,2}$/.test(t.text) && t.pos === 'PUNCT' &&
      this.ts[k - 1]?.end !== t.start
  }

  isSeparator(k: number): boolean {
    return this.isComma(k) || this.isOpener(k) || this.isCloser(k) || this.isDash(k) || this.norm(k) === ';'
  }

  isCoordinator(k: number): boolean { return this.pos(k) === 'CCONJ' && COORDINATORS.has(this.norm(k)) }

  /** Skips quotes leftwards from k; returns the first non-quote index (may be -1). */
  skipQuotesLeft(k: number): number {
    while (k >= 0 && this.isQuote(k)) k--
    return k
  }

  skipQuotesRight(k: number): number {
    while (k < this.ts.length && this.isQuote(k)) k++
    return k
  }

  /** The NP chunk ending exactly at token k (inclusive), non-temporal unless `temporalOk`. */
  npEndingAt(k: number, temporalOk = false): Chunk | undefined {
    const c = this.chunkOf(k)
    if (!c || c.type !== 'NP' || c.end - 1 !== k) return undefined
    return !temporalOk && c.temporal ? undefined : c
  }

  npStartingAt(k: number, temporalOk = false): Chunk | undefined {
    const c = this.chunkOf(k)
    if (!c || c.type !== 'NP' || c.start !== k) return undefined
    return !temporalOk && c.temporal ? undefined : c
  }

  /** The NP ending at k and the NPs coordinated before it ("Russia, China and Iran"), in text order. */
  conjunctsEndingAt(k: number): Arg[] {
    const last = this.npEndingAt(k)
    if (!last) return []
    const out = [this.argAt(last)]
    let j = last.start - 1
    while (j >= 0) {
      if (!this.isCoordinator(j) && !this.isComma(j)) break
      const coordinated = this.isCoordinator(j)
      let m = j - 1
      if (coordinated && this.isComma(m)) m-- // Oxford comma
      const np = this.npEndingAt(m)
      if (!np) break
      // a comma alone joins conjuncts only in a list that ends with a coordinator
      if (!coordinated && out.length < 2 && !this.isCoordinator(out[0] ? out[0].start - 1 : -1)) break
      out.unshift(this.argAt(np))
      j = np.start - 1
    }
    return out
  }

  /** The NP starting at k and the NPs coordinated after it ("radars and interceptors"). */
  conjunctsStartingAt(k: number): Arg[] {
    const first = this.npStartingAt(k)
    if (!first) return []
    const out = [this.argAt(first)]
    let j = first.end
    while (j < this.ts.length) {
      let m = j
      if (this.isComma(m)) m++
      if (!this.isCoordinator(m) && !(this.isComma(j) && this.listContinues(m))) break
      if (this.isCoordinator(m)) m++
      const np = this.npStartingAt(m)
      if (!np || this.pos(np.end) === 'AUX' || this.pos(np.end) === 'VERB') break
      out.push(this.argAt(np))
      j = np.end
    }
    return out
  }

  /** After "A, " — does a list go on ("B and C" / "B, C and D") rather than a new phrase? */
  private listContinues(k: number): boolean {
    for (let step = 0, j = k; step < 8; step++) {
      const np = this.npStartingAt(j)
      if (!np) return false
      if (this.isCoordinator(np.end)) return true
      if (!this.isComma(np.end)) return false
      j = np.end + 1
    }
    return false
  }

  argAt(c: Chunk): Arg {
    return { start: c.start, end: c.end, head: c.head, chunk: this.chunkAt[c.start] ?? -1, apposition: null }
  }

  /** A bracketed or comma-enclosed insertion right after token k: "[the Russian president]", ", the envoy,". */
  appositionAfter(k: number): Span | null {
    const open = k + 1
    if (this.isOpener(open) || this.isComma(open)) {
      const np = this.npStartingAt(open + 1)
      if (!np) return null
      const close = np.end
      if (this.isOpener(open) && this.isCloser(close)) return { start: np.start, end: np.end }
      const ends = this.isComma(close) || this.isCloser(close) || close >= this.ts.length ||
        (this.norm(close) === '.' && close === this.ts.length - 1)
      if (this.isComma(open) && ends) return { start: np.start, end: np.end }
    }
    return null
  }

  span(s: Span): string {
    return this.ts.slice(s.start, s.end).map((t) => t.text).join(' ')
  }
}
