import type { RequestOptions } from './http'
import type { Article, ArticleSummary, Category, Page, Paged, SearchHit, Sitemap } from './types'

/**
 * What a view may ask for. In the browser it is the typed HTTP client of `/api/*`; on the server
 * the same calls go straight to the content source (no HTTP round trip to itself), and fail with
 * the same typed `ApiError`s, so a view renders every state identically on both sides.
 */
export interface ContentClient {
  listArticles(params: { category?: string; page?: number; pageSize?: number }, options?: RequestOptions): Promise<Paged<ArticleSummary>>
  getArticle(slug: string, options?: RequestOptions): Promise<Article>
  listCategories(options?: RequestOptions): Promise<Category[]>
  getPage(slug: string, options?: RequestOptions): Promise<Page>
  search(params: { q: string; page?: number; pageSize?: number }, options?: RequestOptions): Promise<Paged<SearchHit>>
  getSitemap(options?: RequestOptions): Promise<Sitemap>
}

// The first view arrives with its data in the page: the HTTP client (and the schemas that check
// every answer) is fetched with the first client-side navigation, not with the first view.
const client = () => import('./content')

export const httpContentClient: ContentClient = {
  listArticles: async (params, options) => (await client()).listArticles(params, options),
  getArticle: async (slug, options) => (await client()).getArticle(slug, options),
  listCategories: async (options) => (await client()).listCategories(options),
  getPage: async (slug, options) => (await client()).getPage(slug, options),
  search: async (params, options) => (await client()).search(params, options),
  getSitemap: async (options) => (await client()).getSitemap(options),
}
