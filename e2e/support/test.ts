import { test as base, expect, type Page } from '@playwright/test'

/** Pages a test keeps from hydrating on purpose (it blocked the app's scripts): see `expectNoHydration`. */
const notHydrating = new WeakSet<Page>()

/**
 * For a test that blocks the app's scripts on purpose to check what the server's page does alone:
 * from now on `page.goto` and `page.reload` on this page do not wait for hydration. Everywhere
 * else a page that never hydrates fails the test.
 */
export function expectNoHydration(page: Page): void {
  notHydrating.add(page)
}

/**
 * After a page load, wait until the app has hydrated the server's page (main.ts marks <html>):
 * a person can read at once, but a button clicked before then is not yet wired. A page that does
 * not hydrate in time fails the test (even one that never clicks). Pages without the app's data
 * block (the editors' area, the checker's fixtures, API answers) and pages without JavaScript are
 * left alone.
 */
async function settle(page: Page, javaScript: boolean, timeout: number): Promise<void> {
  if (!javaScript || notHydrating.has(page) || (await page.locator('script#lectern-state').count()) === 0) return
  try {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'), undefined, { timeout })
  } catch (error) {
    throw new Error(`${page.url()} never hydrated (<html data-hydrated> missing after ${timeout / 1000} s)`, { cause: error })
  }
}

/**
 * Playwright's test with two things every spec gets:
 * - `page.goto` and `page.reload` return once the app has hydrated, and fail when it never does
 *   (see settle);
 * - a guard: a page whose server-rendered markup and the browser's first render disagree (Vue
 *   logs "Hydration … mismatch") fails the test that saw it.
 */
export const test = base.extend<{ hydrationGuard: void; hydrationTimeout: number }>({
  /** Long enough for a busy two-core machine; a page that takes longer is broken, not slow. */
  hydrationTimeout: [15_000, { option: true }],
  page: async ({ page, javaScriptEnabled, hydrationTimeout }, use) => {
    const goto = page.goto.bind(page)
    const reload = page.reload.bind(page)
    page.goto = async (...args) => {
      const response = await goto(...args)
      await settle(page, javaScriptEnabled, hydrationTimeout)
      return response
    }
    page.reload = async (...args) => {
      const response = await reload(...args)
      await settle(page, javaScriptEnabled, hydrationTimeout)
      return response
    }
    await use(page)
  },
  hydrationGuard: [async ({ page }, use) => {
    const mismatches: string[] = []
    page.on('console', (message) => {
      if (/hydration/i.test(message.text()) && /mismatch/i.test(message.text())) mismatches.push(`${page.url()}: ${message.text()}`)
    })
    await use()
    expect(mismatches, 'hydration mismatches').toEqual([])
  }, { auto: true }],
})

export { expect }
