// Real-browser testing: Debian's Chromium (never a downloaded browser) driven by playwright-core, with a
// fresh profile, no background networking, and the page held to a strict Content-Security-Policy.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import type { Test } from 'tap'
import { build } from '../helper.ts'

export const CHROMIUM = '/usr/bin/chromium'

/** Why the browser tests cannot run here, or null when they can. */
export const chromiumMissing = existsSync(CHROMIUM)
  ? null
  : `no Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) to run the browser tests`

/** Outside CI a missing Chromium skips the browser tests (saying why); in CI (.ci/run installs it) it fails them. */
export const skipBrowser = chromiumMissing && !process.env.CI ? chromiumMissing : false

const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

/** Screenshots go here (git-ignored with the rest of tmp/). */
export const outputDir = fileURLToPath(new URL('../../tmp/test-output/browser/', import.meta.url))

/** What the dashboard allows itself: only its own origin, nothing inline. */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

/** The app on the test database, listening on a free port of the loopback interface. */
export async function serve(t: Test) {
  const app = await build(t)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as { port: number }
  return { app, base: `http://127.0.0.1:${port}` }
}

/** Chromium with a profile of its own (deleted afterwards); every page it loads gets `strictCsp`. */
export async function openBrowser(t: Test): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: flags,
    viewport: { width: 1366, height: 860 },
    timeout: 60_000,
  })
  t.teardown(async () => {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  })
  context.setDefaultTimeout(20_000)
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue()
    const response = await route.fetch()
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': strictCsp } })
  })
  return context
}

/** Collects what should never happen on a page: script errors and Content-Security-Policy violations. */
export function watch(page: Page) {
  const seen = { pageErrors: [] as string[], cspViolations: [] as string[], consoleErrors: [] as string[] }
  page.on('pageerror', (err) => seen.pageErrors.push(err.message))
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    const text = msg.text()
    if (/Content.Security.Policy/i.test(text)) seen.cspViolations.push(text)
    // failed API answers the test asks for on purpose (404 unknown actor, …) are logged by Chromium
    else if (!/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)) seen.consoleErrors.push(text)
  })
  return seen
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(outputDir, { recursive: true })
  const path = join(outputDir, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** How many clearly coloured (not grey) pixels a canvas holds: > 0 once series are drawn on it. */
export function colouredPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height)
    let n = 0
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!]
      if (a > 128 && Math.max(r, g, b) - Math.min(r, g, b) > 60) n++
    }
    return n
  })
}
