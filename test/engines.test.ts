// Every installed package must run on the Node.js versions the README promises (no EBADENGINE).
import t from 'tap'
import { readFileSync } from 'node:fs'
import semver from 'semver'

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'))
const pkg = read('package.json') as { engines: { node: string } }
const lock = read('package-lock.json') as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>
}
const supported = ['20.19.0', '22.13.0', '24.0.0']

t.test('package.json promises Node 20.19+, 22.13+ and 24+', async (t) => {
  for (const v of supported) t.ok(semver.satisfies(v, pkg.engines.node), `${v} within ${pkg.engines.node}`)
  t.notOk(semver.satisfies('18.20.0', pkg.engines.node))
})

t.test('every locked package accepts those versions', async (t) => {
  const misfits = Object.entries(lock.packages).flatMap(([path, p]) => {
    const range = !Array.isArray(p.engines) ? p.engines?.node : undefined
    if (!path || !range) return []
    const bad = supported.filter((v) => !semver.satisfies(v, range, { includePrerelease: true }))
    return bad.length ? [`${path.replace(/^.*node_modules\//, '')}@${p.version} needs node ${range}`] : []
  })
  t.same(misfits, [])
})
