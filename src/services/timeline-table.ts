// The timeline as a flat table: one row per period, a leading `time` column, one column per series.
import type { Timeline, TimelineRow } from '../schemas/stats.ts'

export type Measure = 'count' | 'mean_goldstein'

/** Column names: the series labels, made unique (a repeated label gets its key appended). */
function columnNames(timeline: Timeline): string[] {
  const labels = timeline.series.map((s) => s.label)
  const unique = (label: string, i: number) => labels.indexOf(label) === i && labels.lastIndexOf(label) === i
  return timeline.series.map((s, i) => (unique(s.label, i) && s.label !== 'time' ? s.label : `${s.label} (${s.key})`))
}

/** The table's header (`time` first) and rows (the period's UTC midnight, then each series' measure). */
export function timelineTable(timeline: Timeline, measure: Measure) {
  const names = columnNames(timeline)
  const rows = timeline.periods.map((period, i) => [
    `${period}T00:00:00.000Z`,
    ...timeline.series.map((s) => s.points[i]?.[measure] ?? null),
  ])
  return { header: ['time', ...names], rows }
}

/** The table as JSON rows: `{ time, <series label>: value, … }`. */
export function timelineRows(timeline: Timeline, measure: Measure): TimelineRow[] {
  const { header, rows } = timelineTable(timeline, measure)
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])) as TimelineRow)
}
