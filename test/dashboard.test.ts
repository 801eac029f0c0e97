// The dashboard's files over HTTP (no browser needed): served at /, CSP-friendly, every module and
// asset reachable, and the API's own 404 kept for every other path.
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import { build } from './helper.ts'
import { dashboardDir } from '../src/plugins/external/dashboard.ts'

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
const urlOf = (file: string) => `/${relative(dashboardDir, file).split('\\').join('/')}`

t.test('GET / is the dashboard page, with nothing inline', async (t) => {
  const app = await build(t)
  const res = await app.inject('/')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/html/)
  const html = res.body
  t.match(html, /<html lang="en">/)
  t.match(html, /<script type="module" src="\/js\/main.js"><\/script>/)
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
  t.ok(scripts.length >= 2)
  t.ok(scripts.every(([, attrs, body]) => /\ssrc="\//.test(attrs!) && body === ''), 'every script is a file of this origin')
  t.notMatch(html, /\son[a-z]+=/i, 'no inline event handlers')
  t.notMatch(html, /\sstyle=/i, 'no inline styles')
  t.notMatch(html, /<style/i)
  t.notMatch(html, /(src|href)="(https?:)?\/\/(?!github\.com)/, 'nothing loaded from elsewhere')

  const etag = res.headers.etag as string
  t.ok(etag, 'an ETag')
  t.equal((await app.inject({ url: '/', headers: { 'if-none-match': etag } })).statusCode, 304)

  for (const [, url] of html.matchAll(/(?:src|href)="(\/[^"#]*)"/g)) {
    const asset = await app.inject(url!)
    t.equal(asset.statusCode, 200, `${url} is served`)
  }
})

t.test('every file of public/ is served with its type, and every module import resolves', async (t) => {
  const app = await build(t)
  const types: Record<string, RegExp> = { js: /javascript/, css: /^text\/css/, html: /^text\/html/, svg: /^image\/svg\+xml/ }
  const served = files(dashboardDir).filter((f) => !f.endsWith('.md'))
  t.ok(served.length > 10)
  for (const file of served) {
    const res = await app.inject(urlOf(file))
    t.equal(res.statusCode, 200, urlOf(file))
    t.match(res.headers['content-type'], types[file.split('.').pop()!]!, `${urlOf(file)} content type`)
    if (!file.endsWith('.js')) continue
    const source = readFileSync(file, 'utf8')
    t.notMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|setAttribute\(\s*'(on|style)/,
      `${urlOf(file)} builds no HTML from strings and sets no inline handler or style attribute`)
    for (const [, spec] of source.matchAll(/^import .* from '([^']+)'$/gm)) {
      const target = posix.join(posix.dirname(urlOf(file)), spec!)
      t.equal((await app.inject(target)).statusCode, 200, `${urlOf(file)} imports ${target}`)
    }
  }
  t.equal((await app.inject('/README.md')).statusCode, 404, 'the folder README is not served')
})

t.test('uPlot is served from node_modules, and only its browser build', async (t) => {
  const app = await build(t)
  const js = await app.inject('/vendor/uplot/uPlot.iife.min.js')
  t.equal(js.statusCode, 200)
  t.match(js.headers['content-type'], /javascript/)
  t.match(js.body, /uPlot/)
  const css = await app.inject('/vendor/uplot/uPlot.min.css')
  t.equal(css.statusCode, 200)
  t.match(css.headers['content-type'], /^text\/css/)
  t.equal((await app.inject('/vendor/uplot/uPlot.d.ts')).statusCode, 404)
})

t.test('other paths keep the API’s 404 problem, and the docs and OpenAPI document are unchanged', async (t) => {
  const app = await build(t)
  for (const url of ['/nope', '/js/nope.js', '/v1/nope']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 404, url)
    t.equal(res.json().code, 'ROUTE_NOT_FOUND', url)
  }
  const doc = (await app.inject('/openapi.json')).json() as { paths: Record<string, unknown> }
  const isDashboard = (p: string) => p === '/' || p.startsWith('/js/') || p.startsWith('/vendor/')
  const dashboardPaths = Object.keys(doc.paths).filter(isDashboard)
  t.same(dashboardPaths, [], 'no dashboard file in the API document')
  t.equal((await app.inject('/docs')).statusCode, 200)
})
