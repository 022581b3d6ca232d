import * as v from 'valibot'
import { getJson, type RequestOptions } from './http'
import * as S from './schemas'
import { apiPath } from '../../core/paths'
import type { Article, ArticleSummary, Category, Page, Paged, SearchHit, Sitemap } from '../../core/types'

/** The typed client of the content API (`/api/*`); components never call it, views do through useResource. */
const query = (params: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value))
  const text = search.toString()
  return text ? `?${text}` : ''
}

export const listArticles = (params: { category?: string; page?: number; pageSize?: number }, options?: RequestOptions): Promise<Paged<ArticleSummary>> =>
  getJson(`/api/articles${query(params)}`, S.paged(S.ArticleSummary), options)

export const getArticle = (slug: string, options?: RequestOptions): Promise<Article> =>
  getJson(apiPath.article(slug), S.Article, options)

export const listCategories = (options?: RequestOptions): Promise<Category[]> =>
  getJson('/api/categories', v.array(S.Category), options)

export const getPage = (slug: string, options?: RequestOptions): Promise<Page> =>
  getJson(`/api/pages/${encodeURIComponent(slug)}`, S.Page, options)

export const search = (params: { q: string; page?: number; pageSize?: number }, options?: RequestOptions): Promise<Paged<SearchHit>> =>
  getJson(`/api/search${query(params)}`, S.paged(S.SearchHit), options)

export const getSitemap = (options?: RequestOptions): Promise<Sitemap> => getJson('/api/sitemap', S.Sitemap, options)
