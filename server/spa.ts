import { existsSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** Serves the built app's files: fingerprinted assets cached for a year, the rest for an hour. (Pages: routes/pages.ts.) */
export async function registerStaticFiles(app: FastifyInstance, distDir: string): Promise<void> {
  if (existsSync(distDir)) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      // The shell is only ever sent with a page rendered into it.
      allowedPath: (path) => path !== '/index.html',
      // The server writes these itself (server/routes/seo.ts); a copy left in an older build must not clash.
      globIgnore: ['robots.txt', 'sitemap.xml'],
      setHeaders: (res, path) => {
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
      },
    })
  }
}
