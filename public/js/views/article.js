// #/article/{id}?start=&end= — a stored article, with the span [start, end) of its raw text highlighted
// (the source sentence of a statement or an event).
import { h, errorState } from '../dom.js'
import { articleWithEvidence } from '../article-text.js'

export async function articleView(view, { id, params }) {
  const int = (k) => (params.has(k) ? Number(params.get(k)) : undefined)
  const start = int('start')
  const end = int('end')
  view.append(h('h1', { tabindex: '-1' }, start === undefined ? 'Source article' : 'Source sentence'))
  try {
    view.append(await articleWithEvidence(id, start, end))
  } catch (err) {
    view.append(errorState(err))
  }
}
