// Consistency checks for a gold file written under the canonical annotation guideline v2 (a TypeScript port of
// the checks of the shared dev set's validate.py). `checkGold` returns the errors (rule broken) and notes (worth a
// look, not wrong) for one gold file against its article text. The D numbers are the guideline's decisions.
import { readFileSync } from 'node:fs'
import { z } from 'zod'

const root = z.string().regex(/^(0[1-9]|1[0-9]|20)$/, 'a CAMEO root is two digits 01-20')
/** The allowed type/root table (guideline 4.7), kept as data in types.json. */
const TypeTable = z.object({ typeRoots: z.record(z.string(), z.array(root).min(1)), symmetricRoots: z.array(root) })
const typeTable = TypeTable.parse(JSON.parse(readFileSync(new URL('types.json', import.meta.url), 'utf8')))
const typeRoots = typeTable.typeRoots
const symmetricRoots = new Set(typeTable.symmetricRoots)
const eventTypes = Object.keys(typeRoots) as [string, ...string[]]

/** Metonyms that are never actors: they stand for the state (D13). */
const METONYMS = new Set(['Kremlin', 'White House', 'Moscow', 'Washington', 'Warsaw', 'Beijing', 'Kyiv', 'Kiev',
  'Tehran', 'Prague', 'Bucharest', 'Brussels', 'Pentagon'])
const WELCOME = /\b(welcom\w*|hail\w*|prais\w*|satisf\w*|applaud\w*|commend\w*)\b/i
const CALL_TALKS = /\bcall(?:ed|s|ing)? for (?:\w+ ){0,2}(?:talks|negotiations|dialogue)\b/i
const CANCEL_VISIT = /\b(cancel\w*|call\w* off)\b[^.]*\b(visit|trip)\b/i
// a closing quote, then an attribution (pronoun or a name of up to four words), as in 'ready," Ivan Petrov said. "'
// (validate.py's pattern allowed one capitalised word only)
const QUOTE_BREAK = /[”"]\s*,?\s*(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:said|added|told|stated|noted|underlined|stressed|emphasized)\b/

const date = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date must be YYYY-MM-DD or YYYY-MM')
const note = z.string().optional()

/** The gold file format of the guideline's section 0 (plus an optional `note` on any item). */
export const GoldFile = z.strictObject({
  article: z.string().regex(/\.txt$/),
  actors: z.array(z.strictObject({
    name: z.string().min(1),
    kind: z.enum(['person', 'state', 'organization']),
    role: z.string(),
    country: z.string().regex(/^([A-Z]{3}|NATO|EU|)$/, 'country must be ISO alpha-3, NATO, EU or empty'),
    note,
  })),
  statements: z.array(z.strictObject({
    speaker: z.string(), text: z.string().min(1), direct: z.boolean(), date, note,
  })),
  events: z.array(z.strictObject({
    date,
    source_actor: z.string(),
    target_actor: z.string(),
    type: z.enum(eventTypes),
    cameo_root: root,
    summary: z.string().min(1),
    evidence: z.string().min(1),
    note,
  })),
})
export type GoldFile = z.infer<typeof GoldFile>
type Actor = GoldFile['actors'][number]
type Event = GoldFile['events'][number]

export interface CheckResult { errors: string[]; notes: string[] }

const asciiFold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '')
const short = (s: string) => JSON.stringify(s.slice(0, 70))

/** Checks one gold file against its article text; `published` is the article's publication date (YYYY-MM-DD). */
export function checkGold(gold: GoldFile, text: string, published: string): CheckResult {
  const errors: string[] = []
  const notes: string[] = []
  const names = gold.actors.map((a) => a.name)
  const byName = new Map(gold.actors.map((a) => [a.name, a]))
  if (new Set(names).size !== names.length) errors.push('duplicate actor names')
  const checkDate = (what: string, d: string) => {
    if (d > published) errors.push(`D17: ${what} date ${d} after publication ${published}`)
  }

  for (const a of gold.actors) checkActor(a, text, errors)

  for (const s of gold.statements) {
    if (!byName.has(s.speaker)) errors.push(`speaker ${JSON.stringify(s.speaker)} not in actors`)
    if (!text.includes(s.text)) errors.push(`statement not verbatim: ${short(s.text)}`)
    if (s.text.includes('\n') || QUOTE_BREAK.test(s.text)) {
      errors.push(`D14: statement spans a paragraph or an attribution: ${short(s.text)}`)
    }
    checkDate('statement', s.date)
  }

  for (const e of gold.events) {
    for (const who of [e.source_actor, e.target_actor]) {
      if (!byName.has(who)) errors.push(`event actor ${JSON.stringify(who)} not in actors`)
    }
    if (!typeRoots[e.type]?.includes(e.cameo_root)) {
      errors.push(`cameo_root ${e.cameo_root} not allowed for type ${e.type} (D5/D7/table 4.7)`)
    }
    if (e.source_actor === e.target_actor) errors.push(`source equals target (${e.source_actor})`)
    if (!text.includes(e.evidence)) errors.push(`evidence not verbatim: ${short(e.evidence)}`)
    checkDate('event', e.date)
    checkEventDecisions(e, errors)
  }
  errors.push(...reverseDuplicates(gold.events))
  checkClosure(gold, byName, errors, notes)
  return { errors, notes }
}

function checkActor(a: Actor, text: string, errors: string[]) {
  if (METONYMS.has(a.name)) errors.push(`D13: metonym actor ${JSON.stringify(a.name)} (use the state it stands for)`)
  if (a.kind === 'state' && a.role !== '') errors.push(`state ${a.name} must have an empty role`)
  if (a.kind !== 'person') return
  if (!a.role) errors.push(`person ${a.name} has no role`)
  const surname = a.name.split(' ').pop() ?? a.name
  const forms = [...new Set([surname, asciiFold(surname)])]
  const ends = forms.flatMap((f) => [...text.matchAll(new RegExp(escape(f), 'g'))].map((m) => m.index + f.length))
  if (ends.length === 0) {
    errors.push(`person ${a.name} not found in text`)
  } else if (ends.every((i) => /^(['’]s)? (administration|White House)\b/.test(text.slice(i)))) {
    errors.push(`D12: ${a.name} occurs only as '${surname} administration' / '${surname} White House'`)
  }
}

function checkEventDecisions(e: Event, errors: string[]) {
  if (e.cameo_root === '01' && (WELCOME.test(e.summary) || WELCOME.test(e.evidence))) {
    errors.push(`D7: welcome/hail/praise/satisfaction coded 01: ${short(e.summary)}`)
  }
  if (CALL_TALKS.test(e.evidence) && e.type === 'propose' && e.cameo_root !== '02') {
    errors.push(`D6: 'called for talks' must be root 02: ${short(e.evidence)}`)
  }
  if (CALL_TALKS.test(e.evidence) && e.cameo_root === '10') {
    errors.push(`D6: 'called for talks' coded 10: ${short(e.evidence)}`)
  }
  if (CANCEL_VISIT.test(e.evidence) && ['other', 'refuse', 'reject'].includes(e.type) && e.cameo_root !== '16') {
    errors.push(`D8: cancelled visit must be root 16: ${short(e.evidence)}`)
  }
}

/** D2: a joint act (roots 03-06) is annotated once, never also in the reverse direction. */
function reverseDuplicates(events: Event[]): string[] {
  const found: string[] = []
  events.forEach((a, i) => {
    for (const b of events.slice(i + 1)) {
      if (a.cameo_root === b.cameo_root && symmetricRoots.has(a.cameo_root) && a.date === b.date &&
          a.source_actor === b.target_actor && a.target_actor === b.source_actor &&
          (a.type === b.type || a.evidence === b.evidence)) {
        found.push(`D2: reverse duplicate ${a.source_actor} <-> ${a.target_actor} root ${a.cameo_root} ${a.date}`)
      }
    }
  })
  return found
}

/** D10: actors are the participants plus the state or organization each participating person represents. */
function checkClosure(gold: GoldFile, byName: Map<string, Actor>, errors: string[], notes: string[]) {
  const participants = new Set([
    ...gold.statements.map((s) => s.speaker),
    ...gold.events.flatMap((e) => [e.source_actor, e.target_actor]),
  ])
  const personCodes = new Set([...participants].map((n) => byName.get(n))
    .filter((a) => a?.kind === 'person').map((a) => a?.country))
  for (const a of gold.actors) {
    if (participants.has(a.name)) continue
    if (a.kind === 'person') errors.push(`D10: person ${a.name} is neither speaker, source nor target`)
    else if (!a.country || !personCodes.has(a.country)) {
      errors.push(`D10: ${a.name} is neither a participant nor the affiliation of a participating person`)
    }
  }
  const codes = new Set(gold.actors.filter((a) => a.kind !== 'person').map((a) => a.country))
  for (const a of gold.actors) {
    if (a.kind === 'person' && a.country && !codes.has(a.country)) {
      notes.push(`no actor for ${a.name}'s state/organization ${a.country} (correct only if the text never names it)`)
    }
  }
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
