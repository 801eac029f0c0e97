import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

// placeholder: filled in by the issue-4 work
const routes: FastifyPluginAsyncZod = async () => {}
export default routes
