// #/actors?q= — find actors by name or alias; without a query, the most active ones.
import { api, encode } from '../api.js'
import { h, section, fill, actorLink, emptyState, formatCount } from '../dom.js'
import { pagedList } from '../paged-list.js'

export async function actorsView(view, { params }) {
  const q = (params.get('q') ?? '').trim()
  document.getElementById('site-search-q').value = q
  const results = section('actor-results', q ? `Actors matching “${q}”` : 'Most active actors')
  view.append(h('h1', { tabindex: '-1' }, 'Actors'), results.el)
  if (!q) {
    await fill(results.body, async () => {
      const { data } = await api('/v1/stats/actors', { limit: 25 })
      if (!data.length) return emptyState('No actors yet.', 'The database is empty: run npm run seed.')
      return h('ul', { class: 'records compact' }, data.map((a) => h('li', {}, actorLink(a.actor),
        h('span', { class: 'muted' }, ` ${a.actor.kind} · ${formatCount(a.total)} events and statements`))))
    })
    return
  }
  await pagedList(results.body, '/v1/actors', { q, limit: 20 }, (a) => h('li', { class: 'record' },
    h('a', { href: `#/actor/${encode(a.id)}` }, a.name),
    h('span', { class: 'muted' }, ` ${[a.kind, a.country, a.description].filter(Boolean).join(' · ')}`)), {
    label: 'Matching actors',
    empty: [`No actor matches “${q}”.`, 'Names and aliases are searched, ignoring case and accents.'],
  })
}
