import { getJson, type RequestOptions } from './http'
import { API_CONTRACT as API } from '../../core/api'
import { apiPath } from '../../core/paths'
import type { Article, ArticleSummary, Category, Page, Paged, SearchHit, Sitemap } from '../../core/types'

/**
 * The typed client of the content API (`/api/*`); components never call it, views do through
 * useResource. Each answer is checked against its endpoint's schema in the contract (core/api.ts).
 */

export const listArticles = (params: { category?: string; page?: number; pageSize?: number }, options?: RequestOptions): Promise<Paged<ArticleSummary>> =>
  getJson(apiPath.articles(params), API.articles.answer, options)

export const getArticle = (slug: string, options?: RequestOptions): Promise<Article> =>
  getJson(apiPath.article(slug), API.article.answer, options)

export const listCategories = (options?: RequestOptions): Promise<Category[]> =>
  getJson(apiPath.categories(), API.categories.answer, options)

export const getPage = (slug: string, options?: RequestOptions): Promise<Page> =>
  getJson(apiPath.page(slug), API.page.answer, options)

export const search = (params: { q: string; page?: number; pageSize?: number }, options?: RequestOptions): Promise<Paged<SearchHit>> =>
  getJson(apiPath.search(params), API.search.answer, options)

export const getSitemap = (options?: RequestOptions): Promise<Sitemap> => getJson(apiPath.sitemap(), API.sitemap.answer, options)
