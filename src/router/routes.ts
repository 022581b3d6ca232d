import type { RouteRecordRaw } from 'vue-router'
import { PAGE_PATHS, ROUTE_PATHS, type PageKey } from '../../core/paths'

// The route table on its own (no app state imported), so tests can discover every route from it.
// `meta.messages` names a catalog of words that travel with the view (see LecternMessages.loadView).

export const routes: RouteRecordRaw[] = [
  { path: ROUTE_PATHS.home, name: 'home', component: () => import('../views/HomeView.vue') },
  { path: ROUTE_PATHS.article, name: 'article', component: () => import('../views/ArticleView.vue') },
  { path: ROUTE_PATHS.category, name: 'category', component: () => import('../views/CategoryView.vue') },
  ...(Object.keys(PAGE_PATHS) as PageKey[]).map((page) => ({
    path: PAGE_PATHS[page],
    name: page,
    component: () => import('../views/PageView.vue'),
    props: { page },
  })),
  { path: ROUTE_PATHS.sitemap, name: 'sitemap', component: () => import('../views/SitemapView.vue') },
  {
    path: ROUTE_PATHS.feedback,
    name: 'feedback',
    component: () => import('../views/FeedbackView.vue'),
    meta: { messages: 'feedback' },
  },
  {
    path: ROUTE_PATHS.feedbackSent,
    name: 'feedback-sent',
    component: () => import('../views/FeedbackSentView.vue'),
    meta: { messages: 'feedback' },
  },
  {
    path: ROUTE_PATHS.search,
    name: 'search',
    component: () => import('../views/SearchView.vue'),
    meta: { messages: 'search' },
  },
  { path: ROUTE_PATHS.saved, name: 'saved', component: () => import('../views/SavedView.vue') },
  { path: ROUTE_PATHS.settings, name: 'settings', component: () => import('../views/SettingsView.vue'), meta: { messages: 'settings' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue') },
]
