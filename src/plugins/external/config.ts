import fp from 'fastify-plugin'
import { loadConfig, type Config } from '../../config.ts'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
  }
}

/** Decorates `fastify.config`: the config passed in, or the environment validated now. */
export default fp<{ config?: Config }>(
  async (fastify, opts) => {
    fastify.decorate('config', opts.config ?? loadConfig())
  },
  { name: 'config' },
)
