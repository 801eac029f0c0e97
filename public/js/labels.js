// Names and colours the views share. The QuadClass labels are those of the API's codebook
// (src/domain/cameo.ts); the timeline answers with its own labels, these are for single events.

export const QUAD_LABELS = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
}

// cooperation in greens and blues, conflict in orange and red: readable for the common colour-blindnesses
const QUAD_COLORS = { 1: '#1b7f5b', 2: '#2166ac', 3: '#d08a00', 4: '#c0262d' }

// Okabe–Ito and Tableau hues, darkened where needed for contrast against white
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#6a3d9a', '#e15759', '#4e6e58',
  '#7f7f7f', '#b07aa1', '#1f3a93']

/** A stable colour per series: by QuadClass when grouped by it, else by position. */
export function seriesColor(groupBy, key, index) {
  if (groupBy === 'quad' && QUAD_COLORS[key]) return QUAD_COLORS[key]
  return PALETTE[index % PALETTE.length]
}

export const GROUPINGS = [
  ['', 'Nothing (all events)'],
  ['root', 'CAMEO root'],
  ['quad', 'QuadClass'],
  ['actor', 'Source actor'],
]

export const INTERVALS = [['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']]

export const MEASURES = [['count', 'Number of events'], ['goldstein', 'Mean Goldstein score']]
