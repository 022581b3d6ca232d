import * as content from './content'
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

export const httpContentClient: ContentClient = {
  listArticles: content.listArticles,
  getArticle: content.getArticle,
  listCategories: content.listCategories,
  getPage: content.getPage,
  search: content.search,
  getSitemap: content.getSitemap,
}
