import * as v from 'valibot'
import { getJson, type RequestOptions } from './http'
import * as S from './schemas'
import { apiPath } from '../../core/paths'
import type { Article, ArticleSummary, Category, Page, Paged, SearchHit, Sitemap } from '../../core/types'

/** The typed client of the content API (`/api/*`); components never call it, views do through useResource. */

export const listArticles = (params: { category?: string; page?: number; pageSize?: number }, options?: RequestOptions): Promise<Paged<ArticleSummary>> =>
  getJson(apiPath.articles(params), S.paged(S.ArticleSummary), options)

export const getArticle = (slug: string, options?: RequestOptions): Promise<Article> =>
  getJson(apiPath.article(slug), S.Article, options)

export const listCategories = (options?: RequestOptions): Promise<Category[]> =>
  getJson(apiPath.categories(), v.array(S.Category), options)

export const getPage = (slug: string, options?: RequestOptions): Promise<Page> =>
  getJson(apiPath.page(slug), S.Page, options)

export const search = (params: { q: string; page?: number; pageSize?: number }, options?: RequestOptions): Promise<Paged<SearchHit>> =>
  getJson(apiPath.search(params), S.paged(S.SearchHit), options)

export const getSitemap = (options?: RequestOptions): Promise<Sitemap> => getJson(apiPath.sitemap(), S.Sitemap, options)
