import { type Page, type Route } from '@playwright/test'
import { expect, test } from './support/test'
import { SEED, expectFocusedHeading } from './support/app'
import { openClientSide } from './support/clientSide'
import { expectNoAxeViolations } from './support/axe'
import { pathTo } from '../core/paths'
import { STORAGE_KEYS } from '../src/storage/persisted'

const ARTICLE_API = '**/api/articles/**'

/** The reader's saved preferences and the text scale applied, to prove a fault leaves them alone. */
async function readerState(page: Page) {
  return page.evaluate((key) => ({
    stored: localStorage.getItem(key),
    scale: getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim(),
  }), STORAGE_KEYS.preferences)
}

/** Opens the seed article and makes the text larger, so there is something to keep. */
async function openWithPreferences(page: Page) {
  await page.goto(pathTo.article(SEED.slug))
  await page.getByRole('main').getByRole('button', { name: /^A\+ / }).click()
  const state = await readerState(page)
  expect(state.scale).toBe('1.125')
  return state
}

const articleBody = async (page: Page): Promise<string> => (await page.request.get(`/api/articles/${SEED.slug}`)).text()

test.describe('when the content API fails', () => {
  test('API down: the failure is announced and Try again recovers', async ({ page }) => {
    await page.route(ARTICLE_API, (route) => route.abort('connectionrefused'))
    await openClientSide(page, pathTo.article(SEED.slug))
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Không kết nối được')
    await expect(alert.getByRole('heading', { level: 1 })).toBeVisible()

    await page.unroute(ARTICLE_API)
    await alert.getByRole('link', { name: 'Thử lại' }).focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, SEED.title)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  const faults: [string, (route: Route, body: string) => Promise<void>, string][] = [
    ['a 500 server error', (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{"status":500}' }), 'Máy chủ đang gặp sự cố'],
    ['a 503 that asks to come back in ten minutes', (route) => route.fulfill({ status: 503, headers: { 'retry-after': '600' }, body: '' }), 'Máy chủ đang gặp sự cố'],
    ['a connection reset', (route) => route.abort('connectionreset'), 'Không kết nối được'],
    ['truncated JSON', (route, body) => route.fulfill({ status: 200, contentType: 'application/json', body: body.slice(0, body.length / 2) }), 'Dữ liệu không đọc được'],
    ['JSON of the wrong shape', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": "nope"}' }), 'Dữ liệu không đọc được'],
    ['a huge payload', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: `{"pad":"${'x'.repeat(6 * 1024 * 1024)}"}` }), 'Dữ liệu không đọc được'],
  ]
  for (const [name, fault, message] of faults) {
    test(`${name} ends in one announced error; Try again recovers; preferences untouched`, async ({ page }) => {
      const before = await openWithPreferences(page)
      const body = await articleBody(page)
      await page.route(ARTICLE_API, (route) => fault(route, body))
      await openClientSide(page, pathTo.article(SEED.slug))
      const alert = page.getByRole('alert')
      await expect(alert).toContainText(message)
      await expect(alert).toHaveCount(1)
      await expect(page).toHaveTitle(new RegExp(`^${message}`))
      expect(await readerState(page)).toEqual(before)

      await page.unroute(ARTICLE_API)
      await alert.getByRole('link', { name: 'Thử lại' }).click()
      await expectFocusedHeading(page, SEED.title)
      await expect(page.getByRole('alert')).toHaveCount(0)
      expect(await readerState(page)).toEqual(before)
    })
  }

  test('a request that never answers times out into an announced error; Try again recovers', async ({ page }) => {
    const before = await openWithPreferences(page)
    await page.clock.install()
    await page.route(ARTICLE_API, () => {}) // never answers
    const startedAt = await openClientSide(page, pathTo.article(SEED.slug))
    await expect(page.getByRole('heading', { level: 1, name: 'Đang tải trang…' })).toBeVisible()
    // Three attempts of ten seconds with backoff between them: run the page's clock through them
    // in small steps until the error shows. Each attempt starts only after the last one's abort has
    // come back through a real task, so a fixed number of large steps could run out on a busy
    // machine; polling is bounded by real time instead, and the fake time spent is checked.
    const alert = page.getByRole('alert')
    await expect(async () => {
      await page.clock.runFor(2_000)
      await expect(alert).toBeVisible({ timeout: 100 })
    }).toPass({ intervals: [0], timeout: 45_000 })
    await expect(alert).toContainText('Máy chủ trả lời quá chậm')
    // Not before all three attempts and both waits between them (3 × 10 s + 0.4 s + 1.2 s), all
    // of which began after the navigation did.
    expect(await page.evaluate(() => Date.now()) - startedAt).toBeGreaterThanOrEqual(31_600)
    await page.unroute(ARTICLE_API)
    await alert.getByRole('link', { name: 'Thử lại' }).click()
    await expectFocusedHeading(page, SEED.title)
    expect(await readerState(page)).toEqual(before)
  })

  test('a 503 with a short Retry-After is retried after that wait, and the reader never sees an error', async ({ page }) => {
    const times: number[] = []
    await page.route(ARTICLE_API, async (route) => {
      times.push(Date.now())
      if (times.length === 1) await route.fulfill({ status: 503, headers: { 'retry-after': '2' }, body: '' })
      else await route.continue()
    })
    await openClientSide(page, pathTo.article(SEED.slug))
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()
    expect(times).toHaveLength(2)
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1900)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('a refresh that fails keeps the last good article on screen with an announced notice', async ({ page }, testInfo) => {
    const before = await openWithPreferences(page)
    // The reader is part-way down the article: that is where they must stay.
    const reading = page.getByRole('article').getByRole('paragraph').nth(3)
    await reading.scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollBy(0, 200))
    const readingTop = async () => (await reading.boundingBox())!.y
    const topBefore = await readingTop()
    await page.route(ARTICLE_API, (route) => route.fulfill({ status: 500, body: '' }))
    // The connection comes back: the view refreshes its content, and that fails.
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    const notice = page.getByRole('alert')
    await expect(notice).toContainText('Chưa cập nhật được (Máy chủ đang gặp sự cố)')
    await expect(notice).toContainText('Đang hiển thị nội dung đã tải trước đó.')
    await expect(notice).toHaveCount(1)
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()
    await expect(page.getByRole('article')).toContainText('Chỉ thị 05')
    expect(await readerState(page)).toEqual(before)
    expect(Math.abs((await readingTop()) - topBefore), 'the paragraph being read did not move').toBeLessThanOrEqual(2)
    await expectNoAxeViolations(page, 'article with a failed refresh', testInfo)

    await page.unroute(ARTICLE_API)
    await notice.getByRole('button', { name: 'Thử lại' }).focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, SEED.title)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(await readerState(page)).toEqual(before)
  })

  test('a hostile link in a payload is refused, never rendered', async ({ page }) => {
    const article = JSON.parse(await articleBody(page))
    article.body.blocks.unshift({ type: 'paragraph', children: [{ type: 'link', href: 'javascript:window.__pwned=1', children: [{ type: 'text', value: 'bấm' }] }] })
    await page.route(ARTICLE_API, (route) => route.fulfill({ json: article }))
    await openClientSide(page, pathTo.article(SEED.slug))
    await expect(page.getByRole('alert')).toContainText('Dữ liệu không đọc được')
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0)
  })
})
