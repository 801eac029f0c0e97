import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** The dashboard's files (HTML, CSS, ES modules: no build step). */
export const dashboardDir = join(import.meta.dirname, '../../../public')
/** uPlot's distribution folder, served as-is from node_modules (MIT licence, kept with the package). */
const uplotDir = join(dirname(createRequire(import.meta.url).resolve('uplot/package.json')), 'dist')

/**
 * The dashboard at `/` (public/index.html and its assets) and the chart library at `/vendor/uplot/`.
 * Routes are made for the files found at start (no wildcard), so every other path still gets the
 * API's own 404 problem. Files revalidate by ETag (max-age 0): there is no build step to hash names.
 */
export default async function dashboard(fastify: FastifyInstance) {
  await fastify.register(fastifyStatic, {
    root: dashboardDir,
    prefix: '/',
    wildcard: false,
    globIgnore: ['**/*.md'],
    cacheControl: true,
    maxAge: 0,
  })
  await fastify.register(fastifyStatic, {
    root: uplotDir,
    prefix: '/vendor/uplot/',
    wildcard: false,
    globIgnore: ['uPlot.cjs.js', 'uPlot.esm.js', 'uPlot.iife.js', 'uPlot.d.ts'],
    decorateReply: false,
    maxAge: 0,
  })
}
