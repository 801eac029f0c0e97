import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { finishDocument } from './openapi-document.ts'
import { cursorExamples } from './openapi-examples.ts'

export const apiDescription = `Parley serves a structured dataset of diplomatic events (who did what to whom, and when,
coded to CAMEO with QuadClass and Goldstein scores) and statements (who said what), extracted from news
articles. Every record carries its source sentence and character offsets into the stored article.

Actor parameters (\`actor\`, \`source\`, \`target\`, \`dyad\`, \`speaker\`) take actor ids such as
\`vladimir-putin\` or \`united-states\`: find them with \`GET /v1/actors?q=putin\`. An id that does not
exist is a 404 problem with code \`UNKNOWN_ACTOR\` naming the parameter, never an empty result, so a
typo cannot pass for "no data".

Errors are RFC 9457 problem documents (\`application/problem+json\`) with a stable \`code\`.`

/** OpenAPI 3.1 generated from the routes' zod schemas, at /openapi.json, with a docs UI at /docs. */
export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Parley API', version: '1.0.0', description: apiDescription },
        tags: [
          { name: 'articles', description: 'The source articles' },
          { name: 'events', description: 'CAMEO-coded events with their evidence' },
          { name: 'actors', description: 'People, states and organizations' },
          { name: 'statements', description: 'Who said what, with the source sentence' },
          { name: 'stats', description: 'Aggregates for dashboards' },
          { name: 'changes', description: 'Incremental sync' },
          { name: 'health', description: 'Liveness and readiness' },
          { name: 'ingest', description: 'Adding and removing articles (needs an API key)' },
          { name: 'jobs', description: 'Bulk ingest and re-extraction, worked through by queue workers' },
        ],
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http', scheme: 'bearer',
              description: 'An API key from the server’s API_KEYS: `Authorization: Bearer <key>`. Writes need one; ' +
                'reads only when the server sets READS_REQUIRE_KEY.',
            },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: (input) =>
        finishDocument(jsonSchemaTransformObject(input), {
          publicUrl: fastify.config.PUBLIC_URL,
          examples: cursorExamples(() => fastify.cursors),
        }),
    })
    await fastify.register(swaggerUi, {
      routePrefix: '/docs',
      // the docs UI may set inline styles; everything else keeps the strict policy of http.ts
      transformStaticCSP: (header) => header.replace(/style-src 'self'(?!\s*'unsafe-inline')/, "style-src 'self' 'unsafe-inline'"),
    })
    fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger())
  },
  { name: 'swagger' },
)
