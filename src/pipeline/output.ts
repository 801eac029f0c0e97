// The CLI's JSON rendering of an Extraction: canonical names, dates formatted by precision.
import type { Extraction } from './types.ts'
import { loadResources, type Resources } from './resources/load.ts'
import { formatDate } from './text/dates.ts'

export interface OutputJson {
  actors: { name: string; kind: string; country: string | null; role: string | null }[]
  statements: { speaker: string; text: string; direct: boolean; date: string }[]
  events: {
    date: string; source_actor: string; target_actor: string | null; type: string; cameo_code: string
    cameo_root: string; evidence: string
  }[]
}

/** The CLI's JSON: canonical names, dates formatted by precision. */
export function toOutput(x: Extraction, resources: Resources = loadResources()): OutputJson {
  const name = (id: string | null) =>
    (id === null ? null : (x.actors.find((a) => a.id === id)?.name ?? resources.byId.get(id)?.name ?? id))
  return {
    actors: x.actors.map((a) => ({ name: a.name, kind: a.kind, country: a.country, role: a.role })),
    statements: x.statements.map((s) => ({
      speaker: name(s.speakerId)!, text: s.text, direct: s.direct, date: formatDate(s.date),
    })),
    events: x.events.map((e) => ({
      date: formatDate(e.date), source_actor: name(e.sourceId)!, target_actor: name(e.targetId), type: e.type,
      cameo_code: e.cameoCode, cameo_root: e.cameoRoot, evidence: e.evidence.text,
    })),
  }
}
