import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { markNavigation } from './navigationFocus'

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
  { path: '/gop-y', name: 'feedback', component: () => import('../views/FeedbackView.vue') },
  { path: '/cai-dat', name: 'settings', component: () => import('../views/SettingsView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue') },
]

export function createLecternRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition // back/forward: where the reader was
      if (to.hash) return { el: to.hash }
      return { top: 0 }
    },
  })
  let first = true
  router.afterEach((to, from, failure) => {
    if (failure) return
    if (first) {
      first = false
      return
    }
    // A new page (or a new page of a list) is a navigation; a jump to an in-page anchor is not.
    if (to.fullPath.split('#')[0] !== from.fullPath.split('#')[0]) markNavigation()
  })
  return router
}
