import { expect, test } from './support/test'
import { SEED, SITE_VI, longestArticleSlug } from './support/app'
import { expectNoAxeViolationsWithoutScript, trackDocuments } from './support/noScript'

// A reader whose JavaScript never runs (old browser, blocked script, a network that dropped the
// bundle): everything that matters works as plain HTML links and forms from the server.
test.use({ javaScriptEnabled: false })

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
    await page.goto(`/bai-viet/${slug}`)
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
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Góp ý' }).click()
    await page.getByRole('textbox', { name: /^Họ và tên/ }).fill('')
    await page.getByRole('textbox', { name: /^Nội dung góp ý/ }).fill('Trang đọc rất tốt khi không có JavaScript.')
    await page.getByRole('radio', { name: 'Chủ đề khác' }).check()
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page).toHaveTitle(/^Lỗi: Góp ý/)
    const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' })
    await expect(summary).toBeVisible()
    await expect(page.getByRole('textbox', { name: /^Nội dung góp ý/ })).toHaveValue('Trang đọc rất tốt khi không có JavaScript.')
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
    const count = await (await request.get(`/api/test/feedback?contains=${encodeURIComponent('khi không có JavaScript')}`)).json()
    expect(count).toEqual({ count: 1 })
  })

  test('static pages, the sitemap and the language are links; unknown pages are 404', async ({ page, browser }, testInfo) => {
    const lastDocument = trackDocuments(page)
    const axe = (state: string) => expectNoAxeViolationsWithoutScript(browser, page, lastDocument, state, testInfo)
    await page.goto('/so-do-trang')
    await expect(page.getByRole('heading', { level: 1, name: 'Sơ đồ trang' })).toBeVisible()
    await page.getByRole('link', { name: 'Liên hệ' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Liên hệ' })).toBeVisible()
    await page.getByRole('link', { name: 'Switch to English' }).click()
    await expect(page).toHaveURL(/\/lien-he$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: 'Contact' })).toBeVisible()
    await axe('no-JS contact, English')
    await page.getByRole('link', { name: 'Chuyển sang tiếng Việt' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')

    const missing = await page.goto('/bai-viet/khong-co-bai-nay')
    expect(missing?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible()
    await axe('no-JS 404')
    const article = await page.goto(`/bai-viet/${SEED.slug}`)
    expect(article?.status()).toBe(200)
  })
})
