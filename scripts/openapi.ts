// `npm run openapi -- [file]`: writes the OpenAPI document the app serves at /openapi.json (to stdout, or
// to `file`). The app is built but never listens and never queries the database: without DATABASE_URL a
// placeholder URL is enough. PUBLIC_URL, when set, becomes the document's `servers`.
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Fastify from 'fastify'
import app, { serverOptions } from '../src/app.ts'
import { loadConfig, loadDotEnv } from '../src/config.ts'

/** The document /openapi.json serves, for this environment. */
export async function servedDocument(env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  const config = {
    // no queue worker: the document needs no database
    ...loadConfig({ DATABASE_URL: 'postgresql://parley@127.0.0.1:1/parley', WORKER: 'false', ...env }),
    LOG_LEVEL: 'silent' as const,
  }
  const fastify = Fastify(serverOptions(config))
  try {
    await fastify.register(app, { config })
    await fastify.ready()
    const res = await fastify.inject('/openapi.json')
    if (res.statusCode !== 200) throw new Error(`/openapi.json answered ${res.statusCode}: ${res.body}`)
    return res.json()
  } finally {
    await fastify.close()
  }
}

if (process.argv[1] === import.meta.filename) {
  loadDotEnv()
  const json = `${JSON.stringify(await servedDocument(), null, 2)}\n`
  const out = process.argv[2]
  if (out) {
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, json)
    console.error(`[openapi] wrote ${out}`)
  } else {
    process.stdout.write(json)
  }
}
