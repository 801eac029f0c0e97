// A cursor-paginated list: the first page, then "Load more" following links.next. Never the whole list.
import { api } from './api.js'
import { h, emptyState, errorState, loadingState } from './dom.js'

/**
 * Fills `container` with the items of `path` + `params`, each drawn by `renderItem` (an <li>);
 * `empty` is the [title, detail] shown when there are none.
 */
export async function pagedList(container, path, params, renderItem, { empty, label }) {
  const list = h('ul', { class: 'records', 'aria-label': label })
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more')
  const status = h('div', { class: 'list-status' })
  let next = null
  let shown = 0

  async function load(url, query) {
    more.disabled = true
    status.replaceChildren(loadingState())
    try {
      const page = await api(url, query)
      const items = page.data.map(renderItem)
      list.append(...items)
      shown += items.length
      next = page.links.next
      more.hidden = !next
      status.replaceChildren()
      if (shown === 0) status.replaceChildren(emptyState(...empty))
      else if (query === undefined) items[0]?.querySelector('a, button')?.focus()
    } catch (err) {
      status.replaceChildren(errorState(err))
    } finally {
      more.disabled = false
    }
  }

  more.addEventListener('click', () => next && load(next))
  container.replaceChildren(list, status, more)
  await load(path, params)
}
