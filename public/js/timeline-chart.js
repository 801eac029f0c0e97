// The events-over-time chart: a /v1/stats/timeline answer drawn with uPlot, with a table of the
// series (colour, label, total) that is the chart's legend and its text alternative.
import { h, formatCount } from './dom.js'
import { seriesColor } from './labels.js'

const DAY = 86_400
const toSeconds = (period) => Date.UTC(+period.slice(0, 4), +period.slice(5, 7) - 1, +period.slice(8, 10)) / 1000

/** How a period reads for an interval: 2012, 2012-06, 2012-06-04. */
export function periodLabel(period, interval) {
  if (interval === 'year') return period.slice(0, 4)
  if (interval === 'month') return period.slice(0, 7)
  if (interval === 'week') return `week of ${period}`
  return period
}

const periodSeconds = { day: DAY, week: 7 * DAY, month: 30.5 * DAY, year: 365.25 * DAY }

/**
 * Draws `timeline` into a new element and returns it; `measure` is `count` or `goldstein`.
 * The element carries data-state="ready" and data-total (the events drawn) once the chart exists.
 */
export function timelineChart(timeline, { measure = 'count', title = 'Events over time' } = {}) {
  const { interval, group_by: groupBy, periods, series } = timeline
  const total = series.reduce((sum, s) => sum + s.total, 0)
  const first = periodLabel(periods[0], interval)
  const last = periodLabel(periods.at(-1), interval)
  const what = measure === 'goldstein' ? 'mean Goldstein score' : 'number of events'
  const summary = `${title}: ${what} per ${interval} from ${first} to ${last}, ${formatCount(total)} events in ` +
    `${series.length} series. The table below lists each series and its total.`
  const plot = h('div', { class: 'chart-canvas', role: 'img', 'aria-label': summary })
  const state = { state: 'drawing', total: String(total), series: String(series.length) }
  const figure = h('figure', { class: 'chart', dataset: state },
    plot, legendTable(timeline, measure))

  const UPlot = window.uPlot
  if (!UPlot) {
    plot.replaceChildren(h('p', { class: 'state state-error', role: 'alert' }, 'The chart library did not load.'))
    return figure
  }
  const xs = periods.map(toSeconds)
  const values = series.map((s) => s.points.map((p) => (measure === 'goldstein' ? p.mean_goldstein : p.count)))
  const single = series.length === 1
  const halfPeriod = periodSeconds[interval] / 2
  const yLabel = measure === 'goldstein' ? 'mean Goldstein' : 'events'
  const opts = {
    width: 600,
    height: 320,
    tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true, range: (u, min, max) => [min - halfPeriod, max + halfPeriod] },
      y: { range: measure === 'goldstein' ? [-10, 10] : (u, min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] },
    },
    axes: [
      { stroke: '#333', grid: { stroke: '#e3e3e3' } },
      { stroke: '#333', grid: { stroke: '#e3e3e3' }, size: 56, label: yLabel },
    ],
    series: [
      { label: interval, value: (u, ts) => (ts === null ? '–' : periodLabel(periods[xs.indexOf(ts)] ?? '', interval)) },
      ...series.map((s, i) => {
        const color = seriesColor(groupBy, s.key, i)
        return {
          label: s.label,
          stroke: color,
          width: single ? 1 : 2,
          fill: single ? `${color}cc` : undefined,
          paths: single ? UPlot.paths.bars({ size: [0.8, 48], align: 0 }) : undefined,
          points: single ? { show: false } : undefined,
          value: (u, v) => (v === null ? '–' : measure === 'goldstein' ? v.toFixed(2) : formatCount(v)),
        }
      }),
    ],
  }
  // drawn once the figure is in the page (uPlot measures fonts), then resized with its container
  requestAnimationFrame(() => {
    const chart = new UPlot({ ...opts, width: Math.max(300, plot.clientWidth) }, [xs, ...values], plot)
    figure.dataset.state = 'ready'
    new ResizeObserver(() => {
      if (plot.isConnected) chart.setSize({ width: Math.max(300, plot.clientWidth), height: 320 })
      else chart.destroy()
    }).observe(plot)
  })
  return figure
}

function legendTable(timeline, measure) {
  const { group_by: groupBy, series } = timeline
  const rows = series.map((s, i) => {
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' })
    swatch.style.backgroundColor = seriesColor(groupBy, s.key, i)
    const counts = s.points.filter((p) => p.count > 0)
    const mean = counts.length ? counts.reduce((sum, p) => sum + p.mean_goldstein * p.count, 0) / s.total : null
    return h('tr', { dataset: { key: s.key } },
      h('th', { scope: 'row' }, swatch, s.label),
      h('td', { class: 'num' }, formatCount(s.total)),
      h('td', { class: 'num' }, mean === null ? '–' : mean.toFixed(2)),
    )
  })
  return h('table', { class: 'legend-table' },
    h('caption', { class: 'visually-hidden' }, 'The series in the chart, with their totals'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Series'), h('th', { scope: 'col', class: 'num' }, 'Events'),
      h('th', { scope: 'col', class: 'num' }, 'Mean Goldstein'))),
    h('tbody', {}, rows),
  )
}
