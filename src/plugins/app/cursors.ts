import fp from 'fastify-plugin'
import { createCursorCodec, type CursorCodec } from '../../lib/cursor.ts'

declare module 'fastify' {
  interface FastifyInstance {
    cursors: CursorCodec
  }
}

/** The signed-cursor codec every paginated service shares. */
export default fp(
  async (fastify) => {
    fastify.decorate('cursors', createCursorCodec(fastify.config.CURSOR_SECRET))
  },
  { name: 'cursors', dependencies: ['config'] },
)
