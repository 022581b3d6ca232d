import { type APIRequestContext } from '@playwright/test'
import { expect, test } from './support/test'
import { pathTo, ROUTE_PATHS } from '../core/paths'

interface Summary { slug: string; title: string }

/** Every article the API has, page by page. */
async function allArticles(request: APIRequestContext): Promise<Summary[]> {
  const items: Summary[] = []
  for (let page = 1; ; page++) {
    const body = (await (await request.get(`/api/articles?pageSize=50&page=${page}`)).json()) as { items: Summary[]; total: number }
    items.push(...body.items)
    if (items.length >= body.total || !body.items.length) return items
  }
}

test.describe('sitemap', () => {
  test('the sitemap page lists every article the API has, under its category, and every page', async ({ page, request }) => {
    const articles = await allArticles(request)
    expect(articles.length).toBeGreaterThan(20)
    await page.goto(ROUTE_PATHS.sitemap)
    await expect(page.getByRole('heading', { level: 1, name: 'Sơ đồ trang' })).toBeVisible()
    const main = page.getByRole('main')
    for (const article of articles) {
      await expect(main.getByRole('link', { name: article.title, exact: true }), article.slug).toHaveAttribute('href', pathTo.article(article.slug))
    }
    await expect(main.getByRole('heading', { level: 3, name: 'Chính trị' })).toBeVisible()
    for (const name of ['Liên hệ', 'Tuyên bố về khả năng tiếp cận']) await expect(main.getByRole('link', { name })).toBeVisible()
  })

  test('/sitemap.xml lists every article as an absolute URL, and /robots.txt points to it', async ({ request, baseURL }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    for (const article of await allArticles(request)) expect(xml).toContain(`<loc>${baseURL}${pathTo.article(article.slug)}</loc>`)
    const robots = await request.get('/robots.txt')
    expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
    expect(await robots.text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  })
})

test.describe('contact', () => {
  test('gives the organization in an <address> with telephone and email links, the hours as a table, and other formats', async ({ page }) => {
    await page.goto('/lien-he')
    await expect(page.getByRole('heading', { level: 1, name: 'Liên hệ' })).toBeVisible()
    const address = page.getByRole('main').locator('address')
    await expect(address).toContainText('Văn phòng UBND tỉnh Bắc Kạn')
    await expect(address).toContainText('Số 7, đường Trường Chinh')
    await expect(address.getByRole('link', { name: '0209 3870 000' })).toHaveAttribute('href', 'tel:+842093870000')
    await expect(address.getByRole('link', { name: 'bientap@example.vn' })).toHaveAttribute('href', 'mailto:bientap@example.vn')
    const hours = page.getByRole('table')
    await expect(hours.getByRole('columnheader', { name: 'Ngày' })).toBeVisible()
    await expect(hours.getByRole('row', { name: /Thứ Hai đến Thứ Sáu/ })).toContainText('7:30')
    await expect(page.getByRole('heading', { level: 2, name: 'Đề nghị nhận nội dung ở định dạng khác' })).toBeVisible()
  })
})

test.describe('accessibility statement', () => {
  test('states conformance, testing, limitations, how to report (topic preset) and the last review', async ({ page }) => {
    await page.goto('/kha-nang-tiep-can')
    const main = page.getByRole('main')
    await expect(main).toContainText('WCAG')
    await expect(main).toContainText('2.2')
    await expect(main).toContainText('đáp ứng một phần')
    for (const name of ['Cách chúng tôi kiểm tra', 'Những hạn chế đã biết', 'Báo lỗi về khả năng tiếp cận']) {
      await expect(main.getByRole('heading', { level: 2, name })).toBeVisible()
    }
    await expect(main).toContainText('axe')
    await expect(main).toContainText('trình đọc màn hình')
    await expect(main.getByRole('link', { name: 'Góp ý' }).first()).toHaveAttribute('href', `${ROUTE_PATHS.feedback}?chu-de=tiep-can`)
    await expect(main).toContainText(/rà soát lần gần nhất vào ngày \d{2}\/\d{2}\/\d{4}/)
  })
})
