// Small DOM helpers: elements built with properties and listeners only (no HTML strings, nothing inline),
// so the page works under a strict Content-Security-Policy.

/**
 * `h('a', { href: '#/', class: 'x', on: { click } }, 'text', child)`: attributes are set with
 * setAttribute (booleans: present or not), `on` adds listeners, children are nodes or strings.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    if (key === 'on') for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn)
    else if (key === 'dataset') Object.assign(el.dataset, value)
    else if (key === 'value') el.value = value
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  append(el, children)
  return el
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue
    if (Array.isArray(child)) append(el, child)
    else el.append(child instanceof Node ? child : String(child))
  }
}

/** A section with a heading (for aria-labelledby) and a body to fill. */
export function section(id, title, ...intro) {
  const heading = h('h2', { id: `${id}-title` }, title)
  const body = h('div', { class: 'section-body', 'aria-live': 'polite' })
  const el = h('section', { id, class: 'panel', 'aria-labelledby': `${id}-title` }, heading, ...intro, body)
  return { el, heading, body }
}

const integer = new Intl.NumberFormat('en')
export const formatCount = (n) => integer.format(n)
export const formatScore = (n) => (n === null || n === undefined ? '–' : (n > 0 ? '+' : '') + n.toFixed(1))

/** A record's date as precise as it is known: 2012-06-19, 2012-06 or 2012. */
export function formatDate(record) {
  if (record.date_precision === 'year') return record.date.slice(0, 4)
  if (record.date_precision === 'month') return record.date.slice(0, 7)
  return record.date
}

/** `<time>` for a record's date, with the words it was read from as a tooltip. */
export function dateEl(record) {
  const title = record.date_text ? `read from “${record.date_text}”` : null
  return h('time', { datetime: record.date, title }, formatDate(record))
}

export const actorLink = (actor) => h('a', { href: `#/actor/${encodeURIComponent(actor.id)}` }, actor.name)

/** Loading, empty and error states: one look for the whole dashboard. */
export function loadingState(what = 'Loading…') {
  return h('p', { class: 'state state-loading', role: 'status' }, what)
}

export function emptyState(title, detail, ...actions) {
  return h('div', { class: 'state state-empty', role: 'status' },
    h('p', { class: 'state-title' }, title), detail && h('p', {}, detail), actions)
}

/** An API failure as the user can act on it: the problem's title, detail and each bad parameter. */
export function errorState(err) {
  const problem = err.problem || { title: 'Something went wrong', detail: String(err.message || err) }
  const code = problem.code || (err.status ? `HTTP_${err.status}` : 'NETWORK')
  const list = problem.errors?.length
    ? h('ul', {}, problem.errors.map((e) => h('li', {}, h('code', {}, e.parameter), `: ${e.message}`)))
    : null
  return h(
    'div',
    { class: 'state state-error', role: 'alert', dataset: { code } },
    h('p', { class: 'state-title' }, problem.title || 'Error'),
    problem.detail && h('p', {}, problem.detail),
    list,
    problem.code && h('p', { class: 'state-code' }, `code ${problem.code}${err.status ? `, HTTP ${err.status}` : ''}`),
  )
}

/** Replaces the content of `el` with the result of `load()`, showing loading and error states. */
export async function fill(el, load) {
  el.setAttribute('aria-busy', 'true')
  el.replaceChildren(loadingState())
  try {
    el.replaceChildren(...[await load()].flat().filter(Boolean))
  } catch (err) {
    el.replaceChildren(errorState(err))
  } finally {
    el.removeAttribute('aria-busy')
  }
}
