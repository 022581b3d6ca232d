import { existsSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** Serves the built app's files: fingerprinted assets cached for a year, the service worker never without asking, the rest for an hour. (Pages: pages.ts.) */
export async function registerStaticFiles(app: FastifyInstance, distDir: string): Promise<void> {
  if (existsSync(distDir)) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      // The shell is only ever sent with a page rendered into it.
      allowedPath: (path) => path !== '/index.html',
      // The server writes these itself (seo.ts); a copy left in an older build must not clash.
      globIgnore: ['robots.txt', 'sitemap.xml'],
      setHeaders: (res, path) => {
        // The service worker is checked on every visit, so an update reaches readers at once.
        const worker = path.endsWith('/sw.js')
        res.header('cache-control', worker ? 'no-cache' : path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
      },
    })
  }
}
