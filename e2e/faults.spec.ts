import { expect, test } from '@playwright/test'
import { SEED, expectFocusedHeading } from './support/app'

test.describe('when the content API fails', () => {
  test('API down: the failure is announced and Try again recovers', async ({ page }) => {
    await page.route('**/api/articles/**', (route) => route.abort('connectionrefused'))
    await page.goto(`/bai-viet/${SEED.slug}`)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Không kết nối được')
    await expect(alert.getByRole('heading', { level: 1 })).toBeVisible()

    await page.unroute('**/api/articles/**')
    await alert.getByRole('button', { name: 'Thử lại' }).focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, SEED.title)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  for (const [name, fulfil, message] of [
    ['a server error', { status: 503, body: '' }, 'Máy chủ đang gặp sự cố'],
    ['malformed JSON', { status: 200, contentType: 'application/json', body: '{"slug": "x", "tit' }, 'Dữ liệu không đọc được'],
    ['a payload of the wrong shape', { status: 200, contentType: 'application/json', body: '{"items": "nope"}' }, 'Dữ liệu không đọc được'],
  ] as const) {
    test(`${name} ends in an announced error with a retry`, async ({ page }) => {
      await page.route('**/api/articles/**', (route) => route.fulfill(fulfil))
      await page.goto(`/bai-viet/${SEED.slug}`)
      await expect(page.getByRole('alert')).toContainText(message)
      await expect(page).toHaveTitle(new RegExp(`^${message}`))
      await page.unroute('**/api/articles/**')
      await page.getByRole('button', { name: 'Thử lại' }).click()
      await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()
    })
  }

  test('a hostile link in a payload is refused, never rendered', async ({ page }) => {
    const response = await page.request.get(`/api/articles/${SEED.slug}`)
    const article = await response.json()
    article.body.blocks.unshift({ type: 'paragraph', children: [{ type: 'link', href: 'javascript:window.__pwned=1', children: [{ type: 'text', value: 'bấm' }] }] })
    await page.route('**/api/articles/**', (route) => route.fulfill({ json: article }))
    await page.goto(`/bai-viet/${SEED.slug}`)
    await expect(page.getByRole('alert')).toContainText('Dữ liệu không đọc được')
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0)
  })
})
