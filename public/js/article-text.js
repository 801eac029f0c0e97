// A stored article with one span highlighted: `char_start`/`char_end` index the article's `raw_text`
// (JavaScript string offsets), so the evidence is raw_text.slice(start, end), marked in place.
import { api, encode } from './api.js'
import { h } from './dom.js'

/** Fetches article `id` and returns its header and text, the span [start, end) in a <mark>. */
export async function articleWithEvidence(id, start, end) {
  const article = await api(`/v1/articles/${encode(id)}`)
  const text = article.raw_text
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length
  const body = h('div', {
    class: 'article-text',
    tabindex: '0',
    role: 'region',
    'aria-label': `Text of “${article.title}”${valid ? ', evidence highlighted' : ''}`,
  })
  let mark = null
  if (valid) {
    const span = { start: String(start), end: String(end) }
    mark = h('mark', { id: 'evidence-mark', dataset: span }, text.slice(start, end))
    body.append(text.slice(0, start), mark, text.slice(end))
  } else {
    body.append(text)
  }
  const header = h('header', { class: 'article-head' },
    h('p', { class: 'article-title' }, article.title),
    h('p', { class: 'meta' },
      `${article.outlet} · published ${article.published_date}`,
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer' }, 'original')] : null,
      ' · ', h('a', { href: `#/article/${encode(article.id)}` }, 'whole article')),
  )
  const note = start !== undefined && !valid
    ? h('p', { class: 'state state-error', role: 'alert' }, `The offsets ${start}–${end} do not fit this text.`)
    : null
  const wrapper = h('div', { class: 'article' }, header, note, body)
  // scroll the text box (not the page) so the mark sits in its upper third, once it is laid out
  if (mark) requestAnimationFrame(() => { body.scrollTop = Math.max(0, mark.offsetTop - body.clientHeight / 3) })
  return wrapper
}
