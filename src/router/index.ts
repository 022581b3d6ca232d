import { withViewMessages } from '../i18n'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { contentReady, installNavigationFocus, trackPopstate } from './navigationFocus'

/** Static pages whose slug follows the reading language. */
export const PAGE_SLUGS = {
  about: { vi: 'gioi-thieu', en: 'about' },
  contact: { vi: 'lien-he', en: 'contact' },
  accessibility: { vi: 'kha-nang-tiep-can', en: 'accessibility' },
} as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('../views/HomeView.vue') },
  { path: '/bai-viet/:slug', name: 'article', component: () => import('../views/ArticleView.vue') },
  { path: '/chuyen-muc/:slug', name: 'category', component: () => import('../views/CategoryView.vue') },
  { path: '/gioi-thieu', name: 'about', component: () => import('../views/PageView.vue'), props: { page: 'about' } },
  { path: '/lien-he', name: 'contact', component: () => import('../views/PageView.vue'), props: { page: 'contact' } },
  { path: '/kha-nang-tiep-can', name: 'accessibility', component: () => import('../views/PageView.vue'), props: { page: 'accessibility' } },
  { path: '/so-do-trang', name: 'sitemap', component: () => import('../views/SitemapView.vue') },
  {
    path: '/gop-y',
    name: 'feedback',
    component: withViewMessages(
      () => import('../views/FeedbackView.vue'),
      () => Promise.all([import('../i18n/locales/feedback/vi.json'), import('../i18n/locales/feedback/en.json')]),
    ),
  },
  {
    path: '/tim-kiem',
    name: 'search',
    component: withViewMessages(
      () => import('../views/SearchView.vue'),
      () => Promise.all([import('../i18n/locales/search/vi.json'), import('../i18n/locales/search/en.json')]),
    ),
  },
  { path: '/cai-dat', name: 'settings', component: () => import('../views/SettingsView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue') },
]

export function createLecternRouter() {
  trackPopstate()
  const router = createRouter({
    history: createWebHistory(),
    routes,
    // Content arrives after the route changes: wait for it, or the page is too short to scroll
    // back into (Back/Forward) or the anchor does not exist yet (a shared #section link).
    async scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) {
        await contentReady()
        return savedPosition
      }
      if (to.hash) {
        await contentReady()
        return { el: to.hash }
      }
      return { top: 0 }
    },
  })
  installNavigationFocus(router)
  return router
}
