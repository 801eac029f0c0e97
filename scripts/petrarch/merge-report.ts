// The merge of data/petrarch/actors.json under the hand-made gazetteer, as text for the conversion report:
// counts, and the key people of real diplomacy news with where they come from and their roles.
import { normalizeName } from '../../src/domain/names.ts'
import type { ActorRecord } from '../../src/pipeline/types.ts'
import {
  allPhoenixActors, mergeWithGazetteer, roleContext, toActorRecord, type PhoenixActors,
} from '../../src/pipeline/resources/phoenix-actors.ts'

/** People real diplomacy news names (issue 7); Phoenix ends around 2016, so later office holders are missing. */
export const KEY_PEOPLE = [
  'Xi Jinping', 'Antony Blinken', 'Rex Tillerson', 'Federica Mogherini', 'Mohammad Javad Zarif', 'Petro Poroshenko',
  'Sergey Lavrov', 'Sergei Ryabkov', 'Jens Stoltenberg', 'Victoria Nuland', 'Wang Yi', 'Hakan Fidan',
  'Vasily Nebenzya', 'Oleh Nikolenko', 'Rustem Umerov', 'Vladimir Medinsky', 'John Kerry', 'Dmitry Peskov',
]

function find(actors: ActorRecord[], name: string): ActorRecord | undefined {
  const key = normalizeName(name)
  const surname = key.split(' ').pop()!
  return actors.find((a) => [a.name, ...a.aliases].some((n) => normalizeName(n) === key)) ??
    actors.find((a) => a.kind === 'person' && normalizeName(a.name).split(' ').pop() === surname &&
      normalizeName(a.name).startsWith(key.slice(0, 3)))
}

function roles(a: ActorRecord): string {
  return a.roles.map((r) => `${r.title} ${r.from ?? '…'}–${r.to ?? '…'}`).join('; ') || 'no role'
}

export function mergeReport(handMade: ActorRecord[], phoenix: PhoenixActors): string {
  const m = mergeWithGazetteer(handMade, phoenix)
  const lines = [
    `merge with the hand-made gazetteer (${handMade.length} actors): ${m.added.length} Phoenix actors added, ` +
    `${m.sameAs.size} already there (hand-made wins), ${m.renamed.size} renamed to avoid an id collision, ` +
    `${m.shadowed.length} left out (name is another hand-made actor's alias), ${m.droppedAliases} aliases dropped ` +
    `(a hand-made actor carries them); ${m.missingAliases.size} hand-made actors lack some Phoenix aliases`,
  ]
  for (const [from, to] of [...m.renamed].slice(0, 10)) lines.push(`  renamed ${from} → ${to}`)
  const ctx = roleContext(phoenix)
  const records = allPhoenixActors(phoenix).map((a) => toActorRecord(a, ctx))
  lines.push('key people:')
  for (const name of KEY_PEOPLE) {
    const h = find(handMade, name)
    const p = find(records, name)
    const where = [h ? `hand-made ${h.id}` : null, p ? `Phoenix ${p.id} (${roles(p)})` : null].filter(Boolean)
    lines.push(`  ${name}: ${where.length > 0 ? where.join('; ') : 'MISSING from both'}`)
  }
  return lines.join('\n') + '\n'
}
