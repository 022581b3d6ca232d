import type { Router } from 'vue-router'
import { CACHES, OFFLINE_QUERY } from '../../core/offline'
import { ROUTE_PATHS, apiPath } from '../../core/paths'

/** Has the service worker (or the reader, by saving) kept this article's data? */
async function articleIsKept(slug: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false
  const url = apiPath.article(slug)
  for (const name of [CACHES.saved, CACHES.api]) {
    if (await caches.match(url, { cacheName: name })) return true
  }
  return false
}

/**
 * Offline, a link to an article that was neither saved nor opened leads to the saved-articles
 * page saying so (the same page the service worker shows for a full page load), instead of a
 * loading error. Returns the function that removes the guard.
 */
export function guardOfflineNavigation(router: Router): () => void {
  return router.beforeEach(async (to) => {
    if (navigator.onLine || to.name !== 'article') return true
    if (await articleIsKept(String(to.params.slug))) return true
    return { path: ROUTE_PATHS.saved, query: { [OFFLINE_QUERY]: to.fullPath } }
  })
}
