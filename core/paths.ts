import type { Locale } from './locale'

/**
 * Where everything lives, written once: the app's route table, its links, the server's page
 * routes, the sitemap and the WordPress link rewriting all read these.
 */

/** Static pages whose content slug follows the reading language. */
export const PAGE_SLUGS = {
  about: { vi: 'gioi-thieu', en: 'about' },
  contact: { vi: 'lien-he', en: 'contact' },
  accessibility: { vi: 'kha-nang-tiep-can', en: 'accessibility' },
} as const

export type PageKey = keyof typeof PAGE_SLUGS

/** Where each static page lives in the app, whatever the reading language. */
export const PAGE_PATHS = { about: '/gioi-thieu', contact: '/lien-he', accessibility: '/kha-nang-tiep-can' } as const satisfies Record<PageKey, string>

/** The app's routes (vue-router patterns). */
export const ROUTE_PATHS = {
  home: '/',
  article: '/bai-viet/:slug',
  category: '/chuyen-muc/:slug',
  sitemap: '/so-do-trang',
  feedback: '/gop-y',
  feedbackSent: '/gop-y/da-gui',
  search: '/tim-kiem',
  settings: '/cai-dat',
  /** Articles saved for reading offline; also the page shown offline for one that is not saved. */
  saved: '/bai-da-luu',
} as const

/** Links to those routes. */
export const pathTo = {
  article: (slug: string): string => ROUTE_PATHS.article.replace(':slug', encodeURIComponent(slug)),
  category: (slug: string): string => ROUTE_PATHS.category.replace(':slug', encodeURIComponent(slug)),
  /** The no-JavaScript language switch (the server remembers the choice and comes back to `back`). */
  language: (locale: Locale, back: string): string => `/ngon-ngu/${locale}?ve=${encodeURIComponent(back)}`,
  feedbackSent: (reference: string): string => `${ROUTE_PATHS.feedbackSent}?ma=${encodeURIComponent(reference)}`,
}

/** Where Lectern's own editors' area lives (server-rendered, outside the app's routes); its home is `${EDITOR_AREA_PATH}/`. */
export const EDITOR_AREA_PATH = '/bien-tap'

/**
 * The HTTP API's routes (Fastify patterns), written once: the server registers exactly these, and
 * the clients, the service worker and saving for offline build their addresses with `apiPath`.
 */
export const API_ROUTES = {
  /** Every API address starts with it (what is not a route below answers a 404 problem). */
  prefix: '/api/',
  articles: '/api/articles',
  article: '/api/articles/:slug',
  categories: '/api/categories',
  page: '/api/pages/:slug',
  search: '/api/search',
  sitemap: '/api/sitemap',
  config: '/api/config',
  feedback: '/api/feedback',
  openapi: '/api/openapi.json',
  /** Test-only reads (LECTERN_TEST_HOOKS=1), never cached. */
  testPrefix: '/api/test/',
  testFeedback: '/api/test/feedback',
} as const

type QueryParams = Record<string, string | number | undefined>

/** As `URLSearchParams` writes it (spaces as `+`, `!'()~` escaped), without needing the DOM or Node. */
const formEncode = (text: string): string =>
  encodeURIComponent(text).replace(/%20/g, '+').replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** `?a=1&b=2` from the parameters that have a value (none: no `?`). */
export function queryString(params: QueryParams = {}): string {
  const pairs = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${formEncode(key)}=${formEncode(String(value))}`)
  return pairs.length ? `?${pairs.join('&')}` : ''
}

const withSlug = (pattern: string, slug: string): string => pattern.replace(':slug', encodeURIComponent(slug))

/** Addresses of the API's endpoints, for whoever calls them (the app, the service worker, tests). */
export const apiPath = {
  articles: (params: { category?: string; page?: number; pageSize?: number } = {}): string => API_ROUTES.articles + queryString(params),
  article: (slug: string): string => withSlug(API_ROUTES.article, slug),
  categories: (): string => API_ROUTES.categories,
  page: (slug: string): string => withSlug(API_ROUTES.page, slug),
  search: (params: { q: string; page?: number; pageSize?: number }): string => API_ROUTES.search + queryString(params),
  sitemap: (): string => API_ROUTES.sitemap,
  config: (): string => API_ROUTES.config,
  feedback: (): string => API_ROUTES.feedback,
  testFeedback: (contains?: string): string => API_ROUTES.testFeedback + queryString({ contains }),
}
