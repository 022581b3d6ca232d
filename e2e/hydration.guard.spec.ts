import type { Page } from '@playwright/test'
import { SEED, openArticle } from './support/app'
import { expect, expectNoHydration, test } from './support/test'
import { pathTo } from '../core/paths'

// The guard in support/test.ts, checked on itself: a page whose app never starts must fail the
// test that loads it, even a test that only reads. A short wait: nothing is coming.
test.use({ hydrationTimeout: 1_000 })

const blockTheApp = (page: Page) => page.route('**/assets/*.js', (route) => route.abort())

test('a page that never hydrates fails page.goto with a clear message', async ({ page }) => {
  await blockTheApp(page)
  const failure = await page.goto(pathTo.article(SEED.slug)).then(() => undefined, (error: Error) => error)
  expect(failure?.message).toMatch(/never hydrated/)
})

test('a test that blocks the app on purpose can say so and read the server’s page', async ({ page }) => {
  await blockTheApp(page)
  expectNoHydration(page)
  await openArticle(page)
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', '')
})
