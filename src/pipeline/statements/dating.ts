// When a remark was made. An article usually reports one occasion per speaker, so a remark without a
// date of its own takes, in order: the date written in its attribution ("said on Wednesday"); the
// same speaker's dated remark; the date of a sentence the speaker is the subject of ("X threatened on
// Wednesday to …", or a dated photo caption naming the speaker); for an attribution tied to the
// occasion ("told a news conference after the meeting") the lead's date; else the dateline/publication.
// Dates inside the reported content date the content, never the speech act.
import type { ResolvedDate } from '../types.ts'
import type { SentenceCtx } from '../doc.ts'
import type { DateMention } from '../text/dates.ts'
import type { StatementDraft } from './speech.ts'
import { mainSubject } from '../text/clauses.ts'
import { insideAny, sentencesOverlapping } from '../text/positions.ts'
import { alternatives, lexiconWords } from '../resources/lexicon.ts'

const speech = (name: string) => alternatives(lexiconWords('speech', name))
const PRESS = alternatives(lexiconWords('places', 'pressWords'))
// "told reporters after the meeting", "told a joint news conference": an attribution tied to the lead's occasion
const OCCASION_ATTR = new RegExp(
  `\\b(?:${speech('occasionPrepositions')})\\s+(?:${speech('occasionDeterminers')})?\\s*(?:joint\\s+)?` +
  `(?:${speech('occasionNouns')})\\b|` +
  `\\b(?:${speech('briefingVerbs')})\\s+(?:${speech('briefingDeterminers')})\\s+` +
  `(?:joint\\s+)?(?:${PRESS})\\s+conference\\b`,
  'i')
const RELATIVE_OPENERS = lexiconWords('grammar', 'relativeOpeners')
const ARCHIVE_CAPTION = new RegExp(`^\\s*(?:${alternatives(lexiconWords('page-noise', 'archiveCaptionStarts'))})\\b`)
const LEAD_PARAGRAPHS = 3
const CAPTION_DAYS = 7

type DatesOf = (sent: number) => DateMention[]

/** Whether a range lies inside a statement's content (its date is the content's, not the speech act's). */
type Inside = (start: number, end: number) => boolean
const nowhere: Inside = () => false

/** The first day-precision date of `ms` outside the contents and the sentence's relative clauses (`rel`). */
function dayDate(ms: DateMention[], inContent: Inside, rel: [number, number][] = []): ResolvedDate | null {
  const m = ms.find((x) => x.date.precision === 'day' && !inContent(x.start, x.end) &&
    !rel.some(([a, b]) => x.start >= a && x.end <= b))
  return m ? m.date : null
}

/** The content ranges of the statements (direct quotes: their quoted parts). */
function contentsOf(drafts: StatementDraft[]): Inside {
  return insideAny(drafts.flatMap((d) => d.spans ?? [[d.contentStart, d.contentEnd] as [number, number]]))
}

function daysBefore(d: ResolvedDate, published: string): number {
  return (Date.parse(published) - Date.parse(d.start)) / 86400000
}

/** Person (or subject) → the date of the first dated sentence they are the subject of. */
function subjectOccasions(sents: SentenceCtx[], datesOf: DatesOf, contents: Inside, published: string) {
  const out = new Map<string, ResolvedDate>()
  for (const s of sents) {
    if (s.skip) {
      // a photo caption with a full date of the occasion ("X and Y at the ministry on May 3, 2014.")
      if (ARCHIVE_CAPTION.test(s.text)) continue
      const d = dayDate(datesOf(s.index).filter((m) => /\d/.test(m.text)), nowhere)
      if (!d || daysBefore(d, published) < 0 || daysBefore(d, published) > CAPTION_DAYS) continue
      for (const m of s.mentions) if (m.kind === 'name' && m.actorId && !out.has(m.actorId)) out.set(m.actorId, d)
      continue
    }
    const d = dayDate(datesOf(s.index), contents, relatives(s))
    if (!d) continue
    const subj = mainSubject(s, s.tokens.length)
    if (!subj || subj.mentions.some((m) => m.quoted || (m.start >= 0 && contents(m.start, m.end)))) continue
    for (const id of subj.ids) if (!out.has(id)) out.set(id, d)
  }
  return out
}

/** ", who met X on Monday," — a relative clause's date is not the main clause's. */
function relatives(s: SentenceCtx): [number, number][] {
  const out: [number, number][] = []
  const tk = s.tokens
  for (let i = 0; i < tk.length; i++) {
    if (tk[i]!.text !== ',' || !RELATIVE_OPENERS.has(tk[i + 1]?.norm ?? '')) continue
    let j = i + 2
    while (tk[j] && tk[j]!.text !== ',' && tk[j]!.text !== '.') j++
    out.push([tk[i]!.start, tk[j - 1]!.end])
    i = j - 1
  }
  return out
}

/** People named (outside quotes) in undated sentences of the lead's first two paragraphs share its dated occasion;
 *  with `side`, only those named in its dated sentence or whose side (state, organisation) is. */
function leadParticipants(
  sents: SentenceCtx[], datesOf: DatesOf, contents: Inside, res: Map<string, ResolvedDate>,
  isPerson: (id: string) => boolean, side?: (id: string) => string | null,
): void {
  const content = sents.filter((s) => !s.skip)
  const first = content[0]
  if (!first) return
  const ds = content.find((s) => s.paragraph === first.paragraph && dayDate(datesOf(s.index), contents, relatives(s)))
  const d = ds && dayDate(datesOf(ds.index), contents, relatives(ds))
  if (!d) return
  const present = new Set(ds.mentions.flatMap((m) => m.members ?? (m.actorId ? [m.actorId] : [])))
  const takesPart = (id: string) => !side || present.has(id) || present.has(side(id) ?? '')
  const paras = [...new Set(content.map((s) => s.paragraph))].slice(0, 2)
  for (const s of content) {
    if (!paras.includes(s.paragraph) ||
      (dayDate(datesOf(s.index), nowhere) && s.paragraph !== first.paragraph)) continue
    for (const m of s.mentions) {
      const inside = m.quoted || contents(m.start, m.end)
      const id = m.actorId
      if (id && !inside && isPerson(id) && !res.has(id) && takesPart(id)) res.set(id, d)
    }
  }
}

/** The lead's occasion: the first day date (past) of the first content paragraphs, outside quotes and contents. */
function leadOccasion(sents: SentenceCtx[], datesOf: DatesOf, contents: Inside): ResolvedDate | null {
  const paras: number[] = []
  for (const s of sents) {
    if (s.skip) continue
    if (!paras.includes(s.paragraph)) paras.push(s.paragraph)
    if (paras.length > LEAD_PARAGRAPHS) break
    const d = dayDate(datesOf(s.index), contents, relatives(s))
    if (d) return d
  }
  return null
}

/** Person → the occasion they take part in: the first dated sentence they are the main subject of, else the
 *  lead's date for people named in its first paragraphs. Used for statements and for undated acts. */
export function personOccasions(drafts: StatementDraft[], sents: SentenceCtx[], datesOf: DatesOf, published: string,
  isPerson: (id: string) => boolean, side?: (id: string) => string | null): Map<string, ResolvedDate> {
  const contents = contentsOf(drafts)
  const out = subjectOccasions(sents, datesOf, contents, published)
  leadParticipants(sents, datesOf, contents, out, isPerson, side)
  return out
}

export function dateStatements(drafts: StatementDraft[], sents: SentenceCtx[], datesOf: DatesOf,
  fallback: ResolvedDate, published: string, isPerson: (id: string) => boolean): ResolvedDate[] {
  const own = drafts.map((d) => {
    for (const [a, b] of d.attr) {
      for (let k = d.first; k <= d.last; k++) {
        const rel = relatives(sents[k]!)
        const hit =
          datesOf(k).find((m) => m.start >= a && m.end <= b && !(m.start >= d.contentStart && m.end <= d.contentEnd) &&
            !rel.some(([x, y]) => m.start >= x && m.end <= y))
        if (hit) return hit.date
      }
    }
    return null
  })
  const contents = contentsOf(drafts)
  const firstOwn = new Map<string, ResolvedDate>()
  own.forEach((x, j) => { if (x && !firstOwn.has(drafts[j]!.speakerId)) firstOwn.set(drafts[j]!.speakerId, x) })
  let subjects: Map<string, ResolvedDate> | null = null
  let lead: ResolvedDate | null | undefined
  const dated = drafts.map((d, i) => {
    const mine = own[i] ?? firstOwn.get(d.speakerId)
    if (mine) return mine
    if (!subjects) subjects = personOccasions(drafts, sents, datesOf, published, isPerson)
    const occ = subjects.get(d.speakerId)
    if (occ) return occ
    const attrText =
      d.attr.map(([a, b]) =>
        sentencesOverlapping(sents, a, b).map((s) =>
          s.text.slice(Math.max(0, a - s.start), b - s.start)).join(' ')).join(' ')
    if (OCCASION_ATTR.test(attrText)) {
      if (lead === undefined) lead = leadOccasion(sents, datesOf, contents)
      if (lead) return lead
    }
    return fallback
  })
  // one occasion per speaker: an undated remark takes the speaker's other dated remark
  const firstDated = new Map<string, ResolvedDate>()
  dated.forEach((y, j) => {
    const id = drafts[j]!.speakerId
    if (y !== fallback && !firstDated.has(id)) firstDated.set(id, y)
  })
  return dated.map((x, i) => (x !== fallback ? x : (firstDated.get(drafts[i]!.speakerId) ?? x)))
}
