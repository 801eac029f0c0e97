// The stage chain keeps its declarations: a stage changes only the layers it lists in `writes`, touches only
// those in `reads` and `writes`, and every layer it reads is an input or was written by an earlier stage.
// Checked on real runs (the five founding articles and passages written here), layer by layer.
import t from 'tap'
import { readFileSync } from 'node:fs'
import { STAGES, extract } from '../../src/pipeline/extract.ts'
import { INPUT_LAYERS, newDoc, type ArticleDoc, type Layer } from '../../src/pipeline/doc.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'
import type { SentenceCtx } from '../../src/pipeline/doc.ts'
import type { ArticleInput } from '../../src/pipeline/types.ts'

/** The layers the caller takes from the doc (extract's result). */
const OUTPUT_LAYERS: readonly Layer[] = ['cleaned', 'statements', 'events', 'actors']

const replacer = (_k: string, v: unknown) =>
  v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : ArrayBuffer.isView(v) ? [...(v as Int32Array)] : v

/** A string that changes when the layer's content changes. */
function fingerprint(doc: ArticleDoc, layer: Layer): string {
  if (layer === 'resources') return String(doc.resources === loadResources())
  if (layer === 'mentions') return JSON.stringify(doc.sentences.map((s) => s.mentions), replacer)
  if (layer === 'sentences') {
    return JSON.stringify(doc.sentences.map((s) => ({ ...s, mentions: undefined })), replacer)
  }
  if (layer === 'cast') return JSON.stringify([...doc.cast.profiles.entries()], replacer) + doc.cast.published
  return JSON.stringify(doc[layer], replacer)
}

const empty = newDoc({ id: '', raw: '', published: '2020-01-01' }, loadResources())
const LAYERS = [...Object.keys(empty), 'mentions'] as Layer[]

/** The doc as a stage sees it, recording every layer it touches (a sentence's `mentions` is its own layer). */
function tracked(doc: ArticleDoc, touched: Set<Layer>): ArticleDoc {
  const sentences = new WeakMap<object, SentenceCtx>()
  const sentence = (s: SentenceCtx) => {
    let p = sentences.get(s)
    if (!p) {
      p = new Proxy(s, {
        get(target, key, receiver) {
          touched.add(key === 'mentions' ? 'mentions' : 'sentences')
          return Reflect.get(target, key, receiver)
        },
        set(target, key, value) {
          touched.add(key === 'mentions' ? 'mentions' : 'sentences')
          return Reflect.set(target, key, value)
        },
      })
      sentences.set(s, p)
    }
    return p
  }
  const arrays = new WeakMap<object, SentenceCtx[]>()
  const sentenceList = (list: SentenceCtx[]) => {
    let p = arrays.get(list)
    if (!p) {
      p = new Proxy(list, {
        get(target, key, receiver) {
          const v = Reflect.get(target, key, receiver)
          return typeof key === 'string' && /^\d+$/.test(key) && v ? sentence(v as SentenceCtx) : v
        },
      })
      arrays.set(list, p)
    }
    return p
  }
  return new Proxy(doc, {
    get(target, key) {
      touched.add(key as Layer)
      const v = Reflect.get(target, key)
      return key === 'sentences' ? sentenceList(v as SentenceCtx[]) : v
    },
    set(target, key, value) {
      touched.add(key as Layer)
      return Reflect.set(target, key, value)
    },
  })
}

t.test('declared order: every layer read is an input or written by an earlier stage', async (t) => {
  const written = new Set<Layer>(INPUT_LAYERS)
  for (const stage of STAGES) {
    for (const layer of stage.reads) t.ok(written.has(layer), `${stage.name} reads ${layer} after it is written`)
    for (const layer of stage.writes) written.add(layer)
  }
  t.same([...new Set(STAGES.map((s) => s.name))].length, STAGES.length, 'stage names are unique')
})

t.test('declared use: every layer written is read by a later stage or is an output', async (t) => {
  STAGES.forEach((stage, i) => {
    for (const layer of stage.writes) {
      const used = OUTPUT_LAYERS.includes(layer) || STAGES.slice(i + 1).some((s) => s.reads.includes(layer))
      t.ok(used, `${stage.name} writes ${layer}, which is used`)
    }
  })
})

const ARTICLES = new URL('../../data/articles/', import.meta.url)
type Meta = { file: string; published: string }[]
const meta = JSON.parse(readFileSync(new URL('articles.json', ARTICLES), 'utf8')) as Meta
const inputs: ArticleInput[] = [
  ...meta.map((m) => ({ id: m.file, raw: readFileSync(new URL(m.file, ARTICLES), 'utf8'), published: m.published })),
  {
    id: 'passage',
    raw: 'MOSCOW, March 3 (Agency) - Russia warned the United States on Monday that it would deploy missiles ' +
      'if NATO expanded. "We will respond," Foreign Minister Sergey Lavrov said. The alliance dismissed the threat.',
    published: '2014-03-05',
  },
]

t.test('on real runs, each stage keeps to its declarations', async (t) => {
  const resources = loadResources()
  for (const input of inputs) {
    const doc = newDoc(input, resources)
    for (const stage of STAGES) {
      const before = new Map(LAYERS.map((l) => [l, fingerprint(doc, l)]))
      const touched = new Set<Layer>()
      stage.run(tracked(doc, touched))
      const changed = LAYERS.filter((l) => fingerprint(doc, l) !== before.get(l))
      const undeclared = changed.filter((l) => !stage.writes.includes(l))
      if (undeclared.length) t.fail(`${input.id}: ${stage.name} changed ${undeclared.join(', ')} without declaring it`)
      const unlisted = [...touched].filter((l) => !stage.reads.includes(l) && !stage.writes.includes(l))
      if (unlisted.length) t.fail(`${input.id}: ${stage.name} touched ${unlisted.join(', ')} without declaring it`)
    }
    const plain = extract(input, resources)
    t.same({ actors: doc.actors, statements: doc.statements, events: doc.events },
      { actors: plain.actors, statements: plain.statements, events: plain.events }, `${input.id}: same result`)
  }
})

t.test('a stage that breaks its declaration is caught', async (t) => {
  const doc = newDoc(inputs[0]!, loadResources())
  for (const stage of STAGES.slice(0, 3)) stage.run(doc)
  const before = fingerprint(doc, 'sentences')
  const touched = new Set<Layer>()
  const rogue = tracked(doc, touched)
  rogue.sentences[0]!.mentions.push({ ...rogue.sentences[0]!.mentions[0]! } as never)
  rogue.sentences[0]!.skip = !rogue.sentences[0]!.skip
  t.ok(touched.has('mentions') && touched.has('sentences'), 'touched layers are recorded')
  t.not(fingerprint(doc, 'sentences'), before, 'a changed sentence changes the layer')
})
