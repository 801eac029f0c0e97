// The container files, checked without a Docker engine (there is none here): what the image runs,
// as whom, with which environment; and that docker-compose.yml is valid and demands its secrets.
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { root } from './process.ts'

const dockerfile = readFileSync(`${root}/Dockerfile`, 'utf8')
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .filter((l) => l.trim() && !l.trim().startsWith('#'))
const finalStage = instructions.slice(instructions.findLastIndex((l) => l.startsWith('FROM ')))
const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0

t.test('the image: multi-stage, unprivileged, node as PID 1, production, health from /ready', async (t) => {
  t.ok(instructions.filter((l) => l.startsWith('FROM ')).length >= 2, 'multi-stage')
  const user = finalStage.filter((l) => l.startsWith('USER ')).at(-1)
  t.match(user, /^USER (?!root|0\b)\w+/, 'runs as a non-root user')
  const cmd = finalStage.find((l) => l.startsWith('CMD '))!
  t.match(cmd, /^CMD \["node", /, 'exec form starting node itself: signals reach the app (no npm, no sh)')
  t.notMatch(cmd, /"npm"|"n?px"|"(\/bin\/)?(ba)?sh"|tsx\/dist\/cli|^CMD \["tsx"/, 'not behind npm, a shell or the tsx CLI')
  t.notOk(finalStage.some((l) => l.startsWith('ENTRYPOINT ')), 'no entrypoint wrapper')
  const env = finalStage.filter((l) => l.startsWith('ENV ')).join(' ')
  t.match(env, /NODE_ENV=production/)
  const envs = instructions.filter((l) => l.startsWith('ENV ') || l.startsWith('ARG ')).join('\n')
  t.notMatch(envs, /DATABASE_URL|PASSWORD|SECRET|TOKEN|postgres(ql)?:\/\//i, 'no credentials in ENV or ARG')
  t.match(finalStage.find((l) => l.startsWith('HEALTHCHECK '))!, /\/ready/)
})

const noCompose = !hasCompose && 'docker-compose is not installed (.ci/run installs it)'
t.test('docker-compose.yml is valid, and refuses to run without its secrets', { skip: noCompose }, async (t) => {
  const config = (env: Record<string, string>) =>
    spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], {
      cwd: root, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8',
    })
  const ok = config({ POSTGRES_PASSWORD: 'pw', CURSOR_SECRET: 'a-secret-for-the-check' })
  t.equal(ok.status, 0, ok.stderr)
  t.match(ok.stdout, /CURSOR_SECRET: a-secret-for-the-check/)
  t.match(ok.stdout, /DATABASE_URL: postgresql:\/\/parley:pw@db:5432\/parley/)
  const missing = config({})
  t.not(missing.status, 0)
  t.match(missing.stderr, /set (POSTGRES_PASSWORD|CURSOR_SECRET)/)
})
