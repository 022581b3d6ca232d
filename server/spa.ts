import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { RuntimeConfig } from '../src/api/types'
import { sendProblem } from './http/problem'

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The built shell with the run-time configuration written into its `lectern-config` meta tag. */
export function readShell(distDir: string, runtime: RuntimeConfig): string | undefined {
  const file = join(distDir, 'index.html')
  if (!existsSync(file)) return undefined
  return readFileSync(file, 'utf8').replace(
    /<meta name="lectern-config" content="[^"]*">/,
    `<meta name="lectern-config" content="${escapeAttribute(JSON.stringify(runtime))}">`,
  )
}

/**
 * Serves the built SPA: fingerprinted assets cached for a year, and the shell for every other
 * page path (history fallback), so `/bai-viet/unknown` loads the app, which shows its own 404.
 */
export async function registerSpa(app: FastifyInstance, distDir: string, shell: string | undefined): Promise<void> {
  if (existsSync(distDir)) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      allowedPath: (path) => path !== '/index.html',
      // The server writes these itself (server/routes/seo.ts); a copy left in an older build must not clash.
      globIgnore: ['robots.txt', 'sitemap.xml'],
      setHeaders: (res, path) => {
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
      },
    })
  }
  const sendShell = (reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(shell)

  app.setNotFoundHandler((request, reply) => {
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') &&
      !/^\/(api|assets|media)\//.test(request.url) && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0]!)
    if (wantsPage && shell) return sendShell(reply)
    if (wantsPage) return sendProblem(reply, 503, 'The reading app is not built. Run "npm run build" (npm start does it).')
    return sendProblem(reply, 404, `Nothing is at ${request.url.slice(0, 200)}.`)
  })
}
