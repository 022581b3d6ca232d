import { expect, test } from './support/test'
import { SEED, longestArticleSlug, openArticle, openHeader } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { openClientSide } from './support/clientSide'
import { pathTo, ROUTE_PATHS } from '../core/paths'

// Every view in every state it can be in, at the project's width (1280 × 900 and 360 × 740).
test.describe('axe finds no violations', () => {
  test('on Home', async ({ page }, testInfo) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    await expectNoAxeViolations(page, 'home ready', testInfo)
  })

  test('on Home in English', async ({ page }, testInfo) => {
    await page.goto('/')
    await (await openHeader(page)).getByRole('button', { name: 'Switch to English' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expectNoAxeViolations(page, 'home in English', testInfo)
  })

  test('on a Category', async ({ page }, testInfo) => {
    await page.goto(pathTo.category('chinh-tri'))
    await expect(page.getByRole('heading', { level: 1, name: 'Chuyên mục Chính trị' })).toBeVisible()
    await expectNoAxeViolations(page, 'category ready', testInfo)
  })

  test('on the seed Article', async ({ page }, testInfo) => {
    await openArticle(page)
    await expectNoAxeViolations(page, 'seed article ready', testInfo)
  })

  test('on the longest Article', async ({ page, request }, testInfo) => {
    const slug = await longestArticleSlug(request)
    await page.goto(pathTo.article(slug))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page, `long article ${slug}`, testInfo)
  })

  test('on NotFound for an unknown route and an unknown slug', async ({ page }, testInfo) => {
    await page.goto('/khong-co-trang-nay')
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible()
    await expectNoAxeViolations(page, 'unknown route', testInfo)
    await page.goto(pathTo.article('khong-ton-tai'))
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible()
    await expectNoAxeViolations(page, 'unknown article', testInfo)
  })

  for (const [path, name] of [
    ['/lien-he', 'Liên hệ'],
    ['/gioi-thieu', /Giới thiệu/],
    ['/kha-nang-tiep-can', /tiếp cận/i],
    [ROUTE_PATHS.sitemap, 'Sơ đồ trang'],
    [ROUTE_PATHS.feedback, 'Góp ý'],
  ] as const) {
    test(`on ${path}`, async ({ page }, testInfo) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
      await expectNoAxeViolations(page, `${path} ready`, testInfo)
    })
  }

  test('on Settings, as first opened and with every choice away from its default', async ({ page }, testInfo) => {
    await page.goto(ROUTE_PATHS.settings)
    await expect(page.getByRole('heading', { level: 1, name: 'Cài đặt đọc' })).toBeVisible()
    await expectNoAxeViolations(page, 'settings default', testInfo)
    for (const [legend, option] of [
      ['Cỡ chữ', '200%'], ['Màu giao diện', 'Tối'], ['Phông chữ', 'Chữ dễ đọc (Lexend)'], ['Giãn dòng', 'Rất thoáng (2)'],
      ['Độ dài dòng', 'Ngắn (khoảng 50 ký tự)'], ['Khoảng cách giữa các chữ cái', 'Rộng nhất (0,12 em)'],
      ['Phím tắt một phím', 'Tắt'],
    ] as const) await page.getByRole('group', { name: legend }).getByRole('radio', { name: option }).check()
    await expect(page.getByRole('status')).toHaveText('Phím tắt một phím: Tắt')
    await expectNoAxeViolations(page, 'settings changed', testInfo)
  })

  test('while an article is loading', async ({ page }, testInfo) => {
    await page.route('**/api/articles/**', () => {}) // never answers
    await openClientSide(page, pathTo.article(SEED.slug))
    await expect(page.getByRole('heading', { level: 1, name: 'Đang tải trang…' })).toBeVisible()
    await expectNoAxeViolations(page, 'article loading', testInfo)
  })

  test('when the API fails', async ({ page }, testInfo) => {
    await page.route('**/api/**', (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{}' }))
    await openClientSide(page, pathTo.article(SEED.slug))
    await expect(page.getByRole('alert')).toContainText('Máy chủ đang gặp sự cố')
    await expectNoAxeViolations(page, 'article error', testInfo)
    await openClientSide(page, '/')
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoAxeViolations(page, 'home error', testInfo)
  })

  test('on a category with no articles', async ({ page }, testInfo) => {
    await page.route('**/api/articles?**', (route) =>
      route.fulfill({ json: { items: [], total: 0, page: 1, pageSize: 10 } }))
    await openClientSide(page, pathTo.category('thong-bao'))
    await expect(page.getByText('Chưa có bài viết nào ở đây.')).toBeVisible()
    await expectNoAxeViolations(page, 'category empty', testInfo)
  })
})
