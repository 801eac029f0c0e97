// #/ — events over time with filters, the most active actors and pairs, and the matching events.
import { api, encode } from '../api.js'
import { h, section, fill, actorLink, dateEl, emptyState, errorState, formatCount, formatScore } from '../dom.js'
import { filterForm, filtersToHash, narrows, readFilters } from '../filters.js'
import { pagedList } from '../paged-list.js'
import { timelineChart } from '../timeline-chart.js'

const hint = (text) => h('p', { class: 'hint' }, text)

/** The event filters of the API, from the form's state. */
const eventFilters = (f) => ({ from: f.from, to: f.to, actor: f.actor, dyad: f.dyad })

export async function overviewView(view, { params }) {
  const f = readFilters(params)
  const measured = f.measure === 'goldstein' ? 'Mean Goldstein score' : 'Events'
  const timeline = section('timeline', `${measured} per ${f.interval}`)
  const actors = section('top-actors', 'Most active actors',
    hint(f.actor || f.dyad
      ? 'Within the dates above; the actor filters do not apply here.'
      : 'Events and statements within the dates above.'))
  const dyads = section('top-dyads', 'Most active pairs', hint('Source → target, with the filters above.'))
  const events = section('events', 'Events', hint('Newest first, with the filters above.'))
  view.append(
    h('h1', { tabindex: '-1' }, 'Diplomatic events'),
    h('p', { class: 'lede' },
      'Who did what to whom, and when: events coded to CAMEO, extracted from the news, each with its source sentence.'),
    filterForm(f),
    timeline.el,
    h('div', { class: 'columns' }, actors.el, dyads.el),
    events.el,
  )

  const filters = eventFilters(f)
  const timelineAnswer = api('/v1/stats/timeline', { ...filters, interval: f.interval, group_by: f.group_by })
  // the pairs and the list take the same filters: when those are wrong, the timeline says why, once
  const unlessInvalid = async (load) => {
    try {
      await timelineAnswer
    } catch (err) {
      if (err.status === 400 || err.status === 404) return hint('Not shown: see the problem with the filters above.')
    }
    return load()
  }
  await Promise.all([
    fill(timeline.body, async () => {
      const t = await timelineAnswer
      if (t.series.every((s) => s.total === 0)) return noEvents(f)
      return timelineChart(t, { measure: f.measure, title: 'Events' })
    }),
    fill(actors.body, async () => topActors(await api('/v1/stats/actors', { from: f.from, to: f.to, limit: 10 }))),
    fill(dyads.body, () => unlessInvalid(async () =>
      topDyads(await api('/v1/stats/dyads', { ...filters, limit: 10 }), f))),
    unlessInvalid(() => pagedList(events.body, '/v1/events', { ...filters, sort: '-date', limit: 10 }, eventItem, {
      label: 'Events, newest first',
      empty: ['No events match these filters.', null],
    }))
      .then((note) => note && events.body.replaceChildren(note))
      .catch((err) => events.body.replaceChildren(errorState(err))),
  ])
}

function noEvents(f) {
  return narrows(f)
    ? emptyState('No events match these filters.', 'Try a wider date range, or other actors.',
      h('a', { href: '#/' }, 'Clear the filters'))
    : emptyState('No events yet.',
      'The database holds no events: load the articles with `npm run seed` (or restart with SEED_ON_START=true).')
}

function topActors({ data }) {
  if (!data.length) return emptyState('No actor was active in this period.', null)
  return h('table', { class: 'data-table' },
    h('caption', { class: 'visually-hidden' }, 'Most active actors, by events and statements'),
    h('thead', {}, h('tr', {}, ['Actor', 'As source', 'As target', 'Statements', 'Total'].map((c, i) =>
      h('th', { scope: 'col', class: i ? 'num' : null }, c)))),
    h('tbody', {}, data.map((a) => h('tr', {},
      h('th', { scope: 'row' }, actorLink(a.actor),
        h('span', { class: 'muted' }, ` ${a.actor.kind}${a.actor.country ? ` · ${a.actor.country}` : ''}`)),
      h('td', { class: 'num' }, formatCount(a.as_source)),
      h('td', { class: 'num' }, formatCount(a.as_target)),
      h('td', { class: 'num' }, formatCount(a.statements)),
      h('td', { class: 'num' }, formatCount(a.total))))),
  )
}

function topDyads({ data }, f) {
  if (!data.length) return emptyState('No pair of actors matches these filters.', null)
  return h('table', { class: 'data-table' },
    h('caption', { class: 'visually-hidden' }, 'Most active pairs of actors, source to target'),
    h('thead', {}, h('tr', {}, ['Source → target', 'Events', 'Mean Goldstein', 'Dates', ''].map((c, i) =>
      h('th', { scope: 'col', class: i === 1 || i === 2 ? 'num' : null }, c)))),
    h('tbody', {}, data.map((d) => h('tr', {},
      h('th', { scope: 'row' }, actorLink(d.source), ' → ', actorLink(d.target)),
      h('td', { class: 'num' }, formatCount(d.count)),
      h('td', { class: 'num' }, formatScore(d.mean_goldstein)),
      h('td', {}, d.first_date === d.last_date ? d.first_date : `${d.first_date} – ${d.last_date}`),
      h('td', {}, h('a', {
        href: filtersToHash({ ...f, dyad: `${d.source.id},${d.target.id}` }),
        'aria-label': `Chart the events between ${d.source.name} and ${d.target.name}`,
      }, 'Chart'))))),
  )
}

export function eventItem(e) {
  return h('li', { class: 'record' },
    h('p', { class: 'record-main' }, h('a', { href: `#/event/${encode(e.id)}` }, e.summary)),
    h('p', { class: 'meta' }, dateEl(e),
      ` · ${e.event_type} (CAMEO ${e.cameo_code}) · Goldstein ${formatScore(e.goldstein)}`),
  )
}
