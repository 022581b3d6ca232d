/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching'
import type { RouteHandlerCallbackOptions, WorkboxPlugin } from 'workbox-core/types'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies'
import { CACHES, KEEP_IMAGES, KEEP_OPENED_DAYS, KEEP_OPENED_PAGES, NETWORK_TIMEOUT_SECONDS, OFFLINE_QUERY, SKIP_WAITING } from '../../core/offline'
import { API_ROUTES, EDITOR_AREA_PATH, ROUTE_PATHS } from '../../core/paths'
import { offlineFallbackPage } from './offlineFallback'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] }

// The code of every route (JS and CSS chunks, from the build's list): the app works offline
// whatever the reader opens next. Caches of an older build are removed when this one activates.
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// A new version waits until the reader presses "Reload" on the update notice: never in the
// middle of reading or typing. The very first install takes the open page at once.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void self.skipWaiting()
})
clientsClaim()

// The saved-articles page doubles as the offline page: keep its server-rendered shell.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHES.shell).then((cache) => cache.add(ROUTE_PATHS.saved)).catch(() => undefined))
})

const DAY = 24 * 60 * 60
// What the server marks `no-store` (the feedback form, which carries a one-use idempotency key)
// is never kept: a copy served later would send a second message under the first one's key.
const notPersonal: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (/no-store/i.test(response.headers.get('cache-control') ?? '') ? null : response),
}
const kept = (maxEntries: number) => [
  new CacheableResponsePlugin({ statuses: [200] }),
  notPersonal,
  // purgeOnQuotaError: when the device is full, these caches are emptied before anything fails.
  new ExpirationPlugin({ maxEntries, maxAgeSeconds: KEEP_OPENED_DAYS * DAY, purgeOnQuotaError: true }),
]

/** The newest copy when the network answers within a few seconds; the kept copy otherwise. */
const openedPages = new NetworkFirst({ cacheName: CACHES.pages, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: kept(KEEP_OPENED_PAGES) })
const apiAnswers = new NetworkFirst({ cacheName: CACHES.api, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: kept(KEEP_OPENED_PAGES * 3) })
const images = new CacheFirst({ cacheName: CACHES.images, plugins: kept(KEEP_IMAGES) })
const fonts = new CacheFirst({ cacheName: CACHES.fonts, plugins: kept(20) })

const savedCopy = (request: Request): Promise<Response | undefined> => caches.match(request, { cacheName: CACHES.saved })

/** Tries the strategy, then what the reader saved; `otherwise` says what to answer without either. */
function withSavedCopy(strategy: NetworkFirst | CacheFirst, otherwise: (options: RouteHandlerCallbackOptions) => Promise<Response>) {
  return async (options: RouteHandlerCallbackOptions): Promise<Response> => {
    const request = options.request as Request
    if (strategy instanceof CacheFirst) {
      const saved = await savedCopy(request)
      if (saved) return saved
    }
    try {
      return await strategy.handle(options)
    } catch {
      return (await savedCopy(request)) ?? otherwise(options)
    }
  }
}

const isEditorArea = (url: URL) => url.pathname.startsWith(EDITOR_AREA_PATH)

// Pages: an unsaved one, offline, leads to the saved-articles page, which says what happened.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !isEditorArea(url) && url.pathname !== ROUTE_PATHS.saved,
  withSavedCopy(openedPages, async ({ url }) => {
    const offline = new URL(ROUTE_PATHS.saved, self.location.origin)
    offline.searchParams.set(OFFLINE_QUERY, url.pathname + url.search)
    return Response.redirect(offline.href, 302)
  }),
)
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.pathname === ROUTE_PATHS.saved,
  async (options) => {
    try {
      return await openedPages.handle(options)
    } catch {
      return (await caches.match(ROUTE_PATHS.saved, { cacheName: CACHES.shell })) ?? offlineFallbackPage()
    }
  },
)

// Search and the test hooks need the server: never answered from a cache.
registerRoute(({ url }) => url.pathname.startsWith(API_ROUTES.search) || url.pathname.startsWith(API_ROUTES.testPrefix), new NetworkOnly())
registerRoute(
  ({ request, url }) => url.origin === self.location.origin && url.pathname.startsWith(API_ROUTES.prefix) && request.method === 'GET',
  withSavedCopy(apiAnswers, async () => Response.error()),
)
registerRoute(({ request }) => request.destination === 'image', withSavedCopy(images, async () => Response.error()))
registerRoute(({ request }) => request.destination === 'font', fonts)
