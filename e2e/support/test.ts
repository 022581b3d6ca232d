import { test as base, expect, type Page } from '@playwright/test'

/**
 * After a page load, wait until the app has hydrated the server's page (main.ts marks <html>):
 * a person can read at once, but a button clicked before then is not yet wired. Pages without
 * the app's data block (the checker's fixtures) and pages without JavaScript are left alone.
 */
async function settle(page: Page, javaScript: boolean): Promise<void> {
  if (!javaScript || (await page.locator('script#lectern-state').count()) === 0) return
  // A page whose script was blocked on purpose never hydrates: that test checks what it shows without it.
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'), undefined, { timeout: 10_000 }).catch(() => undefined)
}

/**
 * Playwright's test with two things every spec gets:
 * - `page.goto` and `page.reload` return once the app has hydrated (see settle);
 * - a guard: a page whose server-rendered markup and the browser's first render disagree (Vue
 *   logs "Hydration … mismatch") fails the test that saw it.
 */
export const test = base.extend<{ hydrationGuard: void }>({
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page)
    const reload = page.reload.bind(page)
    page.goto = async (...args) => {
      const response = await goto(...args)
      await settle(page, javaScriptEnabled)
      return response
    }
    page.reload = async (...args) => {
      const response = await reload(...args)
      await settle(page, javaScriptEnabled)
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
