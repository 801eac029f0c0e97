// CAMEO.2.0.txt → data/petrarch/verbs.json (faithful: synsets, verb blocks, patterns, transformations).
// Grammar: PETRARCH2 PETRreader.read_verb_dictionary and the file header; see data/petrarch/README.md.
import type {
  PatternElement, PetrarchVerbs, Synset, VerbBlock, VerbForm, VerbPattern,
} from '../../src/pipeline/resources/petrarch-verbs.ts'
import { synsetsOf } from '../../src/pipeline/resources/petrarch-verbs.ts'
import { petrarchSource } from '../../src/pipeline/resources/petrarch-source.ts'
import { plural, regularForms } from './inflect.ts'
import { SOURCE_FILES, byString, slugify, splitComment } from './source-files.ts'

export interface Warning { line: number; message: string }

type Code = { code: string | null; passive: string | null; rawCode?: string }

/** "042", "042:043", ":110", "---", "080!" → active and passive code. */
export function parseCode(raw: string): Code {
  const s = raw.trim()
  const m = /^(\d{2,4}|---)?(?::(\d{2,4}|---))?$/.exec(s)
  if (m && s !== '') {
    const code = m[1] && m[1] !== '---' ? m[1] : null
    const passive = m[2] && m[2] !== '---' ? m[2] : null
    return { code, passive }
  }
  const digits = /\d{2,4}/.exec(s)
  return { code: digits ? digits[0] : null, passive: null, rawCode: s }
}

const MARKERS: Record<string, 'source' | 'target' | 'skip' | 'compound'> = {
  $: 'source', '+': 'target', '^': 'skip', '%': 'compound',
}

function word(token: string): string {
  return token.toLowerCase().replace(/_+/g, ' ').trim()
}

type Noun = Exclude<PatternElement, { type: 'prep' }>

/** Parses the tokens of one side of a pattern (before or after the '*'); brackets are separate tokens. */
function parseElements(tokens: string[], line: number, warn: (w: Warning) => void): PatternElement[] {
  const out: PatternElement[] = []
  let i = 0
  const noun = (): Noun | null => {
    const t = tokens[i++]!
    if (t === '{') {
      const words: string[] = []
      while (i < tokens.length && tokens[i] !== '}' && tokens[i] !== ')') {
        for (const w of tokens[i++]!.split('_')) if (w) words.push(w.startsWith('&') ? w : w.toLowerCase())
      }
      if (tokens[i] === '}') i++
      else warn({ line, message: 'unclosed { in pattern' })
      if (words.length === 0) return null
      if (words.length === 1 && words[0]!.startsWith('&')) return { type: 'synset', name: words[0]! }
      return { type: 'phrase', words }
    }
    if (MARKERS[t]) return { type: 'marker', marker: MARKERS[t] }
    if (t.startsWith('&')) return { type: 'synset', name: t }
    const text = word(t)
    return text ? { type: 'word', text } : null
  }
  while (i < tokens.length) {
    const t = tokens[i]!
    if (t === '(') {
      i++
      const prep = word(tokens[i] ?? '')
      if (!prep || prep === ')') {
        warn({ line, message: 'empty prepositional phrase ignored' })
        continue
      }
      i++
      const objects: Noun[] = []
      while (i < tokens.length && tokens[i] !== ')') {
        const n = noun()
        if (n) objects.push(n)
      }
      if (tokens[i] === ')') i++
      else warn({ line, message: 'unclosed ( in pattern' })
      out.push({ type: 'prep', prep, objects })
    } else if (t === ')' || t === '}') {
      warn({ line, message: `stray '${t}' in pattern ignored` })
      i++
    } else {
      const n = noun()
      if (n) out.push(n)
    }
  }
  return out
}

function parsePattern(
  body: string, comment: string | null, line: number, warn: (w: Warning) => void,
): VerbPattern | null {
  const brackets = [...body.matchAll(/\[([^\]]*)\]/g)]
  const last = brackets[brackets.length - 1]
  if (!last) {
    warn({ line, message: 'pattern without a code skipped' })
    return null
  }
  const text = body.slice(1, last.index).replace(/\s+/g, ' ').trim()
  const tokens = text.replace(/([(){}*])/g, ' $1 ').split(' ').filter((x) => x !== '' && x !== '_')
  const star = tokens.indexOf('*')
  if (star < 0 || tokens.indexOf('*', star + 1) >= 0) {
    warn({ line, message: `pattern without exactly one '*' skipped: ${text}` })
    return null
  }
  const origin = (comment ?? '')
    .replace(/<[^>]*>/g, '')
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/_/g, ' '))
    .filter((s) => /^[a-z][a-z' -]*$/.test(s))
  return {
    text,
    ...parseCode(last[1]!),
    before: parseElements(tokens.slice(0, star), line, warn),
    after: parseElements(tokens.slice(star + 1), line, warn),
    origin,
    line,
  }
}

function parseVerb(body: string, line: number, warn: (w: Warning) => void): VerbForm | null {
  const codeMatch = /\[([^\]]*)\]/.exec(body)
  const formsMatch = /\{([^}]*)\}/.exec(body)
  const main = body.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim()
  if (!main) return null
  if (main.split(/\s+/).length > 1) warn({ line, message: `verb line with several words, first taken: ${main}` })
  const raw = main.split(/\s+/)[0]!
  const parts = raw.split('_').filter(Boolean)
  let head = parts.findIndex((p) => p.startsWith('+'))
  if (parts.length > 1 && head < 0) {
    warn({ line, message: `multi-word verb without '+', first word taken as the verb: ${raw}` })
    head = 0
  }
  if (head < 0) head = 0
  const lemma = parts.map((p) => p.replace(/^\+/, '').toLowerCase()).join(' ')
  const form: VerbForm = { lemma, head, forms: [], listed: formsMatch !== null, line }
  if (formsMatch) {
    form.forms = formsMatch[1]!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((f) => f.replace(/\+/g, '').replace(/_/g, ' ').toLowerCase())
      .filter((f) => f !== lemma)
  } else {
    form.forms = regularForms(lemma, head)
  }
  if (codeMatch) {
    const c = parseCode(codeMatch[1]!)
    form.code = c.code
    if (c.passive) form.passive = c.passive
  }
  return form
}

/** Parses CAMEO.2.0.txt (its lines) into the faithful JSON structure; problems go to `warnings`. */
export function convertVerbs(lines: string[]): { verbs: PetrarchVerbs; warnings: Warning[] } {
  const warnings: Warning[] = []
  const warn = (w: Warning): void => { warnings.push(w) }
  const synsets: Synset[] = []
  const blocks: VerbBlock[] = []
  const transformations: PetrarchVerbs['transformations'] = []
  let section: 'head' | 'synsets' | 'verbs' | 'transformations' = 'head'
  let synset: Synset | null = null
  let block: VerbBlock | null = null
  const ids = new Set<string>()
  lines.forEach((raw, idx) => {
    const line = idx + 1
    if (raw.startsWith('####### SYNONYM SETS')) section = 'synsets'
    else if (raw.startsWith('####### VERB PATTERNS')) section = 'verbs'
    else if (raw.startsWith('######## TRANSFORMATIONS')) section = 'transformations'
    if (raw.startsWith('#') || raw.startsWith('<!') || raw.trim() === '') return
    const { body, comment } = splitComment(raw)
    if (body.trim() === '') return
    if (section === 'synsets' && body.startsWith('&')) {
      const label = body.trim()
      synset = { name: label, plurals: !label.endsWith('_'), members: [] }
      synsets.push(synset)
    } else if (section === 'synsets' && body.trimStart().startsWith('+') && synset) {
      const t = body.trim().slice(1).trim()
      const text = t.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
      const stopped = t.endsWith('_')
      synset.members.push({ text, plural: synset.plurals && !stopped ? plural(text) : null })
    } else if (section === 'verbs' && body.startsWith('---')) {
      const label = body.replace(/\[[^\]]*\].*$/, '').replace(/-/g, ' ').trim().replace(/\s+/g, '-')
      const labelText = body.replace(/^-+/, '').replace(/\[.*$/, '').trim()
      const codeText = /\[([^\]]*)\]/.exec(body)?.[1] ?? '---'
      let id = slugify(label)
      for (let n = 2; ids.has(id); n++) id = `${slugify(label)}-${n}`
      ids.add(id)
      const c = parseCode(codeText)
      block = { id, label: labelText, code: c.code, passive: c.passive, verbs: [], patterns: [] }
      blocks.push(block)
    } else if (section === 'verbs' && body.startsWith('-')) {
      if (!block) return warn({ line, message: 'pattern outside a block skipped' })
      const p = parsePattern(body, comment, line, warn)
      if (p) block.patterns.push(p)
    } else if (section === 'verbs') {
      if (!block) return warn({ line, message: 'verb outside a block skipped' })
      const v = parseVerb(body, line, warn)
      if (v) block.verbs.push(v)
    } else if (section === 'transformations' && body.startsWith('~')) {
      const [pattern, result] = body.slice(1).split('=').map((s) => s.replace(/\s+/g, ' ').trim())
      if (pattern && result) transformations.push({ pattern, result, line })
      else warn({ line, message: 'transformation without "=" skipped' })
    } else {
      warn({ line, message: `line not understood, skipped: ${body.trim().slice(0, 60)}` })
    }
  })
  const source = petrarchSource([SOURCE_FILES.verbs], 'parsed by scripts/convert-petrarch.ts; lower-cased; ' +
    'synsets kept as references (&NAME) and defined in `synsets`; regular verb forms generated')
  const defined = new Set(synsets.map((s) => s.name))
  const used = blocks.flatMap((b) => b.patterns.flatMap((p) => synsetsOf([...p.before, ...p.after])))
  const undefinedSynsets = [...new Set(used)]
    .filter((n) => !defined.has(n))
    .sort(byString)
  for (const n of undefinedSynsets) warnings.push({ line: 0, message: `synset ${n} is used but never defined` })
  return { verbs: { source, synsets, undefinedSynsets, blocks, transformations }, warnings }
}
