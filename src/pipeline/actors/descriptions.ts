// Descriptions of people and governments: "the Russian leader", "a U.S. official", "Russia's top
// diplomat", "the Pentagon official", "the American side", "Both presidents" (resolved in actors.ts).
import type { Mention } from './mentions.ts'
import type { Token } from '../text/tokens.ts'
import { mk, nationalityAt } from './mentions.ts'
import { DETERMINERS, TITLE_WORDS } from './titles.ts'
import { z } from 'zod'
import { lexiconTable, lexiconWords } from '../resources/lexicon.ts'

/** What a description's head may stand for (role-match.ts `compatible`); `state`: the government itself. */
export const HEAD_CLASSES = [
  'president', 'pm', 'leader', 'minister', 'secretary', 'official', 'diplomat', 'spokes', 'ambassador', 'counterpart',
  'general', 'group', 'state',
] as const
export type HeadClass = typeof HEAD_CLASSES[number]

const headSchema = z.object({
  class: z.enum(HEAD_CLASSES), plural: z.boolean().optional(), onlyBefore: z.array(z.string()).optional(),
  withState: z.boolean().optional(),
}).strict()
/** Heads of descriptions ("the Russian leader", "a U.S. official", "the American side"). */
const DESCRIPTION_HEADS = lexiconTable('titles', 'descriptionHeads', headSchema)

/** Heads that need an organisation (or, `withState`, a state) before them: "the alliance chief", "NATO allies". */
const EXTRA_HEADS = lexiconTable('titles', 'organisationHeads', headSchema)
const MODIFIERS = lexiconWords('titles', 'descriptionModifiers')

/**
 * Descriptions: [det|possessor] [nationality|org] [title words]* HEAD ("the U.S. defense secretary",
 * "Russia's top diplomat", "a Russian diplomat", "the American side", "Both presidents").
 * `names` are the name mentions of the sentence (a possessor or org inside the description).
 */
export function findDescriptions(tokens: Token[], text: string, sentStart: number, names: Mention[],
  orgCountry: (id: string) => string | null, orgKey: (id: string) => string | null = () => null): Mention[] {
  const out: Mention[] = []
  const nameAt = new Map<number, Mention>()
  for (const n of names) nameAt.set(n.tj - 1, n)
  const covered = (i: number) => names.some((n) => i >= n.ti && i < n.tj)
  for (let h = 0; h < tokens.length; h++) {
    const ht = tokens[h]!
    const head = ht.word ? (DESCRIPTION_HEADS.get(ht.norm) ?? EXTRA_HEADS.get(ht.norm)) : undefined
    if (!head || covered(h)) continue
    const next = tokens[h + 1]
    if (next?.word && next.cap && !ht.cap &&
      names.some((n) => n.ti === h + 1 &&
        n.kind !== 'surname')) continue // "counterpart George Bush": title of the name
    if (head.onlyBefore && next?.word && !head.onlyBefore.includes(next.norm)) continue
    const modifiers: string[] = []
    let country: string | null = null
    let org: string | null = null
    let qualified = false
    let i = h - 1
    for (; i >= 0; i--) {
      const t = tokens[i]!
      if (t.norm === "'s" && nameAt.has(i - 1)) {
        const n = nameAt.get(i - 1)!
        const c = n.actorId ? orgCountry(n.actorId) : null
        country = country ?? c
        modifiers.push(...n.text.toLowerCase().split(/\s+/))
        qualified = true
        i = n.ti
        continue
      }
      if (nameAt.has(i)) {
        const n = nameAt.get(i)!
        if (n.kind === 'surname') break
        country = country ?? (n.actorId ? orgCountry(n.actorId) : null)
        org = org ?? (n.actorId ? orgKey(n.actorId) : null)
        modifiers.push(...n.text.toLowerCase().split(/\s+/))
        qualified = true
        i = n.ti
        continue
      }
      const nat = i > 0 ? nationalityAt(tokens, i - 1) : null
      if (nat && nat[0] === 2) {
        country = country ?? nat[1].iso
        qualified = true
        i--
        continue
      }
      const nat1 = nationalityAt(tokens, i)
      if (nat1) {
        country = country ?? nat1[1].iso
        qualified = true
        continue
      }
      if (!t.word) break
      if (DETERMINERS.has(t.norm)) {
        qualified = true
        modifiers.push(t.norm)
        if (i > 0 && tokens[i - 1]!.word && DETERMINERS.has(tokens[i - 1]!.norm)) continue // "the two leaders"
        i--
        break
      }
      if (TITLE_WORDS.has(t.norm) || MODIFIERS.has(t.norm)) {
        modifiers.push(t.norm)
        continue
      }
      break
    }
    if (!qualified) continue
    // "NATO allies", "the alliance chief": only with an organisation ("U.S. allies" are not the U.S.)
    if (EXTRA_HEADS.has(ht.norm) && !EXTRA_HEADS.get(ht.norm)!.withState && !org) continue
    let tj = h + 1
    // "the president of Russia"
    if (tokens[h + 1]?.norm === 'of') {
      const n = names.find((x) => x.ti === h + 2 || (x.ti === h + 3 && tokens[h + 2]?.norm === 'the'))
      if (n && n.actorId) {
        country = country ?? orgCountry(n.actorId)
        tj = n.tj
      }
    }
    const ti = i + 1
    const m = mk(tokens, ti, tj, head.class === 'state' ? 'group' : 'description', [],
      text.slice(tokens[ti]!.start - sentStart, tokens[tj - 1]!.end - sentStart))
    m.head = head.class
    m.plural = head.plural === true
    m.modifiers = modifiers
    m.country = country
    if (org) m.org = org
    m.confidence = 0.75
    out.push(m)
    h = tj - 1
  }
  return out
}
