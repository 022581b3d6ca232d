import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { SEED, SITE_VI, longestArticleSlug } from './support/app'
import { uniqueMarker } from './support/feedback'
import { expectNoAxeViolationsWithoutScript, trackDocuments } from './support/noScript'
import { pathTo, ROUTE_PATHS } from '../core/paths'

// A reader whose JavaScript never runs (old browser, blocked script, a network that dropped the
// bundle): everything that matters works as plain HTML links and forms from the server.
test.use({ javaScriptEnabled: false })

/**
 * Narrow, the header's Menu is a plain link to the sitemap page with the menu open on it
 * (#site-menu): follows it where it is shown. Says whether it did (wide, the menu is always open).
 */
async function openMenuWithoutScript(page: Page): Promise<boolean> {
  const menu = page.getByRole('banner').getByRole('link', { name: 'Menu', exact: true })
  if (!(await menu.isVisible())) return false
  await menu.click()
  await expect(page).toHaveURL(/\/so-do-trang#site-menu$/)
  await expect(page.getByRole('navigation', { name: /^(Điều hướng chính|Main navigation)$/ })).toBeVisible()
  return true
}

test.describe('without JavaScript', () => {
  test('Home → category → article → contents link → search → feedback with an error → corrected → confirmation', async ({ page, request, browser }, testInfo) => {
    test.setTimeout(180_000) // a whole journey, with seven axe runs
    const lastDocument = trackDocuments(page)
    const axe = (state: string) => expectNoAxeViolationsWithoutScript(browser, page, lastDocument, state, testInfo)
    await page.goto('/')
    await expect(page).toHaveTitle(`Trang chủ — ${SITE_VI}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    // Nothing that needs the script is offered as a dead control.
    await expect(page.getByRole('button', { name: /^A\+ / })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Cài đặt đọc' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /Phím tắt/ })).toHaveCount(0)
    await axe('no-JS home')

    // Skip link: a plain fragment link into main.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#main-content$/)

    await page.getByRole('link', { name: 'Kinh tế' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Chuyên mục Kinh tế' })).toBeVisible()
    await axe('no-JS category')

    const slug = await longestArticleSlug(request)
    await page.goto(pathTo.article(slug))
    const contents = page.getByRole('navigation', { name: 'Mục lục' })
    const entry = contents.getByRole('link').nth(1)
    const target = (await entry.getAttribute('href'))!
    await entry.click()
    await expect(page).toHaveURL(new RegExp(`${target}$`))
    await expect(page.locator(target)).toBeInViewport()
    await expect(page.getByRole('article').getByRole('table').first()).toBeVisible()
    await expect(page.getByRole('article').getByRole('figure').first()).toBeVisible()
    await axe('no-JS long article')

    // Search: a GET form; results and paging are links.
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Tìm bài viết' })
    await box.fill('bac kan')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/tim-kiem\?q=bac\+kan$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Kết quả tìm kiếm cho “bac kan”' })).toBeVisible()
    const paging = page.getByRole('navigation', { name: 'Phân trang' })
    await paging.getByRole('link', { name: 'Trang 2' }).click()
    await expect(page).toHaveURL(/trang=2/)
    await expect(page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang 2' })).toHaveAttribute('aria-current', 'page')
    await axe('no-JS search results')

    // Feedback: a plain POST; the server answers with the error summary and keeps what was typed.
    await openMenuWithoutScript(page)
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Góp ý' }).click()
    await page.getByRole('textbox', { name: /^Họ và tên/ }).fill('')
    const message = `Trang đọc rất tốt khi không có JavaScript. ${uniqueMarker('nojs')}`
    await page.getByRole('textbox', { name: /^Nội dung góp ý/ }).fill(message)
    await page.getByRole('radio', { name: 'Chủ đề khác' }).check()
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page).toHaveTitle(/^Lỗi: Góp ý/)
    const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' })
    await expect(summary).toBeVisible()
    await expect(page.getByRole('textbox', { name: /^Nội dung góp ý/ })).toHaveValue(message)
    await expect(page.getByRole('radio', { name: 'Chủ đề khác' })).toBeChecked()
    await axe('no-JS feedback with errors')
    await summary.getByRole('link', { name: 'Nhập họ và tên của bạn' }).click()
    await expect(page).toHaveURL(/#feedback-name$/)

    await page.getByRole('textbox', { name: /^Họ và tên/ }).fill('Nguyễn Văn An')
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page).toHaveURL(/\/gop-y\/da-gui\?ma=GY-\d{4}-\d{6}$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi góp ý' })).toBeVisible()
    const reference = new URL(page.url()).searchParams.get('ma')!
    await expect(page.getByText(reference)).toBeVisible()
    await axe('no-JS feedback sent')
    // Post/Redirect/Get: a reload shows the confirmation again and sends nothing.
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi góp ý' })).toBeVisible()
    const count = await (await request.get(`/api/test/feedback?contains=${encodeURIComponent(message.slice(-30))}`)).json()
    expect(count).toEqual({ count: 1 })
  })

  test('narrow, Menu is a link to the sitemap with the navigation and the language open on it', async ({ page, browser }, testInfo) => {
    const lastDocument = trackDocuments(page)
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(pathTo.article(SEED.slug))
    const banner = page.getByRole('banner')
    // The search field needs no script: it stands open where its button would be.
    await expect(banner.getByRole('searchbox', { name: 'Tìm bài viết' })).toBeVisible()
    await expect(banner.getByRole('button')).toHaveCount(1) // the search form's submit, nothing that needs script
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden()
    await banner.getByRole('link', { name: 'Menu', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/so-do-trang#site-menu$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Sơ đồ trang' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
    for (const name of ['Trang chủ', 'Góp ý', 'Sơ đồ trang', 'Liên hệ']) await expect(nav.getByRole('link', { name })).toBeVisible()
    await expect(banner.getByRole('link', { name: 'Switch to English' })).toBeVisible()
    await expectNoAxeViolationsWithoutScript(browser, page, lastDocument, 'no-JS narrow menu open', testInfo)
    // The skip link to the navigation opens it the same way.
    await page.goto('/')
    await expect(nav).toBeHidden()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Đến thanh điều hướng chính' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(nav).toBeVisible()
  })

  test('static pages, the sitemap and the language are links; unknown pages are 404', async ({ page, browser }, testInfo) => {
    const lastDocument = trackDocuments(page)
    const axe = (state: string) => expectNoAxeViolationsWithoutScript(browser, page, lastDocument, state, testInfo)
    await page.goto(ROUTE_PATHS.sitemap)
    await expect(page.getByRole('heading', { level: 1, name: 'Sơ đồ trang' })).toBeVisible()
    await page.getByRole('main').getByRole('link', { name: 'Liên hệ' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Liên hệ' })).toBeVisible()
    // Narrow, the language link is in the menu, which is the sitemap page: the switch comes back there.
    const back = (await openMenuWithoutScript(page)) ? /\/so-do-trang$/ : /\/lien-he$/
    await page.getByRole('link', { name: 'Switch to English' }).click()
    await expect(page).toHaveURL(back)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: /^(Contact|Sitemap)$/ })).toBeVisible()
    await axe('no-JS contact, English')
    await openMenuWithoutScript(page)
    await page.getByRole('link', { name: 'Chuyển sang tiếng Việt' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')

    const missing = await page.goto(pathTo.article('khong-co-bai-nay'))
    expect(missing?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible()
    await axe('no-JS 404')
    const article = await page.goto(pathTo.article(SEED.slug))
    expect(article?.status()).toBe(200)
  })
})
