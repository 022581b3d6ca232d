import type { ContentClient } from '../api/client'
import { SLUG_PATTERN } from '../../core/patterns'
import { ApiError } from '../api/errors'
import type { ContentSource } from '../../core/contentSource'

/** The API's own rule for slugs: anything else names nothing. */
const SLUG = SLUG_PATTERN

const notFound = (what: string): ApiError => new ApiError('NotFound', `There is no ${what}.`, 404)

/** A source's failure as the typed error a view shows (an upstream's 502/504 kept, anything else a 500). */
function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const status = (error as { status?: unknown }).status
  const message = error instanceof Error ? error.message : String(error)
  if (status === 504) return new ApiError('Timeout', message, 504)
  return new ApiError('Server', message, typeof status === 'number' && status >= 500 ? status : 500)
}

async function call<T>(load: () => Promise<T | undefined>, what: string): Promise<T> {
  let result: T | undefined
  try {
    result = await load()
  } catch (error) {
    throw asApiError(error)
  }
  if (result === undefined) throw notFound(what)
  return result
}

/**
 * The server's content client: the same calls a view makes in the browser, answered straight by
 * the content source, with the API's defaults and the same typed errors (404 for what is not
 * there, 502/504 when the source failed).
 */
export function sourceContentClient(source: ContentSource): ContentClient {
  const paging = (params: { page?: number; pageSize?: number }) => ({ page: params.page ?? 1, pageSize: params.pageSize ?? 10 })
  return {
    listArticles: (params) => {
      if (params.category !== undefined && !SLUG.test(params.category)) return Promise.reject(notFound(`category "${params.category}"`))
      return call(() => source.listArticles({ ...paging(params), ...(params.category ? { category: params.category } : {}) }), `category "${params.category}"`)
    },
    getArticle: (slug) => (SLUG.test(slug) ? call(() => source.getArticle(slug), `article "${slug}"`) : Promise.reject(notFound(`article "${slug}"`))),
    listCategories: () => call(() => source.listCategories(), 'category list'),
    getPage: (slug) => (SLUG.test(slug) ? call(() => source.getPage(slug), `page "${slug}"`) : Promise.reject(notFound(`page "${slug}"`))),
    search: (params) => call(() => source.search({ ...paging(params), q: params.q }), 'search'),
    getSitemap: () => call(() => source.sitemap(), 'sitemap'),
  }
}
