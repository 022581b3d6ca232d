import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { SEED, expectFocusedHeading } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { pathTo, ROUTE_PATHS } from '../core/paths'
import { setPreferences } from './support/storage'

// The header's disclosures (WAI-ARIA APG disclosure pattern) by keyboard alone. The narrow
// header comes with a narrow screen (the mobile project) and with large text on a wide one: the
// desktop project takes the second way, at 200 %.
async function openNarrowHeader(page: Page, path: string, mobile: boolean): Promise<void> {
  if (!mobile) {
    await page.goto(ROUTE_PATHS.sitemap)
    await setPreferences(page, { textScale: 2 })
  }
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

const banner = (page: Page) => page.getByRole('banner')
const menuButton = (page: Page) => banner(page).getByRole('button', { name: 'Menu', exact: true })
const searchButton = (page: Page) => banner(page).getByRole('button', { name: 'Tìm kiếm', exact: true })
const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' })
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement
  return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? ''
})

test.describe('the narrow header', () => {
  test('Menu opens with Enter or Space, Tab walks through it, Escape closes it and focus returns to Menu', async ({ page }, testInfo) => {
    await openNarrowHeader(page, '/', testInfo.project.name === 'mobile')
    for (const name of ['Bỏ qua, đến nội dung chính', 'Đến thanh điều hướng chính', 'Cổng thông tin điện tử Bắc Kạn', 'Tìm kiếm', 'Menu']) {
      await page.keyboard.press('Tab')
      expect(await focused(page)).toBe(name)
    }
    await expect(menuButton(page)).toBeFocused()
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')
    await expect(nav(page)).toBeHidden()

    await page.keyboard.press('Enter')
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true')
    await expect(menuButton(page)).toBeFocused()
    await expect(nav(page)).toBeVisible()
    // In order: the navigation, then the tools (this page has no article, so the text size is here).
    const stops = ['Trang chủ', 'Góp ý', 'Sơ đồ trang', 'Liên hệ', 'Bài đã lưu', 'A− Giảm cỡ chữ', 'A Cỡ chữ mặc định', 'A+ Tăng cỡ chữ', 'Cài đặt đọc', 'Switch to English', 'Đăng nhập (biên tập viên)']
    for (const name of stops) {
      await page.keyboard.press('Tab')
      expect(await focused(page)).toBe(name)
      await expect(page.locator(':focus')).toBeInViewport()
    }
    await page.keyboard.press('Escape')
    await expect(menuButton(page)).toBeFocused()
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')
    await expect(nav(page)).toBeHidden()

    await page.keyboard.press('Space')
    await expect(nav(page)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(nav(page)).toBeHidden()
    await expect(menuButton(page)).toBeFocused()

    // Following a link in it: the new page's heading takes focus and the menu is closed again.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(nav(page).getByRole('link', { name: 'Liên hệ' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, 'Liên hệ')
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')
    await expect(nav(page)).toBeHidden()
  })

  test('Search puts the caret in the field; Escape closes it, keeps what was typed, and returns to Search', async ({ page }, testInfo) => {
    await openNarrowHeader(page, pathTo.article(SEED.slug), testInfo.project.name === 'mobile')
    const box = banner(page).getByRole('searchbox', { name: 'Tìm bài viết' })
    await expect(box).toBeHidden()
    await searchButton(page).focus()
    await page.keyboard.press('Enter')
    await expect(box).toBeFocused()
    await expect(searchButton(page)).toHaveAttribute('aria-expanded', 'true')
    // Its label is on screen, not only in the accessibility tree.
    await expect(banner(page).getByText('Tìm bài viết', { exact: true })).toBeVisible()
    await page.keyboard.type('bac kan')
    await page.keyboard.press('Escape')
    await expect(searchButton(page)).toBeFocused()
    await expect(box).toBeHidden()
    await page.keyboard.press('Enter')
    await expect(box).toHaveValue('bac kan')
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, 'Kết quả tìm kiếm cho “bac kan”')
  })

  test('the article page offers one text-size control, in its reading tools; the skip link opens the menu', async ({ page }, testInfo) => {
    await openNarrowHeader(page, pathTo.article(SEED.slug), testInfo.project.name === 'mobile')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(nav(page)).toBeFocused()
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('group', { name: /^Cỡ chữ / })).toHaveCount(1)
    await expect(page.getByRole('main').getByRole('group', { name: /^Cỡ chữ / })).toBeVisible()
    await expect(banner(page).getByRole('link', { name: 'Cài đặt đọc' })).toBeVisible()
  })

  test('axe: the narrow header with its menu and its search open', async ({ page }, testInfo) => {
    await openNarrowHeader(page, '/', testInfo.project.name === 'mobile')
    await menuButton(page).click()
    await expectNoAxeViolations(page, 'narrow header, menu open', testInfo)
    await searchButton(page).click()
    await expect(nav(page)).toBeHidden() // one open at a time
    await expectNoAxeViolations(page, 'narrow header, search open', testInfo)
  })
})
