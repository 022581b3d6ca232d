import { createRouter, type RouterHistory } from 'vue-router'
import type { LecternMessages, ViewMessages } from '../i18n'
import { routes } from './routes'
import { contentReady, installNavigationFocus, trackPopstate } from './navigationFocus'

/**
 * `history`: makes the browser's (createWebHistory) or, on the server, one for the request
 * (createMemoryHistory); called here, after the popstate tracking that must come first.
 */
export function createLecternRouter(history: () => RouterHistory, messages: LecternMessages) {
  if (!import.meta.env.SSR) trackPopstate()
  const router = createRouter({
    history: history(),
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
  // A view's own words load with the view, before it renders.
  router.beforeResolve(async (to) => {
    const area = to.meta.messages as ViewMessages | undefined
    if (area) await messages.loadView(area)
  })
  installNavigationFocus(router)
  return router
}

export { PAGE_PATHS, PAGE_SLUGS, routes } from './routes'
