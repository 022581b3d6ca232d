import { SLUG_PATTERN } from '../../core/patterns'
import { API_ROUTES } from '../../core/paths'
import type { FastifyInstance } from 'fastify'
import type { RuntimeConfig } from '../../core/types'
import { CONTENT_READ } from '../http/apiResponseCache'
import { sendProblem } from '../http/problem'
import type { ContentSource } from '../../core/contentSource'

const slug = { type: 'string', pattern: SLUG_PATTERN.source, maxLength: 200 } as const
const paging = {
  page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
} as const
const slugParams = { type: 'object', required: ['slug'], properties: { slug }, additionalProperties: false } as const

interface Paging {
  page: number
  pageSize: number
}

/** The content API contract (see README): every query and parameter validated by schema. */
export function registerApiRoutes(app: FastifyInstance, source: ContentSource, runtime: RuntimeConfig): void {
  app.get<{ Querystring: Paging & { category?: string } }>(API_ROUTES.articles, {
    config: CONTENT_READ,
    schema: { querystring: { type: 'object', properties: { category: slug, ...paging }, additionalProperties: false } },
  }, async (request, reply) => {
    const result = await source.listArticles(request.query)
    if (!result) return sendProblem(reply, 404, `There is no category "${request.query.category}".`)
    return result
  })

  app.get<{ Params: { slug: string } }>(API_ROUTES.article, { config: CONTENT_READ, schema: { params: slugParams } }, async (request, reply) => {
    const article = await source.getArticle(request.params.slug)
    return article ?? sendProblem(reply, 404, `There is no article "${request.params.slug}".`)
  })

  app.get(API_ROUTES.categories, { config: CONTENT_READ }, async () => source.listCategories())

  app.get<{ Params: { slug: string } }>(API_ROUTES.page, { config: CONTENT_READ, schema: { params: slugParams } }, async (request, reply) => {
    const page = await source.getPage(request.params.slug)
    return page ?? sendProblem(reply, 404, `There is no page "${request.params.slug}".`)
  })

  app.get<{ Querystring: Paging & { q: string } }>(API_ROUTES.search, {
    config: CONTENT_READ,
    schema: {
      querystring: {
        type: 'object',
        required: ['q'],
        properties: { q: { type: 'string', minLength: 1, maxLength: 200 }, ...paging },
        additionalProperties: false,
      },
    },
  }, async (request) => source.search(request.query))

  app.get(API_ROUTES.sitemap, { config: CONTENT_READ }, async () => source.sitemap())

  app.get(API_ROUTES.config, { config: CONTENT_READ }, async () => runtime)

  app.all(`${API_ROUTES.prefix}*`, { schema: { hide: true } },
    async (request, reply) => sendProblem(reply, 404, `There is no API resource at ${request.url.slice(0, 200)}.`))
}
