import type { Article, ArticleSummary, Category, Page, Paged, SearchHit, Sitemap } from './types'

export interface PageQuery {
  page: number
  pageSize: number
}

/** What any content source (embedded SQLite, WordPress, …) must answer. `undefined` means not found. */
export interface ContentSource {
  listArticles(query: PageQuery & { category?: string }): Promise<Paged<ArticleSummary> | undefined>
  getArticle(slug: string): Promise<Article | undefined>
  listCategories(): Promise<Category[]>
  getPage(slug: string): Promise<Page | undefined>
  search(query: PageQuery & { q: string }): Promise<Paged<SearchHit>>
  sitemap(): Promise<Sitemap>
  /**
   * Changes whenever any content changes (keys the caches of answers and rendered pages), for
   * sources whose content only changes on import. Undefined when the source cannot tell.
   */
  version?(): string
}
