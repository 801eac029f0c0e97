// The overview's filter form. Its state lives in the URL (#/?from=…&group_by=quad…), so a view can be
// bookmarked and shared; submitting the form writes the URL, and the route draws the view again.
import { h } from './dom.js'
import { actorHint, actorInput } from './actor-input.js'
import { GROUPINGS, INTERVALS, MEASURES } from './labels.js'

export const FILTER_KEYS = ['from', 'to', 'interval', 'group_by', 'measure', 'actor', 'dyad']

/** The filters in `params`, with defaults. */
export function readFilters(params) {
  const f = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? '']))
  f.interval ||= 'month'
  f.measure ||= 'count'
  return f
}

/** True when a filter narrows the events (not only how they are drawn). */
export const narrows = (f) => Boolean(f.from || f.to || f.actor || f.dyad)

export function filtersToHash(f) {
  const params = new URLSearchParams()
  for (const k of FILTER_KEYS) {
    const v = f[k]
    if (v && !(k === 'interval' && v === 'month') && !(k === 'measure' && v === 'count')) params.set(k, v)
  }
  const query = params.toString()
  return query ? `#/?${query}` : '#/'
}

const select = (id, name, label, options, value) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  h('select', { id, name }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))))

const dateField = (id, name, label, value) => h('div', { class: 'field' },
  h('label', { for: id }, label), h('input', { id, name, type: 'date', value, min: '1900-01-01', max: '2100-12-31' }))

/** The form, filled from `f`. */
export function filterForm(f) {
  const [dyadA = '', dyadB = ''] = f.dyad ? f.dyad.split(',') : []
  const problem = h('p', { class: 'form-problem', role: 'alert' })
  const form = h('form', { class: 'filters', id: 'filters', 'aria-label': 'Filters' },
    h('fieldset', {}, h('legend', {}, 'Period and chart'),
      dateField('f-from', 'from', 'From', f.from),
      dateField('f-to', 'to', 'To', f.to),
      select('f-interval', 'interval', 'Per', INTERVALS, f.interval),
      select('f-group', 'group_by', 'Split by', GROUPINGS, f.group_by),
      select('f-measure', 'measure', 'Show', MEASURES, f.measure)),
    h('fieldset', {}, h('legend', {}, 'Actors'),
      actorInput({ id: 'f-actor', name: 'actor', label: 'Actor (source or target)', value: f.actor }),
      actorInput({ id: 'f-dyad-a', name: 'dyad_a', label: 'Dyad: between', value: dyadA }),
      actorInput({ id: 'f-dyad-b', name: 'dyad_b', label: 'and', value: dyadB }),
      actorHint()),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', id: 'f-apply' }, 'Apply filters'),
      h('a', { href: '#/', class: 'button-link', id: 'f-clear' }, 'Clear')),
    problem,
  )
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const data = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]))
    if (Boolean(data.dyad_a) !== Boolean(data.dyad_b)) {
      problem.textContent = 'A dyad needs two actors: fill in both, or neither.'
      form.querySelector(data.dyad_a ? '#f-dyad-b' : '#f-dyad-a').focus()
      return
    }
    if (data.from && data.to && data.from > data.to) {
      problem.textContent = '“From” must not be after “To”.'
      form.querySelector('#f-from').focus()
      return
    }
    problem.textContent = ''
    const next = filtersToHash({ ...data, dyad: data.dyad_a ? `${data.dyad_a},${data.dyad_b}` : '' })
    if (next === window.location.hash || (next === '#/' && !window.location.hash)) {
      window.dispatchEvent(new HashChangeEvent('hashchange')) // same filters: load again
    } else {
      window.location.hash = next
    }
  })
  return form
}
