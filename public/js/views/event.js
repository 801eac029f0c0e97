// #/event/{id} — one event, both actors with their role that day, and every mention: the evidence
// highlighted in the stored article.
import { api, encode } from '../api.js'
import { h, actorLink, dateEl, errorState, fill, formatScore } from '../dom.js'
import { QUAD_LABELS } from '../labels.js'
import { articleWithEvidence } from '../article-text.js'

export async function eventView(view, { id }) {
  const heading = h('h1', { tabindex: '-1' }, 'Event')
  view.append(heading)
  let e
  try {
    e = await api(`/v1/events/${encode(id)}`)
  } catch (err) {
    heading.textContent = err.status === 404 ? 'Event not found' : 'Event'
    view.append(errorState(err))
    return
  }
  heading.textContent = e.summary
  const facts = [
    ['Date', [dateEl(e), e.date_end !== e.date ? ` to ${e.date_end}` : '',
      e.date_text ? ` (“${e.date_text}”)` : ' (publication date)']],
    ['Source', actorWithRole(e.source)],
    ['Target', e.target ? actorWithRole(e.target) : 'none'],
    ['Event type', `${e.event_type} (CAMEO ${e.cameo_code}, root ${e.cameo_root})`],
    ['QuadClass', `${e.quad_class} · ${QUAD_LABELS[e.quad_class] ?? ''}`],
    ['Goldstein', formatScore(e.goldstein)],
    ['Confidence', e.confidence.toFixed(2)],
  ]
  const panel = h('div', { class: 'evidence-panel', id: 'evidence', 'aria-live': 'polite' })
  const choose = (m, button) => {
    for (const b of mentionList.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button))
    return fill(panel, () => articleWithEvidence(m.article.id, m.char_start, m.char_end))
  }
  const mentionList = h('ul', { class: 'mentions', 'aria-label': 'Mentions' }, e.mentions.map((m, i) => {
    const button = h('button', { type: 'button', 'aria-pressed': String(i === 0), dataset: { index: String(i) } },
      `${m.article.outlet}, ${m.article.published_date}: “${m.article.title}”`)
    button.addEventListener('click', () => choose(m, button))
    return h('li', {}, button)
  }))
  view.append(
    h('dl', { class: 'facts panel' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('section', { class: 'panel', 'aria-labelledby': 'evidence-title' },
      h('h2', { id: 'evidence-title' }, `Evidence (${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'})`),
      e.mentions.length > 1 ? mentionList : null,
      panel),
  )
  if (e.mentions[0]) await choose(e.mentions[0], mentionList.querySelector('button'))
  else panel.append(h('p', { class: 'state state-empty', role: 'status' }, 'No stored mention for this event.'))
}

function actorWithRole(a) {
  return [actorLink(a), a.role ? h('span', { class: 'muted' }, `, ${a.role.title} at the time`) : null]
}
