import type { Page } from '@playwright/test'
import { ROUTE_PATHS } from '../../core/paths'

/** Waits until the script has taken over the server's page (main.ts marks <html> once mounted). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'))
}

/**
 * Opens `path` the way a reader reaches it by a link inside the app: the first page comes from
 * the server (its data is in the HTML, no API call), then a client-side navigation asks the
 * content API, which the test may have routed to fail, hang or answer something odd.
 * Resolves with the page's clock (`Date.now()`) just before the navigation began.
 */
export async function openClientSide(page: Page, path: string, from: string = ROUTE_PATHS.sitemap): Promise<number> {
  await page.goto(from)
  await waitForHydration(page)
  // vue-router navigates on popstate to wherever history now points, as on Back/Forward.
  return page.evaluate((target) => {
    const startedAt = Date.now()
    history.pushState(null, '', target)
    dispatchEvent(new PopStateEvent('popstate', { state: null }))
    return startedAt
  }, path)
}
