// The dashboard at / in a real browser (Debian's Chromium through playwright-core), against the app on
// the seeded test database: what it shows is compared with what the API answers.
import t from 'tap'
import type { Page } from 'playwright-core'
import { chromiumMissing, colouredPixels, openBrowser, screenshot, serve, skipBrowser, watch } from './chromium.ts'

interface Series { key: string; label: string; total: number }
interface Timeline { series: Series[] }
interface ActorRef { id: string; name: string }
interface Evidence { article_id: string; char_start: number; char_end: number; text: string }
interface Statement { text: string; direct: boolean; speaker: { role: { title: string } | null }; evidence: Evidence }
interface Mention { article: { id: string }; char_start: number; char_end: number; evidence: string }

const legend = (page: Page) => page.$$eval('#timeline .legend-table tbody th', (ths) => ths.map((th) => th.textContent))
const total = (timeline: Timeline) => timeline.series.reduce((sum, s) => sum + s.total, 0)

/** Waits until the overview's chart is drawn with `expected` events in these series. */
async function chartShows(page: Page, expected: Timeline) {
  const labels = expected.series.map((s) => s.label)
  await page.waitForFunction(
    ([labels, n]) => {
      const figure = document.querySelector('#timeline figure.chart')
      const shown = [...document.querySelectorAll('#timeline .legend-table tbody th')].map((th) => th.textContent)
      return figure?.getAttribute('data-state') === 'ready' && figure.getAttribute('data-total') === String(n) &&
        shown.join('|') === (labels as string[]).join('|')
    },
    [labels, total(expected)] as const,
  )
}

t.test('the dashboard in Chromium', { skip: skipBrowser }, async (t) => {
  if (chromiumMissing) return t.fail(chromiumMissing)
  const { app, base } = await serve(t)
  const api = async <T>(url: string): Promise<T> => {
    const res = await app.inject(url)
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const context = await openBrowser(t)
  const page = await context.newPage()
  const seen = watch(page)

  await t.test('the overview charts the timeline and lists actors, pairs and events', async (t) => {
    const timeline = await api<Timeline>('/v1/stats/timeline?interval=month')
    t.ok(total(timeline) > 0, 'the test database has events')
    await page.goto(`${base}/`)
    await chartShows(page, timeline)
    t.same(await legend(page), timeline.series.map((s) => s.label), 'one legend row per series')
    t.ok(await colouredPixels(page, '#timeline canvas') > 100, 'the series are painted on the canvas')

    const actors = await api<{ data: { actor: ActorRef }[] }>('/v1/stats/actors?limit=10')
    const actorRows = page.locator('#top-actors tbody tr')
    await actorRows.first().waitFor()
    t.equal(await actorRows.count(), actors.data.length)
    t.equal(await actorRows.first().locator('a').textContent(), actors.data[0]!.actor.name, 'most active actor first')
    const dyads = await api<{ data: unknown[] }>('/v1/stats/dyads?limit=10')
    await page.locator('#top-dyads tbody tr').first().waitFor()
    t.equal(await page.locator('#top-dyads tbody tr').count(), dyads.data.length)
    const events = await api<{ data: { summary: string }[] }>('/v1/events?sort=-date&limit=10')
    await page.locator('#events li.record').first().waitFor()
    const shown = await page.locator('#events li.record a').allTextContents()
    t.same(shown, events.data.map((e) => e.summary), 'the newest events')
    t.match(await screenshot(page, 'overview'), /overview\.png$/)
  })

  await t.test('basic accessibility: a language, labelled controls, a skip link first', async (t) => {
    t.equal(await page.getAttribute('html', 'lang'), 'en')
    const unlabelled = await page.$$eval('input, select', (els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label')).map((el) => el.id))
    t.same(unlabelled, [], 'every form control has a label')
    await page.locator('body').focus()
    await page.keyboard.press('Tab')
    t.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content')
  })

  await t.test('filters change the chart: QuadClass, an actor, a dyad, dates', async (t) => {
    await page.selectOption('#f-group', 'quad')
    await page.click('#f-apply')
    const byQuad = await api<Timeline>('/v1/stats/timeline?group_by=quad')
    await chartShows(page, byQuad)
    t.match(page.url(), /group_by=quad/, 'the filters are in the URL')
    t.ok(byQuad.series.length > 1, 'several QuadClasses')

    const [dyad] = (await api<{ data: { source: ActorRef; target: ActorRef }[] }>('/v1/stats/dyads?limit=1')).data
    const actor = dyad!.source.id
    await page.fill('#f-actor', actor)
    await page.click('#f-apply')
    const byActor = await api<Timeline>(`/v1/stats/timeline?group_by=quad&actor=${actor}`)
    t.not(total(byActor), total(byQuad), 'the actor filter narrows the events')
    await chartShows(page, byActor)

    await page.fill('#f-actor', '')
    await page.fill('#f-dyad-a', dyad!.source.id)
    await page.fill('#f-dyad-b', dyad!.target.id)
    await page.click('#f-apply')
    const byDyad = await api<Timeline>(`/v1/stats/timeline?group_by=quad&dyad=${dyad!.source.id},${dyad!.target.id}`)
    await chartShows(page, byDyad)
    await page.locator('#top-dyads tbody th').first().waitFor()
    const pairs = await page.locator('#top-dyads tbody th').allTextContents()
    t.ok(pairs.length > 0, 'the pairs of the dyad are listed')
    const names = [dyad!.source.name, dyad!.target.name]
    t.ok(pairs.every((p) => p.split(' → ').every((n) => names.includes(n))), 'only the dyad’s pairs are listed')

    await page.fill('#f-dyad-a', '')
    await page.fill('#f-dyad-b', '')
    await page.selectOption('#f-group', '')
    await page.fill('#f-from', '2012-01-01')
    await page.fill('#f-to', '2016-12-31')
    await page.click('#f-apply')
    const byDates = await api<Timeline>('/v1/stats/timeline?from=2012-01-01&to=2016-12-31')
    t.ok(total(byDates) > 0 && total(byDates) < total(byQuad), 'the dates keep some events, not all')
    await chartShows(page, byDates)
  })

  await t.test('a filter with no match shows the empty state; a bad one the API’s problem', async (t) => {
    await page.goto(`${base}/#/?from=1900-01-01&to=1900-12-31`)
    const empty = page.locator('#timeline .state-empty')
    await empty.waitFor()
    t.match(await empty.textContent(), /No events match these filters/)
    t.equal(await page.locator('#timeline canvas').count(), 0, 'no chart')
    await page.locator('#events .state-empty').waitFor()
    await page.locator('#top-dyads .state-empty').waitFor()

    await page.goto(`${base}/#/?actor=no-such-actor`)
    const problem = page.locator('#timeline [role="alert"]')
    await problem.waitFor()
    t.equal(await problem.getAttribute('data-code'), 'UNKNOWN_ACTOR')
    t.match(await problem.textContent(), /no-such-actor/)
    await t.resolves(page.locator('#events').getByText('Not shown').waitFor(), 'the list does not repeat the error')
  })

  await t.test('the actor page shows the statement history, each with its source sentence', async (t) => {
    const top = (await api<{ data: { actor: ActorRef; statements: number }[] }>('/v1/stats/actors?limit=100')).data
      .sort((a, b) => b.statements - a.statements)[0]!
    t.ok(top.statements > 1)
    await page.goto(`${base}/#/`)
    const link = page.locator('#top-actors').getByRole('link', { name: top.actor.name, exact: true })
    await link.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/#/actor/${top.actor.id}`)
    await page.locator('h1', { hasText: top.actor.name }).waitFor()

    const statements = (await api<{ data: Statement[] }>(`/v1/actors/${top.actor.id}/statements?limit=20`)).data
    const items = page.locator('#statements li.statement')
    await items.first().waitFor()
    t.equal(await items.count(), statements.length, 'one item per statement of the first page')
    const quotes = await items.locator('blockquote').allTextContents()
    t.same(quotes, statements.map((s) => (s.direct ? `“${s.text}”` : s.text)), 'quotes in chronological order')
    const roles = await items.locator('.role').allTextContents()
    t.same(roles, statements.map((s) => s.speaker.role?.title ?? 'role at the time not known'), 'role at the time')
    await page.locator('#actor-activity figure[data-state="ready"]').waitFor()

    const first = statements[0]!.evidence
    await items.first().locator('a.source-link').click()
    const mark = page.locator('#evidence-mark')
    await mark.waitFor()
    const article = await api<{ raw_text: string }>(`/v1/articles/${first.article_id}`)
    t.equal(await mark.textContent(), first.text, 'the source sentence is highlighted')
    t.equal(await mark.textContent(), article.raw_text.slice(first.char_start, first.char_end))
    t.match(await screenshot(page, 'actor-source'), /\.png$/)
  })

  await t.test('the event view highlights its evidence in the stored article', async (t) => {
    const [event] = (await api<{ data: { id: string }[] }>('/v1/events?sort=-date&limit=1')).data
    const detail = await api<{ summary: string; mentions: Mention[] }>(`/v1/events/${event!.id}`)
    const mention = detail.mentions[0]!
    const article = await api<{ raw_text: string }>(`/v1/articles/${mention.article.id}`)
    await page.goto(`${base}/#/event/${event!.id}`)
    await page.locator('h1', { hasText: detail.summary }).waitFor()
    const mark = page.locator('#evidence-mark')
    await mark.waitFor()
    t.equal(await mark.textContent(), mention.evidence, 'the mark holds the API’s evidence')
    t.equal(await mark.textContent(), article.raw_text.slice(mention.char_start, mention.char_end), 'at its offsets')
    t.same([Number(await mark.getAttribute('data-start')), Number(await mark.getAttribute('data-end'))],
      [mention.char_start, mention.char_end])
    t.ok(await mark.isVisible(), 'scrolled into view')
    t.match(await screenshot(page, 'event'), /\.png$/)

    await page.goto(`${base}/#/event/ev-does-not-exist`)
    await page.locator('h1', { hasText: 'Event not found' }).waitFor()
    t.equal(await page.locator('[role="alert"]').getAttribute('data-code'), 'NOT_FOUND')
  })

  t.same(seen.cspViolations, [], 'no Content-Security-Policy violation')
  t.same(seen.pageErrors, [], 'no script error')
  t.same(seen.consoleErrors, [], 'no console error')
})
