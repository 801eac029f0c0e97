// data/petrarch/verbs.json → data/petrarch/verbs-parley.json: the PETRARCH blocks in the shape of
// Parley's own dictionary (data/cameo/verbs.json), for merging under the hand-made entries.
// Only what that shape can say is carried over; data/petrarch/README.md lists what is left out.
import type { CameoCodebook } from '../../src/domain/cameo.ts'
import type {
  PatternElement, ParleyVerbEntry, ParleyVerbs, PetrarchVerbs, VerbBlock, VerbForm, VerbPattern,
} from '../../src/pipeline/resources/petrarch-verbs.ts'
import { pastForm, regularForms } from './inflect.ts'
import { byString } from './source-files.ts'

export interface ParleyViewStats {
  patterns: number
  asObjectRule: number
  asPrepCode: number
  skippedBeforeVerb: number
  skippedComplex: number
  skippedVerbs: string[]
  droppedBlocks: string[]
}

type Rule = { words: string[]; code: string | null }

/** The codebook code standing in for a PETRARCH code: itself, else its 3-digit parent, else its root's "0". */
function toCodebook(code: string, book: CameoCodebook, codeMap: Record<string, string | null>): string | null {
  if (book.has(code)) return code
  const mapped = [code.slice(0, 3), `${code.slice(0, 2)}0`].find((c) => book.has(c)) ?? null
  codeMap[code] = mapped
  return mapped
}

/** The word strings a noun element stands for (synsets expanded, plurals left to Parley's matcher). */
function expand(e: PatternElement, synsets: Map<string, string[]>): string[] | null {
  if (e.type === 'word') return [e.text]
  if (e.type === 'synset') return synsets.get(e.name) ?? null
  if (e.type !== 'phrase') return null
  let acc = ['']
  for (const w of e.words) {
    const options = w.startsWith('&') ? synsets.get(w) : [w]
    if (!options) return null
    acc = acc.flatMap((a) => options.map((o) => (a ? `${a} ${o}` : o)))
    if (acc.length > 500) return null
  }
  return acc
}

function isTargetMarker(e: PatternElement): boolean {
  return e.type === 'marker' && (e.marker === 'target' || e.marker === 'skip')
}

/** The past form used in the summary ("hurried", "called off"). */
function summaryOf(v: VerbForm): string {
  const words = v.lemma.split(' ')
  const listedPast = v.listed
    ? v.forms.map((f) => f.split(' ')[v.head]!).find((f) => !/(s|ing)$/.test(f) && f !== words[v.head])
    : undefined
  words[v.head] = listedPast ?? pastForm(words[v.head]!)
  return words.join(' ')
}

function entriesOf(block: VerbBlock, synsets: Map<string, string[]>, book: CameoCodebook,
  codeMap: Record<string, string | null>, stats: ParleyViewStats): ParleyVerbEntry[] {
  const rules: (Rule & { size: number; order: number })[] = []
  const prepCodes: Record<string, string> = {}
  const add = (p: VerbPattern, words: string[]): void => {
    const code = p.code === null ? null : toCodebook(p.code, book, codeMap)
    const size = Math.max(...words.map((w) => w.split(' ').length))
    const rule = rules.find((r) => r.code === code && r.size === size)
    if (rule) for (const w of words) { if (!rule.words.includes(w)) rule.words.push(w) }
    else rules.push({ words: [...new Set(words)], code, size, order: rules.length })
  }
  for (const p of block.patterns) {
    stats.patterns++
    if (p.before.length > 0) { stats.skippedBeforeVerb++; continue }
    const after = p.after.filter((e) => !isTargetMarker(e))
    const only = after.length === 1 ? after[0]! : null
    if (only && only.type === 'prep' && only.objects.every(isTargetMarker) && p.code !== null) {
      const code = toCodebook(p.code, book, codeMap)
      if (code !== null && prepCodes[only.prep] === undefined) prepCodes[only.prep] = code
      stats.asPrepCode++
      continue
    }
    const words = only && only.type !== 'prep' ? expand(only, synsets) : null
    if (!words || words.length === 0) { stats.skippedComplex++; continue }
    add(p, words)
    stats.asObjectRule++
  }
  rules.sort((a, b) => b.size - a.size || a.order - b.order)
  const objects = rules.map((r) => ({ words: r.words, code: r.code }))
  const groups = new Map<string, VerbForm[]>()
  for (const v of block.verbs) {
    if (v.head !== 0) { stats.skippedVerbs.push(v.lemma); continue }
    const key = v.code === undefined ? block.code ?? '' : v.code ?? ''
    groups.set(key, [...(groups.get(key) ?? []), v])
  }
  const out: ParleyVerbEntry[] = []
  for (const [key, verbs] of groups) {
    const code = key === '' ? null : toCodebook(key, book, codeMap)
    if (code === null && objects.length === 0) continue
    const suffix = key === (block.code ?? '') ? '' : `-${key || 'none'}`
    const preps = Object.keys(prepCodes).sort(byString)
    const first = block.label.toLowerCase().split(/[_\s]/)[0]
    const summary = summaryOf(verbs.find((v) => v.lemma === first) ?? verbs[0]!)
    const entry: ParleyVerbEntry = {
      id: `petrarch-${block.id}${suffix}`, verbs: verbs.map((v) => v.lemma), code, dobj: true, summary,
    }
    if (preps.length > 0) {
      entry.preps = preps
      entry.prepCodes = Object.fromEntries(preps.map((p) => [p, prepCodes[p]!]))
    }
    if (objects.length > 0) entry.objects = objects
    if (code === null) entry.requireRule = true
    out.push(entry)
  }
  if (out.length === 0) stats.droppedBlocks.push(block.id)
  return out
}

export function parleyView(dict: PetrarchVerbs, book: CameoCodebook): { view: ParleyVerbs; stats: ParleyViewStats } {
  const synsets = new Map(dict.synsets.map((s) => [s.name, s.members.map((m) => m.text)]))
  const codeMap: Record<string, string | null> = {}
  const stats: ParleyViewStats = {
    patterns: 0, asObjectRule: 0, asPrepCode: 0, skippedBeforeVerb: 0, skippedComplex: 0,
    skippedVerbs: [], droppedBlocks: [],
  }
  const entries = dict.blocks.flatMap((b) => entriesOf(b, synsets, book, codeMap, stats))
  const irregular: Record<string, string[]> = {}
  const inView = new Set(entries.flatMap((e) => e.verbs))
  for (const v of dict.blocks.flatMap((b) => b.verbs)) {
    if (!v.listed || !inView.has(v.lemma)) continue
    const regular = new Set(regularForms(v.lemma, v.head))
    const extra = v.forms.filter((f) => !regular.has(f))
    if (extra.length > 0) irregular[v.lemma] = [...new Set([...(irregular[v.lemma] ?? []), ...extra])]
  }
  const sortedIrregular = Object.fromEntries(Object.keys(irregular).sort(byString).map((k) => [k, irregular[k]!]))
  const sortedCodeMap = Object.fromEntries(Object.keys(codeMap).sort(byString).map((k) => [k, codeMap[k]!]))
  const view: ParleyVerbs = {
    version: 1,
    comment: 'PETRARCH2 CAMEO.2.0 verb blocks in the shape of data/cameo/verbs.json (derived from ' +
      'data/petrarch/verbs.json by scripts/convert-petrarch.ts). One entry per block and code; `objects` come ' +
      'from patterns with one noun after the verb, `prepCodes` from patterns with one bare preposition; ' +
      'patterns with words before the verb or several elements are only in verbs.json. Codes missing from ' +
      'data/cameo/codes.json are replaced as `codeMap` says. `irregular` lists listed forms the regular rules miss.',
    source: { ...dict.source, converted: 'derived view of data/petrarch/verbs.json' },
    irregular: sortedIrregular,
    codeMap: sortedCodeMap,
    entries,
  }
  return { view, stats }
}
