import { type APIRequestContext, type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { routes } from '../src/router/routes'
import { longestArticleSlug } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { ROUTE_PATHS, pathTo } from '../core/paths'
import { setPreferences } from './support/storage'

// Every route the app has, discovered from the router itself (a new route joins the matrix
// without anyone editing this file), with parameters filled from the sitemap API,
// × 1280 and 360 px × light / dark / high contrast × text at 100 % and 300 %.
const THEMES = ['light', 'dark', 'contrast'] as const
const SIZES = [1, 3] as const
const WIDTHS = [1280, 360] as const

interface SitemapJson {
  categories: { slug: string; articles: { slug: string }[] }[]
}

/** One or more concrete URLs for each route pattern; fails loudly for a pattern it cannot fill. */
async function discoverPages(request: APIRequestContext): Promise<string[]> {
  const sitemap = (await (await request.get('/api/sitemap')).json()) as SitemapJson
  const articles = sitemap.categories.flatMap((c) => c.articles.map((a) => a.slug))
  const longest = await longestArticleSlug(request)
  const fill: Record<string, string[]> = {
    [ROUTE_PATHS.article]: [pathTo.article(articles[articles.length - 1]!), pathTo.article(longest)],
    [ROUTE_PATHS.category]: [pathTo.category(sitemap.categories[0]!.slug)],
    '/:pathMatch(.*)*': ['/khong-co-trang-nay'],
    [ROUTE_PATHS.search]: [`${ROUTE_PATHS.search}?q=bac+kan`, ROUTE_PATHS.search],
  }
  return routes.flatMap((route) => {
    if (fill[route.path]) return fill[route.path]!
    if (route.path.includes(':')) throw new Error(`The route matrix does not know how to fill ${route.path}: add it to discoverPages`)
    return [route.path]
  })
}

async function load(page: Page, path: string, preferences: Record<string, unknown>): Promise<void> {
  await setPreferences(page, preferences)
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: /Đang tải/ })).toHaveCount(0)
}

// Every route's pages × 3 themes × 2 sizes, an axe run each: the Saved articles route (#12) added six more runs, past 4 min on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 })

test('the matrix covers every route of the router', async ({ request }) => {
  const pages = await discoverPages(request)
  expect(routes.length).toBeGreaterThanOrEqual(11)
  expect(pages.length).toBeGreaterThanOrEqual(routes.length)
})

for (const width of WIDTHS) {
  test(`axe: every route at ${width} px in light, dark and high contrast, text at 100 % and 300 %`, async ({ page, request }, testInfo) => {
    const pages = await discoverPages(request)
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/')
    for (const path of pages) {
      for (const theme of THEMES) {
        for (const textScale of SIZES) {
          await load(page, path, { theme, textScale })
          await expectNoAxeViolations(page, `${path} ${width}px ${theme} ${textScale * 100}%`, testInfo, {
            extraTags: theme === 'contrast' ? ['wcag2aaa'] : [],
            singleFrame: true,
          })
        }
      }
    }
  })
}
