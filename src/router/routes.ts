import type { RouteRecordRaw } from 'vue-router'

// The route table on its own (no app state imported), so tests can discover every route from it.
// `meta.messages` names a catalog of words that travel with the view (see LecternMessages.loadView).

/** Static pages whose slug follows the reading language. */
export const PAGE_SLUGS = {
  about: { vi: 'gioi-thieu', en: 'about' },
  contact: { vi: 'lien-he', en: 'contact' },
  accessibility: { vi: 'kha-nang-tiep-can', en: 'accessibility' },
} as const

export type PageKey = keyof typeof PAGE_SLUGS

/** Where each static page lives in the app, whatever the reading language. */
export const PAGE_PATHS: Record<PageKey, string> = { about: '/gioi-thieu', contact: '/lien-he', accessibility: '/kha-nang-tiep-can' }

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('../views/HomeView.vue') },
  { path: '/bai-viet/:slug', name: 'article', component: () => import('../views/ArticleView.vue') },
  { path: '/chuyen-muc/:slug', name: 'category', component: () => import('../views/CategoryView.vue') },
  ...(Object.keys(PAGE_PATHS) as PageKey[]).map((page) => ({
    path: PAGE_PATHS[page],
    name: page,
    component: () => import('../views/PageView.vue'),
    props: { page },
  })),
  { path: '/so-do-trang', name: 'sitemap', component: () => import('../views/SitemapView.vue') },
  {
    path: '/gop-y',
    name: 'feedback',
    component: () => import('../views/FeedbackView.vue'),
    meta: { messages: 'feedback' },
  },
  {
    path: '/gop-y/da-gui',
    name: 'feedback-sent',
    component: () => import('../views/FeedbackSentView.vue'),
    meta: { messages: 'feedback' },
  },
  {
    path: '/tim-kiem',
    name: 'search',
    component: () => import('../views/SearchView.vue'),
    meta: { messages: 'search' },
  },
  { path: '/cai-dat', name: 'settings', component: () => import('../views/SettingsView.vue'), meta: { messages: 'settings' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue') },
]
