// The synthetic dataset, streamed row by row into a sink in article order: each article brings its
// events (first reports), re-reports of recent events, and statements, and its text holds every
// evidence sentence at the offsets the rows give. Only the actor universe and a short queue of
// pending re-reports are held in memory.
import { createHash } from 'node:crypto'
import { CODER_VERSION } from '../../src/pipeline/types.ts'
import { buildActors, type GenActor } from './actors.ts'
import { writeActors, writeDeletions } from './fixed-rows.ts'
import { cameoMix } from './cameo-mix.ts'
import { dayOf, dayText, isoDay, monthOf, yearOf } from './days.ts'
import { geometric, idMaker, pickOne, prng, WeightedSampler, zipfWeights } from './random.ts'
import { copyLine, type Cell, type Table } from './tables.ts'
import { FILLERS, OUTLETS, QUOTES, SAY_VERBS, TOPICS } from './words.ts'

export interface GenerateOptions {
  events: number
  seed: number
  /** last day of the range (YYYY-MM-DD); the range starts on 1990-01-01 */
  until: string
  /** articles (default events / 20) */
  articles?: number
  /** statements per event (default 2) */
  statementsPerEvent?: number
}

export interface RowSink {
  /** one row, encoded for COPY */
  write(table: Table, line: string): void
  /** called between articles: resolves when the sink can take more */
  drain(): Promise<void>
}

export type RowCounts = Record<Table, number>

export const FIRST_DAY = '1990-01-01'
const DAY_MS = 86_400_000

interface Sentence {
  text: string
  attach?: (start: number, end: number, index: number, text: string) => void
}
interface Pending {
  eventId: string
  text: string
}

export async function generate(opts: GenerateOptions, sink: RowSink): Promise<RowCounts> {
  const { events: nEvents, seed } = opts
  const nArticles = opts.articles ?? Math.max(5, Math.round(nEvents / 20))
  const nStatements = Math.round(nEvents * (opts.statementsPerEvent ?? 2))
  const firstDay = dayOf(FIRST_DAY)
  const lastDay = dayOf(opts.until)
  const rand = prng(seed)
  const counts = {
    actors: 0,
    actor_aliases: 0,
    actor_roles: 0,
    articles: 0,
    events: 0,
    event_mentions: 0,
    statements: 0,
    deletions: 0,
  }
  const put = (table: Table, cells: Cell[]) => {
    sink.write(table, copyLine(cells))
    counts[table]++
  }

  // records were ingested over the two years before `until`, in article order
  const ingestStart = (lastDay - 730) * DAY_MS
  const ingestSpan = 730 * DAY_MS
  const ingestedAt = (i: number) => ingestStart + Math.floor(((i + 0.5) / nArticles) * ingestSpan)
  const stamp = (ms: number) => new Date(ms).toISOString()

  const { actors, sampler } = buildActors({ events: nEvents, seed, firstDay, lastDay })
  writeActors(actors, put, rand, ingestStart, ingestSpan)
  const personIdx = actors.flatMap((a, i) => (a.kind === 'person' ? [i] : []))
  const personWeights = zipfWeights(actors.length, 1.05, 3)
  const personSampler = new WeightedSampler(personIdx.map((i) => personWeights[i]!))
  const active = (a: GenActor, day: number) => a.activeFrom <= day && day <= a.activeTo
  /** an actor active on `day` (a person when asked and one can be found), other than `not` */
  const drawActor = (day: number, persons: boolean, not = -1): number => {
    for (let t = 0; t < 24; t++) {
      const i = persons && t < 12 ? personIdx[personSampler.pick(rand())]! : sampler.pick(rand())
      if (i !== not && active(actors[i]!, day)) return i
    }
    return not === 0 ? 1 : 0
  }
  const drawTarget = (src: number, day: number): number => {
    const partners = actors[src]!.partners
    for (let t = 0; t < 4 && partners.length; t++) {
      if (rand() >= 0.7) break
      const p = partners[Math.min(partners.length - 1, geometric(rand(), 0.45, partners.length))]!
      if (active(actors[p]!, day)) return p
    }
    return drawActor(day, false, src)
  }

  const cameo = cameoMix()
  const topicSampler = new WeightedSampler(zipfWeights(TOPICS.length, 0.8, 1))
  const outletSampler = new WeightedSampler(zipfWeights(OUTLETS.length, 0.7, 1))
  const eventId = idMaker('ev', seed)
  const statementId = idMaker('st', seed)
  const articleId = idMaker('syn', seed)
  const pending: Pending[][] = [] // re-reports, by article index
  let mentionId = 0

  for (let ai = 0, ei = 0, si = 0; ai < nArticles; ai++) {
    const aid = articleId(ai)
    const p = firstDay + Math.floor(Math.pow((ai + rand()) / nArticles, 1 / 1.8) * (lastDay - firstDay))
    const created = stamp(ingestedAt(ai))
    const sentences: Sentence[] = []
    let title = ''
    const eventEnd = Math.floor(((ai + 1) * nEvents) / nArticles)
    for (; ei < eventEnd; ei++) {
      const srcIndex = drawActor(p, false)
      const src = actors[srcIndex]!
      const tgtIndex = rand() < 0.1 ? -1 : drawTarget(srcIndex, p)
      const tgt = tgtIndex < 0 ? null : actors[tgtIndex]!
      const code = cameo.pick(rand(), rand())
      const topic = TOPICS[topicSampler.pick(rand())]!
      const u = rand()
      const precision = u < 0.88 ? 'day' : u < 0.97 ? 'month' : 'year'
      let [start, end] = [p, p]
      if (precision === 'day') start = end = Math.max(firstDay, p - geometric(rand(), 0.45, 30))
      else if (precision === 'month') [start, end] = monthOf(Math.max(firstDay, p - Math.floor(rand() * 45)))
      else [start, end] = yearOf(p - (rand() < 0.3 ? 365 : 0))
      start = Math.max(start, firstDay)
      const dateText =
        precision === 'day' ? (rand() < 0.5 ? `on ${dayText(start, 'day')}` : null) : `in ${dayText(start, precision)}`
      const id = eventId(ei)
      const label = code.label.toLowerCase()
      const act = `${src.name} moved to ${label}${tgt ? ` with ${tgt.name}` : ''} over ${topic}`
      // later articles report it again: its updated_at is the last report's ingestion time
      const extra = rand() < 0.78 ? 0 : 1 + geometric(rand(), 0.6, 4)
      let last = ai
      for (let k = 0; k < extra; k++) {
        const at = ai + 1 + Math.floor(rand() * 30)
        if (at >= nArticles) continue
        ;(pending[at] ??= []).push({ eventId: id, text: `Earlier, ${act}.` })
        last = Math.max(last, at)
      }
      put('events', [
        id,
        isoDay(start),
        isoDay(end),
        precision,
        dateText,
        src.id,
        tgt?.id ?? null,
        code.label,
        code.code,
        code.code.slice(0, 2),
        code.quadClass,
        code.goldstein,
        `${code.label}: ${src.name}${tgt ? ` and ${tgt.name}` : ''}`,
        Math.round((0.5 + rand() * 0.49) * 100) / 100,
        CODER_VERSION,
        created,
        stamp(ingestedAt(last)),
      ])
      sentences.push({ text: `${act}${dateText ? ` ${dateText}` : ''}.`, attach: mention(id) })
      if (!title) {
        const verb = code.quadClass <= 2 ? 'discuss' : 'at odds over'
        title = `${src.name} and ${tgt?.name ?? 'partners'} ${verb} ${topic}`
      }
    }
    for (const r of pending[ai] ?? []) sentences.push({ text: r.text, attach: mention(r.eventId) })
    pending[ai] = []

    const statementEnd = Math.floor(((ai + 1) * nStatements) / nArticles)
    for (; si < statementEnd; si++) {
      const speakerIndex = drawActor(p, rand() < 0.85)
      const speaker = actors[speakerIndex]!
      const other = actors[drawTarget(speakerIndex, p)]!
      const quote = pickOne(rand(), QUOTES)
        .replace('{topic}', TOPICS[topicSampler.pick(rand())]!)
        .replace('{other}', other.name)
      const direct = rand() < 0.65
      const verb = pickOne(rand(), SAY_VERBS)
      const day = Math.max(firstDay, p - geometric(rand(), 0.6, 10))
      const monthly = rand() < 0.05
      const [start, end] = monthly ? monthOf(day) : [day, day]
      const text = direct ? quote : quote[0]!.toLowerCase() + quote.slice(1)
      const sentence = direct ? `"${quote}," ${speaker.name} ${verb}.` : `${speaker.name} ${verb} that ${text}.`
      const id = statementId(si)
      sentences.push({
        text: sentence,
        attach: (cs, ce, idx) =>
          put('statements', [
            id,
            speaker.id,
            text,
            direct,
            isoDay(start),
            isoDay(end),
            monthly ? 'month' : 'day',
            monthly ? `in ${dayText(start, 'month')}` : null,
            aid,
            idx,
            cs,
            ce,
            sentence,
            CODER_VERSION,
            created,
            created,
          ]),
      })
    }

    // the article: title, then paragraphs of one to three sentences in random order, some filler
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      ;[sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!]
    }
    let raw = `${title || 'Diplomatic briefing'}\n\n\n`
    const bodyStart = raw.length
    let index = 1
    for (let i = 0; i < sentences.length;) {
      const n = 1 + Math.floor(rand() * 3)
      const paragraph = sentences.slice(i, i + n)
      if (rand() < 0.25) paragraph.push({ text: pickOne(rand(), FILLERS) })
      i += n
      if (raw.length > bodyStart) raw += '\n\n'
      paragraph.forEach((s, k) => {
        if (k) raw += ' '
        s.attach?.(raw.length, raw.length + s.text.length, index, s.text)
        raw += s.text
        index++
      })
    }
    raw += '\n'
    const outlet = OUTLETS[outletSampler.pick(rand())]!
    const updated =
      rand() < 0.04 ? ingestedAt(ai) + Math.floor(rand() * (ingestStart + ingestSpan - ingestedAt(ai))) : ingestedAt(ai)
    put('articles', [
      aid,
      `${aid.replace('-', '_')}.txt`,
      title || 'Diplomatic briefing',
      outlet,
      rand() < 0.8 ? `https://example.org/${outlet.toLowerCase().replace(/[^a-z]+/g, '-')}/${aid}` : null,
      isoDay(p),
      'en',
      raw.slice(bodyStart),
      raw,
      createHash('sha256').update(raw).digest('hex'),
      created,
      stamp(updated),
    ])
    await sink.drain()

    function mention(evId: string) {
      return (cs: number, ce: number, idx: number, evidence: string) =>
        put('event_mentions', [++mentionId, evId, aid, idx, cs, ce, evidence, created])
    }
  }

  writeDeletions(
    put,
    rand,
    { events: nEvents, statements: nStatements, articles: nArticles, actors: actors.length },
    seed,
    ingestStart,
    ingestSpan,
  )
  return counts
}
