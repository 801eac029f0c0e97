// Readable evaluation output: one row per article (tp/gold/pred of each kind), the misses and spurious items of
// each article (for tuning), and the overall line in score.py's format.
import type { Figures, Kind, Row, SetScore, V2Actor, V2Event, V2Statement } from './score.ts'
import { KINDS } from './score.ts'

const row = (r: Row) => `${r[0]}/${r[1]}g/${r[2]}p`
/** A figure as Python prints it (1.0, 0.5, 0.795). */
const py = (x: number | null) => (x === null ? 'None' : Number.isInteger(x) ? x.toFixed(1) : String(x))
const fig = (f: Figures) => `P=${py(f.precision)} R=${py(f.recall)} F1=${py(f.f1)}`

function item(kind: Kind, x: V2Actor | V2Statement | V2Event): string {
  if (kind === 'actors') return `${(x as V2Actor).name ?? '?'} (${(x as V2Actor).kind ?? '?'})`
  if (kind === 'statements') {
    const s = x as V2Statement
    const text = String(s.text ?? '')
    return `${s.speaker}: ${text.length > 110 ? text.slice(0, 107) + '…' : text} [${s.date ?? '?'}]`
  }
  const e = x as V2Event
  const code = e.cameo_root ?? String(e.cameo_code ?? '').slice(0, 2)
  return `${e.source_actor} → ${e.target_actor} ${code} ${e.date ?? '?'}`
}

/** score.py's last line: `overall actors: P=… R=… F1=… statements: … events: …`. */
export function overallLine(score: SetScore): string {
  return 'overall ' + KINDS.map((k) => `${k}: ${fig(score.overall[k])}`).join(' ')
}

export function formatReport(score: SetScore, opts: { misses?: boolean } = {}): string {
  const lines: string[] = []
  const width = Math.max(...score.articles.map((a) => a.file.length), 10)
  for (const a of score.articles) {
    lines.push(`${a.file.padEnd(width)}  ${KINDS.map((k) => `${k}=${row(a.row[k])}`).join(' ')}`)
  }
  if (opts.misses !== false) {
    for (const a of score.articles) {
      const out: string[] = []
      for (const k of KINDS) {
        for (const x of a.missed[k]) out.push(`  MISSED   ${k.padEnd(10)} ${item(k, x)}`)
        for (const x of a.spurious[k]) out.push(`  SPURIOUS ${k.padEnd(10)} ${item(k, x)}`)
      }
      if (out.length) lines.push('', `== ${a.file}`, ...out)
    }
  }
  const sd = score.extra.statement_dates
  lines.push('', `extra events_no01: ${fig(score.extra.events_no01)} dyad_events: ${fig(score.extra.dyad_events)} ` +
    `statement_dates: ${sd.compatible}/${sd.matched} compatible (${py(sd.accuracy)}), ${sd.exact} exact`)
  lines.push(overallLine(score))
  return lines.join('\n')
}
