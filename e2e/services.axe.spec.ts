import { expect, test } from './support/test'
import { openHeader } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { openClientSide } from './support/clientSide'
import { fields, fillValidForm, sendFailure as failure, uniqueMarker } from './support/feedback'
import { ROUTE_PATHS } from '../core/paths'

// The service views in every state they can be in, at both widths (the projects), in both colour schemes where colours change.

test.describe('axe finds no violations on Feedback', () => {
  test('empty, with the error summary, in dark, sending, failed (server and network) and sent', async ({ page }, testInfo) => {
    await page.goto(ROUTE_PATHS.feedback)
    await expect(page.getByRole('heading', { level: 1, name: 'Góp ý' })).toBeVisible()
    await expectNoAxeViolations(page, 'feedback empty', testInfo)

    await fields(page).email.fill('khong-dung')
    await fields(page).submit.click()
    await expect(page.getByRole('heading', { name: 'Có lỗi cần sửa' })).toBeVisible()
    await expectNoAxeViolations(page, 'feedback error summary', testInfo)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page, 'feedback error summary, dark', testInfo)
    await page.emulateMedia({ colorScheme: 'light' })
    await fields(page).email.fill('')

    await fillValidForm(page, uniqueMarker('axe'))
    let release: () => void = () => {}
    await page.route('**/api/feedback', async (route) => {
      await new Promise<void>((resolve) => (release = resolve))
      await route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{}' })
    })
    await fields(page).submit.click()
    await expect(page.getByRole('main').getByRole('button', { name: 'Đang gửi góp ý…' })).toBeVisible()
    await expectNoAxeViolations(page, 'feedback sending', testInfo)
    release()
    await expect(failure(page)).toContainText('Máy chủ đang gặp sự cố')
    await expectNoAxeViolations(page, 'feedback failed: server', testInfo)

    await page.unroute('**/api/feedback')
    await page.route('**/api/feedback', (route) => route.abort('internetdisconnected'))
    await page.getByRole('button', { name: 'Thử gửi lại' }).click()
    await expect(failure(page)).toContainText('Không kết nối được')
    await expectNoAxeViolations(page, 'feedback failed: network', testInfo)

    await page.unroute('**/api/feedback')
    await page.getByRole('button', { name: 'Thử gửi lại' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi góp ý' })).toBeVisible()
    await expectNoAxeViolations(page, 'feedback sent', testInfo)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page, 'feedback sent, dark', testInfo)
  })

  test('with a restored draft, and in English with errors', async ({ page }, testInfo) => {
    await page.goto(`${ROUTE_PATHS.feedback}?chu-de=tiep-can`)
    await fields(page).message.fill('Viết dở')
    await page.reload()
    await expect(page.getByText('Đã khôi phục bản góp ý bạn viết dở.')).toBeVisible()
    await expectNoAxeViolations(page, 'feedback restored draft', testInfo)

    await (await openHeader(page)).getByRole('button', { name: 'Switch to English' }).click()
    await page.getByRole('main').getByRole('button', { name: 'Send feedback' }).click()
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Enter your full name' })).toBeVisible()
    await expectNoAxeViolations(page, 'feedback errors in English', testInfo)
  })
})

test.describe('axe finds no violations on Search', () => {
  test('empty query, no results, each page of results (light and dark), loading and error', async ({ page }, testInfo) => {
    await page.goto(ROUTE_PATHS.search)
    await expect(page.getByRole('heading', { level: 1, name: 'Tìm kiếm' })).toBeVisible()
    await expectNoAxeViolations(page, 'search empty query', testInfo)

    await page.goto(`${ROUTE_PATHS.search}?q=khongcogidau`)
    await expect(page.getByText('Không tìm thấy bài viết nào cho “khongcogidau”.')).toBeVisible()
    await expectNoAxeViolations(page, 'search no results', testInfo)

    const response = await page.request.get('/api/search?q=bac+kan&pageSize=10')
    const pages = Math.ceil(((await response.json()) as { total: number }).total / 10)
    expect(pages).toBeGreaterThan(1)
    for (let n = 1; n <= pages; n++) {
      await page.goto(`${ROUTE_PATHS.search}?q=bac+kan${n > 1 ? `&trang=${n}` : ''}`)
      await expect(page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: `Trang ${n}` })).toHaveAttribute('aria-current', 'page')
      await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' }).locator('mark').first()).toBeVisible()
      await expectNoAxeViolations(page, `search results page ${n}`, testInfo)
    }
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page, 'search results, dark', testInfo)
    await page.emulateMedia({ colorScheme: 'light' })

    await page.route('**/api/search**', () => {}) // never answers
    await openClientSide(page, `${ROUTE_PATHS.search}?q=dang+uy`)
    await expect(page.getByRole('heading', { level: 1, name: 'Đang tải trang…' })).toBeVisible()
    await expectNoAxeViolations(page, 'search loading', testInfo)
    await page.unroute('**/api/search**')

    await page.route('**/api/search**', (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{}' }))
    await openClientSide(page, `${ROUTE_PATHS.search}?q=dang+uy`)
    await expect(page.getByRole('alert')).toContainText('Máy chủ đang gặp sự cố')
    await expectNoAxeViolations(page, 'search error', testInfo)
  })
})

test.describe('axe finds no violations on the other service pages', () => {
  test('sitemap and contact when the API fails, and contact ready in dark', async ({ page }, testInfo) => {
    await page.route('**/api/sitemap', (route) => route.abort('connectionrefused'))
    await openClientSide(page, ROUTE_PATHS.sitemap, '/')
    await expect(page.getByRole('alert')).toContainText('Không kết nối được')
    await expectNoAxeViolations(page, 'sitemap error', testInfo)

    await page.route('**/api/pages/**', (route) => route.fulfill({ status: 503, body: '' }))
    await openClientSide(page, '/lien-he')
    await expect(page.getByRole('alert')).toContainText('Máy chủ đang gặp sự cố')
    await expectNoAxeViolations(page, 'contact error', testInfo)
    await page.unroute('**/api/pages/**')

    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/lien-he')
    await expect(page.getByRole('heading', { level: 1, name: 'Liên hệ' })).toBeVisible()
    await expectNoAxeViolations(page, 'contact ready, dark', testInfo)
  })
})
