import { expect, type APIRequestContext, type Page } from '@playwright/test'

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
