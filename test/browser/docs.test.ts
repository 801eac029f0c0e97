// "Try it out" in /docs (Swagger UI) in Chromium: on paginated and stats operations, the pre-filled
// examples are sent as they are and the API answers 200 (the cursor example is this server's).
import t from 'tap'
import { chromiumMissing, openBrowser, screenshot, serve, skipBrowser, watch } from './chromium.ts'

const operations = [
  ['events', 'listEvents'], ['actors', 'listActors'], ['actors', 'listActorStatements'], ['stats', 'getTimeline'],
  ['stats', 'getDyadStats'], ['changes', 'listChanges'], ['articles', 'listArticles'],
] as const

t.test('Try it out in /docs answers 200 with the pre-filled examples', { skip: skipBrowser }, async (t) => {
  if (chromiumMissing) return t.fail(chromiumMissing)
  const { base } = await serve(t)
  const context = await openBrowser(t)
  await context.unroute('**/*') // the docs page keeps its own policy (inline styles allowed), see swagger.ts
  const page = await context.newPage()
  const seen = watch(page)
  await page.goto(`${base}/docs`)
  for (const [tag, operationId] of operations) {
    const block = page.locator(`#operations-${tag}-${operationId}`)
    await block.locator('.opblock-summary').first().click()
    await block.locator('.try-out__btn').click()
    const cursor = block.locator('tr[data-param-name="cursor"] input')
    if (await cursor.count()) t.ok((await cursor.inputValue()).length > 20, `${operationId}: the cursor is pre-filled`)
    await block.locator('.execute').click()
    const status = block.locator('.live-responses-table tr.response .response-col_status').first()
    await status.waitFor()
    const got = (await status.textContent())?.trim()
    const url = await block.locator('.request-url pre').first().textContent().catch(() => '')
    const body = await block.locator('.live-responses-table tr.response .response-col_description pre').first()
      .textContent()
      .catch(() => '')
    const ok = /^200\b/.test(got ?? '')
    t.ok(ok, `${operationId}: Execute answers 200 (${ok ? '' : `${got} ${url}: ${body?.slice(0, 300)}`})`)
    await block.locator('.opblock-summary').first().click() // fold it again
  }
  await screenshot(page, 'docs-try-it-out')
  t.same(seen.pageErrors, [], 'no script error')
})
