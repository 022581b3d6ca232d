import { type APIRequestContext, type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { routes } from '../src/router/routes'
import { longestArticleSlug } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { ROUTE_PATHS, pathTo } from '../core/paths'
import { setPreferences } from './support/storage'

// Every route the app has, discovered from the router itself (a new route joins the matrix
// without anyone editing this file), with parameters filled from the sitemap API,
// × 1280 and 360 px × light / dark / high contrast × text at 100 % and 300 %. The test names come
// from the route table, so each route is its own test.
const THEMES = ['light', 'dark', 'contrast'] as const
const SIZES = [1, 3] as const
const WIDTHS = [1280, 360] as const

interface SitemapJson {
  categories: { slug: string; articles: { slug: string }[] }[]
}

/** The concrete URLs that stand for one route pattern; fails loudly for a pattern it cannot fill. */
async function pagesFor(pattern: string, request: APIRequestContext): Promise<string[]> {
  const sitemap = (await (await request.get('/api/sitemap')).json()) as SitemapJson
  const articles = sitemap.categories.flatMap((c) => c.articles.map((a) => a.slug))
  const fill: Record<string, () => Promise<string[]>> = {
    [ROUTE_PATHS.article]: async () => [pathTo.article(articles[articles.length - 1]!), pathTo.article(await longestArticleSlug(request))],
    [ROUTE_PATHS.category]: async () => [pathTo.category(sitemap.categories[0]!.slug)],
    '/:pathMatch(.*)*': async () => ['/khong-co-trang-nay'],
    [ROUTE_PATHS.search]: async () => [`${ROUTE_PATHS.search}?q=bac+kan`, ROUTE_PATHS.search],
  }
  if (fill[pattern]) return fill[pattern]!()
  if (pattern.includes(':')) throw new Error(`The route matrix does not know how to fill ${pattern}: add it to pagesFor`)
  return [pattern]
}

async function load(page: Page, path: string, preferences: Record<string, unknown>): Promise<void> {
  await setPreferences(page, preferences)
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: /Đang tải/ })).toHaveCount(0)
}

// One test per route and width (so both workers share the matrix), each with the route's pages ×
// 3 themes × 2 sizes, an axe run each: at most 12 runs, within the default timeout.
test('the matrix covers every route of the router', async ({ request }) => {
  expect(routes.length).toBeGreaterThanOrEqual(11)
  for (const route of routes) expect((await pagesFor(route.path, request)).length, route.path).toBeGreaterThan(0)
})

for (const width of WIDTHS) {
  for (const route of routes) {
    test(`axe: ${route.path} at ${width} px in light, dark and high contrast, text at 100 % and 300 %`, async ({ page, request }, testInfo) => {
      const pages = await pagesFor(route.path, request)
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
}
