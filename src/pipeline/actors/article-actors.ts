// The article's actors: every actor with a mention in a content sentence that is not a venue, a news outlet or a
// place (a state named as a place still acts in "the war in Georgia"), plus the speakers and event participants.
import type { ExtractedActor } from '../types.ts'
import type { SentenceCtx } from '../doc.ts'
import type { Mention } from './mentions.ts'
import type { Cast } from './cast.ts'
import { isVenueOrg } from './venues.ts'
import { alternatives, lexiconWords } from '../resources/lexicon.ts'

const MEDIA = new RegExp(`\\b(?:${alternatives(lexiconWords('references', 'mediaDescriptions'))})\\b`, 'i')
// a state named as a place still acts or is acted upon in "the war in Georgia", "a radar in Poland"
const ACTION_NOUN = lexiconWords('places', 'actionNouns')

/** A mention naming an actor: not a venue or framework organisation ("the G20 summit"), not a place. */
function isActorMention(s: SentenceCtx, m: Mention, cast: Cast): boolean {
  if (!m.actorId) return false
  const rec = cast.profiles.get(m.actorId)?.record
  if (!rec || MEDIA.test(rec.description ?? '')) return false
  if (isVenueOrg(s.tokens, m, rec.kind)) return false
  const ctx = s.tokens.slice(Math.max(0, m.ti - 5), m.ti).map((t) => t.norm)
  if (m.locative) return ctx.slice(-5).some((w) => ACTION_NOUN.has(w))
  return true
}

/** The article's actors: every actor with a mention in a content sentence, plus `extra` ids (speakers,
 *  participants). */
export function articleActors(sents: SentenceCtx[], cast: Cast, extra: Iterable<string>): ExtractedActor[] {
  const ids = new Set<string>()
  for (const s of sents) {
    if (s.skip) continue
    for (const m of s.mentions) if (m.kind !== 'pronoun' && isActorMention(s, m, cast)) ids.add(m.actorId!)
  }
  for (const id of extra) ids.add(id)
  const out: ExtractedActor[] = []
  for (const id of ids) {
    const p = cast.profiles.get(id)
    if (!p || MEDIA.test(p.record.description ?? '')) continue
    const { name, kind, country } = p.record
    out.push({ id, name, kind, country, role: p.role, discovered: p.discovered, record: p.record })
  }
  return out
}
