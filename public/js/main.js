// The dashboard: hash routes (#/, #/actors, #/actor/{id}, #/event/{id}, #/article/{id}) → views.
import { h, emptyState } from './dom.js'
import { overviewView } from './views/overview.js'
import { actorsView } from './views/actors.js'
import { actorView } from './views/actor.js'
import { eventView } from './views/event.js'
import { articleView } from './views/article.js'

const routes = [
  [/^\/$/, overviewView],
  [/^\/actors$/, actorsView],
  [/^\/actor\/([^/]+)$/, actorView],
  [/^\/event\/([^/]+)$/, eventView],
  [/^\/article\/([^/]+)$/, articleView],
]

function notFoundView(view) {
  view.append(h('h1', { tabindex: '-1' }, 'Page not found'),
    emptyState('There is no such page in the dashboard.', null, h('a', { href: '#/' }, 'Go to the overview')))
}

let lastPath = null
let initial = true

async function render() {
  const hash = window.location.hash
  if (hash && !hash.startsWith('#/')) return // an in-page link such as the skip link
  const [path, query = ''] = (hash.slice(1) || '/').split('?')
  const params = new URLSearchParams(query)
  const samePath = path === lastPath
  const focusedId = samePath ? document.activeElement?.id : null
  lastPath = path

  const main = document.getElementById('main')
  const view = h('div', { class: 'view' })
  main.replaceChildren(view)
  const route = routes.find(([pattern]) => pattern.test(path))
  const id = route ? decodeURIComponent(route[0].exec(path)[1] ?? '') : null
  const rendering = route ? route[1](view, { id, params }) : notFoundView(view)
  document.title = `${view.querySelector('h1')?.textContent || 'Dashboard'} · Parley`

  // a new page moves the focus to its heading; new filters on the same page keep it where it was
  const keep = focusedId && document.getElementById(focusedId)
  if (keep) keep.focus()
  else if (!initial) view.querySelector('h1')?.focus()
  initial = false
  await rendering
  document.title = `${view.querySelector('h1')?.textContent || 'Dashboard'} · Parley`
}

document.getElementById('site-search').addEventListener('submit', (e) => {
  e.preventDefault()
  const q = new FormData(e.target).get('q').trim()
  window.location.hash = q ? `#/actors?q=${encodeURIComponent(q)}` : '#/actors'
})
window.addEventListener('hashchange', render)
render()
