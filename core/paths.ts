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

/**
 * The editors' area (sign-in, feedback inbox): served by the server alone, never by the app (the
 * service worker leaves it to the network).
 */
export const EDITOR_AREA = '/bien-tap'

/** Links to those routes. */
export const pathTo = {
  article: (slug: string): string => ROUTE_PATHS.article.replace(':slug', encodeURIComponent(slug)),
  category: (slug: string): string => ROUTE_PATHS.category.replace(':slug', encodeURIComponent(slug)),
  /** The no-JavaScript language switch (the server remembers the choice and comes back to `back`). */
  language: (locale: Locale, back: string): string => `/ngon-ngu/${locale}?ve=${encodeURIComponent(back)}`,
  feedbackSent: (reference: string): string => `${ROUTE_PATHS.feedbackSent}?ma=${encodeURIComponent(reference)}`,
  /** One feedback message in the editors' inbox. */
  editorInboxItem: (reference: string): string => `${EDITOR_AREA}/gop-y/${encodeURIComponent(reference)}`,
}

/** The content API's addresses that more than one side names (the API client, saving for offline). */
export const apiPath = {
  article: (slug: string): string => `/api/articles/${encodeURIComponent(slug)}`,
}
