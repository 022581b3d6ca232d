/**
 * What the service worker (src/sw/) and the app (src/offline/) agree on: the caches' names and
 * the messages between them. In core/ because the worker has no DOM and the app no worker types.
 */
export const CACHES = {
  /** Pages and API answers the reader opened: the newest copy, kept for a while (see sw.ts). */
  pages: 'lectern-pages',
  api: 'lectern-api',
  images: 'lectern-images',
  fonts: 'lectern-fonts',
  /** The offline page's own copy, fetched when the worker installs. */
  shell: 'lectern-shell',
  /** Articles the reader chose to save: kept until the reader removes them. */
  saved: 'lectern-saved',
} as const

/** The query that tells the saved-articles page it is standing in for a page that is not saved. */
export const OFFLINE_QUERY = 'ngoai-tuyen'

/** The message type the page sends (workbox-window's messageSkipWaiting) when the reader presses "Reload". */
export const SKIP_WAITING = 'SKIP_WAITING'

/** How long a network answer may take before the saved copy is shown instead. */
export const NETWORK_TIMEOUT_SECONDS = 3

/** Opened pages, API answers and images are kept this long (and at most so many of each). */
export const KEEP_OPENED_DAYS = 30
export const KEEP_OPENED_PAGES = 60
export const KEEP_IMAGES = 150
