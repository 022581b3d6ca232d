import type { Page } from '@playwright/test'
import { LOCALES, LOCALE_COOKIE } from '../core/locale'
import { SEED } from './support/app'
import { expect, test } from './support/test'
import { pathTo, ROUTE_PATHS } from '../core/paths'

/**
 * Hydrating a page builds no `Intl` formatter: the first one costs a mid-range phone 35–70 ms
 * (ICU loads its locale data), so every number and date the server rendered comes back with the
 * hydration data instead (src/i18n/serverFormatted.ts). A formatter built while the page loads
 * and hydrates, by anything, fails here with where it was built.
 */
async function formattersBuiltWhileLoading(page: Page, path: string): Promise<string[]> {
  await page.addInitScript(() => {
    const built: string[] = []
    Object.assign(window, { formattersBuilt: built })
    type Constructor = new (...args: unknown[]) => object
    const intl = Intl as unknown as Record<string, Constructor>
    for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat']) {
      const Original = intl[name]
      if (!Original) continue
      intl[name] = new Proxy(Original, {
        construct(target: Constructor, args: unknown[]) {
          built.push(`${name} ${new Error().stack?.split('\n')[2]?.trim()}`)
          return Reflect.construct(target, args)
        },
      })
    }
  })
  await page.goto(path)
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '')
  // The reading tools arrive just after hydration and say how far the reader is at once.
  if (path.startsWith(pathTo.article(''))) await expect(page.getByText(/^(Đã đọc 0%|0% read)/)).toBeVisible()
  return page.evaluate(() => (window as unknown as { formattersBuilt: string[] }).formattersBuilt)
}

const PAGES = ['/', pathTo.article(SEED.slug), pathTo.category('thoi-su'), `${ROUTE_PATHS.search}?q=bac+kan`, ROUTE_PATHS.settings]

for (const locale of LOCALES) {
  test.describe(`hydrating, ${locale === 'vi' ? 'Vietnamese' : 'English'} interface`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL ?? '' }])
    })
    for (const path of PAGES) {
      test(`${path} builds no Intl formatter while it loads`, async ({ page }) => {
        expect(await formattersBuiltWhileLoading(page, path)).toEqual([])
      })
    }
  })
}

// Values the server did not format (a text size chosen later) are formatted by the browser as
// before: keyboard.shortcuts.spec.ts hears "Cỡ chữ 112,5%".
