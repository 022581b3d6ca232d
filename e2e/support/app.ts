import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { pathTo } from '../../core/paths'

export const SEED = {
  slug: 'nhung-chuyen-bien-tich-cuc-sau-03-nam-thuc-hien-chi-thi-05-ct-tw',
  title: 'Những chuyển biến tích cực sau 03 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
}
export const SITE_VI = 'Cổng thông tin điện tử Bắc Kạn'

/** The live region every page title and status goes through. */
export const announcer = (page: Page) => page.getByRole('status').filter({ hasNotText: /^$/ }).last()

export async function expectFocusedHeading(page: Page, name: string | RegExp): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name })
  await expect(heading).toBeVisible()
  await expect(heading).toBeFocused()
}

/** The longest article the API has: the one that exercises sections, tables and figures. */
export async function longestArticleSlug(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/articles?pageSize=50')
  const body = (await response.json()) as { items: { slug: string; readingMinutes: number }[] }
  return [...body.items].sort((a, b) => b.readingMinutes - a.readingMinutes)[0]!.slug
}

/**
 * On narrow screens and at large text sizes the header folds its navigation and tools behind
 * Menu and its search field behind Search: opens the one asked for where it is folded (nothing to
 * do where the header shows everything) and returns the banner, so a test reaches the same control
 * at either width.
 */
export async function openHeader(page: Page, region: 'menu' | 'search' = 'menu'): Promise<Locator> {
  const banner = page.getByRole('banner')
  const name = region === 'menu' ? 'Menu' : /^(Tìm kiếm|Search)$/
  const button = banner.getByRole('button', { name, exact: region === 'menu' })
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') {
    await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
  }
  return banner
}

/**
 * Opens an article (the seed article unless told otherwise) and waits until its heading shows;
 * with `readingTools`, also until its reading tools (Listen, line focus) have arrived.
 */
export async function openArticle(page: Page, options: { slug?: string; title?: string; readingTools?: boolean } = {}): Promise<void> {
  const { slug = SEED.slug, title = slug === SEED.slug ? SEED.title : undefined } = options
  await page.goto(pathTo.article(slug))
  await expect(page.getByRole('heading', { level: 1, ...(title ? { name: title } : {}) })).toBeVisible()
  if (options.readingTools) await expect(page.getByRole('main').getByRole('button', { name: 'Nghe bài viết' })).toBeVisible()
}
