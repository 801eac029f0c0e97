// Actor fields: free text holding an actor id, with suggestions from GET /v1/actors?q= (a few at a time)
// in one shared <datalist>. Typing "putin" offers vladimir-putin.
import { api } from './api.js'
import { h } from './dom.js'

const LIST_ID = 'actor-suggestions'
let timer = null
let lastQuery = ''

function datalist() {
  let list = document.getElementById(LIST_ID)
  if (!list) document.body.append((list = h('datalist', { id: LIST_ID })))
  return list
}

async function suggest(query) {
  if (query.length < 2 || query === lastQuery) return
  lastQuery = query
  try {
    const page = await api('/v1/actors', { q: query, limit: 8 })
    const options = page.data.map((a) =>
      h('option', { value: a.id }, [a.name, a.kind, a.country].filter(Boolean).join(' · ')))
    datalist().replaceChildren(...options)
  } catch {
    // suggestions are a convenience: a failure leaves the field as it is
  }
}

/** A labelled actor-id input with suggestions; `hint` explains the expected value. */
export function actorInput({ id, name, label, value = '' }) {
  datalist()
  const input = h('input', {
    id, name, type: 'text', list: LIST_ID, value, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'actor id, e.g. russia', 'aria-describedby': 'actor-hint',
    on: {
      input: (e) => {
        clearTimeout(timer)
        const query = e.target.value.trim()
        timer = setTimeout(() => suggest(query), 200)
      },
    },
  })
  return h('div', { class: 'field' }, h('label', { for: id }, label), input)
}

export const actorHint = () =>
  h('p', { id: 'actor-hint', class: 'hint' },
    'Actors are given by id (russia, vladimir-putin): type a name for suggestions.')
