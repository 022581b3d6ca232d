import { expect, test } from './support/test'
import { SITE_VI, announcer, expectFocusedHeading, openHeader } from './support/app'
import { ROUTE_PATHS } from '../core/paths'

test.describe('search', () => {
  test('"dang uy" from the header search finds "Đảng ủy", by keyboard, with the count announced', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    const box = (await openHeader(page, 'search')).getByRole('search', { name: 'Tìm kiếm trên cổng' }).getByRole('searchbox', { name: 'Tìm bài viết' })
    await box.focus()
    await page.keyboard.type('dang uy')
    await page.keyboard.press('Enter')

    await expectFocusedHeading(page, 'Kết quả tìm kiếm cho “dang uy”')
    await expect(page).toHaveURL(/\/tim-kiem\?q=dang\+uy$/)
    const count = (await page.getByText(/^Tìm thấy \d+ bài viết\.$/).textContent())!.match(/\d+/)![0]
    await expect(announcer(page)).toHaveText(`Tìm kiếm “dang uy”: ${count} kết quả — ${SITE_VI}`)
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' })
    const first = results.getByRole('listitem').first()
    await expect(first.getByRole('heading', { level: 2 })).toHaveText('Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh triển khai nhiệm vụ năm 2023')
    // Matched words are marked, whatever their diacritics.
    await expect(first.locator('mark').first()).toHaveText(/^(Đảng|ủy)$/i)
    // The box (folded away again on a narrow screen) holds what was searched for.
    await openHeader(page, 'search')
    await expect(box).toHaveValue('dang uy')
    await page.getByRole('heading', { level: 1 }).focus()

    await page.keyboard.press('Tab')
    await expect(first.getByRole('link')).toBeFocused()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, /^Đảng ủy Khối/)
    // Back to the results: focus returns to the result the reader opened.
    await page.goBack()
    await expect(first.getByRole('link')).toBeFocused()
  })

  test('"bac kan" finds "Bắc Kạn" across pages; the page is in the URL and Back returns to it', async ({ page }) => {
    await page.goto(`${ROUTE_PATHS.search}?q=bac+kan`)
    await expect(page.getByRole('heading', { level: 1, name: 'Kết quả tìm kiếm cho “bac kan”' })).toBeVisible()
    await expect(page.getByText(/^Tìm thấy \d+ bài viết\. Đây là trang 1 trên [2-9]\.$/)).toBeVisible()
    const marks = await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).locator('mark').allTextContents()
    // Typed without marks, found and marked with them.
    expect(marks.some((m) => /^bắc$/i.test(m)), marks.join(', ')).toBe(true)
    expect(marks.some((m) => /^kạn$/i.test(m)), marks.join(', ')).toBe(true)

    const pagination = page.getByRole('navigation', { name: 'Phân trang' })
    await pagination.getByRole('link', { name: 'Trang 2' }).focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, 'Kết quả tìm kiếm cho “bac kan”')
    await expect(page).toHaveURL(/\/tim-kiem\?q=bac\+kan&trang=2$/)
    await expect(page).toHaveTitle(/^Tìm kiếm “bac kan”, trang 2: \d+ kết quả/)
    await expect(pagination.getByRole('link', { name: 'Trang 2' })).toHaveAttribute('aria-current', 'page')
    await page.goBack()
    await expect(page).toHaveURL(/\/tim-kiem\?q=bac\+kan$/)
    await expect(pagination.getByRole('link', { name: 'Trang 1' })).toHaveAttribute('aria-current', 'page')
  })

  test('no results: says so and suggests what to try', async ({ page }) => {
    await page.goto(`${ROUTE_PATHS.search}?q=khongcogidau`)
    await expect(page.getByRole('heading', { level: 1, name: 'Kết quả tìm kiếm cho “khongcogidau”' })).toBeVisible()
    await expect(page.getByText('Không tìm thấy bài viết nào cho “khongcogidau”.')).toBeVisible()
    await expect(page).toHaveTitle(`Tìm kiếm “khongcogidau”: 0 kết quả — ${SITE_VI}`)
    await expect(page.getByRole('main').getByRole('link', { name: 'xem sơ đồ trang' })).toBeVisible()
  })

  test('an empty search explains how to search and leads to the box', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    await (await openHeader(page, 'search')).getByRole('searchbox', { name: 'Tìm bài viết' }).focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, 'Tìm kiếm')
    await expect(page).toHaveURL(/\/tim-kiem$/)
    await page.getByRole('link', { name: 'Đến ô tìm kiếm' }).click()
    await expect(page.getByRole('searchbox', { name: 'Tìm bài viết' })).toBeFocused()
  })
})
