// #/actor/{id} — who the actor is, their activity over time, their statement history (with the role
// held at the time and a link to the source sentence), their events and main partners.
import { api, encode } from '../api.js'
import { h, section, fill, actorLink, dateEl, emptyState, errorState, formatCount, formatScore } from '../dom.js'
import { pagedList } from '../paged-list.js'
import { timelineChart } from '../timeline-chart.js'
import { eventItem } from './overview.js'

const yearsBetween = (a, b) => Number(b.slice(0, 4)) - Number(a.slice(0, 4))

export async function actorView(view, { id, params }) {
  const heading = h('h1', { tabindex: '-1' }, id)
  view.append(heading)
  let actor
  try {
    actor = await api(`/v1/actors/${encode(id)}`)
  } catch (err) {
    heading.textContent = err.status === 404 ? 'Actor not found' : 'Actor'
    view.append(errorState(err), h('p', {}, h('a', { href: '#/actors' }, 'Find an actor')))
    return
  }
  heading.textContent = actor.name
  const sort = params.get('sort') === '-date' ? '-date' : 'date'
  const activity = section('actor-activity', 'Activity over time')
  const statements = section('statements', 'Statements', sortSwitch(actor.id, sort))
  const events = section('actor-events', 'Events', h('p', { class: 'hint' }, 'As source or target, newest first.'))
  const partners = section('partners', 'Main partners',
    h('p', { class: 'hint' }, 'Pairs this actor is part of, most events first.'))
  view.append(profile(actor), activity.el, statements.el, h('div', { class: 'columns' }, events.el, partners.el))

  const span = actor.first_activity && actor.last_activity ? yearsBetween(actor.first_activity, actor.last_activity) : 0
  await Promise.all([
    fill(activity.body, async () => {
      if (!actor.counts.events) return emptyState('No events involve this actor.', null)
      const interval = span > 3 ? 'year' : 'month'
      const t = await api('/v1/stats/timeline', { actor: actor.id, group_by: 'quad', interval })
      return timelineChart(t, { title: `Events involving ${actor.name}` })
    }),
    pagedList(statements.body, `/v1/actors/${encode(actor.id)}/statements`, { sort, limit: 20 }, statementItem, {
      label: `Statements by ${actor.name}`,
      empty: ['No statements by this actor.', null],
    }),
    pagedList(events.body, `/v1/actors/${encode(actor.id)}/events`, { sort: '-date', limit: 10 }, eventItem, {
      label: `Events involving ${actor.name}`,
      empty: ['No events involve this actor.', null],
    }),
    fill(partners.body, async () => partnerList(actor, await api('/v1/stats/dyads', { actor: actor.id, limit: 10 }))),
  ])
}

const wikidata = (qid) => `https://www.wikidata.org/wiki/${encode(qid)}`
const externalLink = (href, text) => h('a', { href, rel: 'noopener noreferrer' }, text)

function profile(a) {
  const c = a.counts
  const facts = [
    ['Kind', a.kind],
    ['Country', a.country],
    ['Events', `${formatCount(c.events)} (${formatCount(c.events_as_source)} as source, ` +
      `${formatCount(c.events_as_target)} as target)`],
    ['Statements', formatCount(a.counts.statements)],
    ['Active', a.first_activity ? `${a.first_activity} – ${a.last_activity}` : null],
    ['Also known as', a.aliases.length ? a.aliases.join('; ') : null],
    ['Wikidata', a.wikidata_id ? externalLink(wikidata(a.wikidata_id), a.wikidata_id) : null],
  ].filter(([, v]) => v)
  return h('div', { class: 'profile panel' },
    a.description && h('p', { class: 'lede' }, a.description),
    h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    a.roles.length ? roleTable(a.roles) : null,
  )
}

function roleTable(roles) {
  return h('table', { class: 'data-table roles' },
    h('caption', {}, 'Roles'),
    h('thead', {}, h('tr', {}, ['Title', 'Affiliation', 'From', 'To'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, roles.map((r) => h('tr', {},
      h('td', {}, r.title), h('td', {}, r.affiliation ?? ''),
      h('td', {}, r.valid_from ?? '?'), h('td', {}, r.valid_to ?? '')))))
}

function sortSwitch(id, sort) {
  const other = sort === 'date' ? '-date' : 'date'
  return h('p', { class: 'hint' }, sort === 'date' ? 'Oldest first. ' : 'Newest first. ',
    h('a', { href: `#/actor/${encode(id)}${other === '-date' ? '?sort=-date' : ''}`, id: 'statements-sort' },
      other === '-date' ? 'Show newest first' : 'Show oldest first'))
}

/** One statement: the quote, its date, the speaker's role at the time and the source sentence. */
export function statementItem(s) {
  const ev = s.evidence
  const source = `#/article/${encode(ev.article_id)}?start=${ev.char_start}&end=${ev.char_end}`
  return h('li', { class: 'record statement', dataset: { id: s.id } },
    h('blockquote', { class: s.direct ? 'quote direct' : 'quote reported' }, s.direct ? `“${s.text}”` : s.text),
    h('p', { class: 'meta' },
      dateEl(s), ' · ',
      h('span', { class: 'role' }, s.speaker.role ? s.speaker.role.title : 'role at the time not known'), ' · ',
      s.direct ? 'direct quote' : 'reported speech'),
    h('p', { class: 'meta' },
      h('a', { href: source, class: 'source-link' }, 'Source sentence'),
      ` in “${s.article.title}”, ${s.article.outlet}, ${s.article.published_date}`),
  )
}

function partnerList(actor, { data }) {
  if (!data.length) return emptyState('No events with another actor.', null)
  return h('ul', { class: 'records compact' }, data.map((d) => {
    const other = d.source.id === actor.id ? d.target : d.source
    const dir = d.source.id === actor.id ? '→' : '←'
    return h('li', {}, `${dir} `, actorLink(other), h('span', { class: 'muted' },
      ` ${formatCount(d.count)} event${d.count === 1 ? '' : 's'}, mean Goldstein ${formatScore(d.mean_goldstein)}`))
  }))
}
