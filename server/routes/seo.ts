import { PAGE_PATHS, ROUTE_PATHS, pathTo } from '../../core/paths'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ContentSource } from '../../core/contentSource'

/** Pages of the app that are not content: the sitemap names them along with every category and article. */
const APP_PATHS = [ROUTE_PATHS.home, ...Object.values(PAGE_PATHS), ROUTE_PATHS.sitemap, ROUTE_PATHS.feedback]

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

/**
 * The site's own origin as the request reached it, so one build answers right on any host. A Host
 * header that is not a plain host name (an attempt to write into the files) falls back to localhost.
 */
export function originOf(request: FastifyRequest): string {
  const host = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(request.host) ? request.host : 'localhost'
  return `${request.protocol}://${host}`
}

/** Paths of every page the sitemap lists: app pages, then categories, then articles. */
export async function sitemapPaths(source: ContentSource): Promise<string[]> {
  const { categories } = await source.sitemap()
  return [
    ...APP_PATHS,
    ...categories.map((c) => pathTo.category(c.slug)),
    ...categories.flatMap((c) => c.articles.map((a) => pathTo.article(a.slug))),
  ]
}

/** `/sitemap.xml` (the sitemaps.org protocol) and `/robots.txt` pointing crawlers to it. */
export function registerSeoRoutes(app: FastifyInstance, source: ContentSource): void {
  app.get('/sitemap.xml', async (request, reply) => {
    const origin = originOf(request)
    const urls = (await sitemapPaths(source)).map((path) => `  <url><loc>${escapeXml(origin + path)}</loc></url>`)
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
    return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600').send(xml)
  })

  app.get('/robots.txt', async (request, reply) => {
    // Search result pages are endless and thin; everything else is for reading and indexing.
    const text = `User-agent: *\nAllow: /\nDisallow: /tim-kiem\n\nSitemap: ${originOf(request)}/sitemap.xml\n`
    return reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(text)
  })
}
