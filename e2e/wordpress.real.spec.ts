import { expect, test } from './support/test'
import { startLecternOn } from '../server/test/realWordpress/lectern'
import { realWordPressUnavailable, startRealWordPress, type RealWordPress } from '../server/test/realWordpress/start'
import { expectFocusedHeading } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { pathTo } from '../core/paths'

/**
 * Reading, searching and browsing a real WordPress (Debian's package, seeded as editors write:
 * server/test/realWordpress/seed.php) through Lectern's own start command in WordPress mode,
 * with axe on each view. One WordPress and one Lectern for the whole file: the tests run in order
 * in one worker.
 */
const SITE = 'Cổng thông tin thử nghiệm'
const TAGLINE = 'Tin tức, thông báo và văn bản của tỉnh, bản thử nghiệm'
const FIRST_PARAGRAPH = 'Sáng nay, huyện Ba Bể khánh thành cầu dân sinh bản Pác Ngòi, nối hai bờ suối cho hơn 300 hộ dân.'

test.describe.configure({ mode: 'serial' })

test.describe('a real WordPress through Lectern', () => {
  const unavailable = realWordPressUnavailable()
  test.skip(!!unavailable, `Real WordPress cannot run here: ${unavailable}`)

  let wordpress: RealWordPress
  let lectern: { url: string; stop: () => Promise<void> }
  test.beforeAll(async () => {
    test.setTimeout(120_000)
    wordpress = await startRealWordPress()
    // A busy CI machine must not turn answers into 503s (as in playwright.config.ts): once it shed this Lectern's scripts.
    lectern = await startLecternOn(wordpress.apiUrl, { OVERLOAD_EVENT_LOOP_DELAY_MS: '0' })
  })
  test.afterAll(async () => {
    await lectern?.stop()
    await wordpress?.stop()
  })

  test('Home lists the site’s posts under its own name, a protected post with its note, no hidden post', async ({ page }) => {
    await page.goto(lectern.url)
    await expect(page.getByRole('banner').getByRole('link', { name: SITE })).toBeVisible()
    await expect(page.getByRole('contentinfo')).toContainText(TAGLINE)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', TAGLINE)
    const main = page.getByRole('main')
    const card = main.getByRole('article').filter({ has: page.getByRole('link', { name: 'Khánh thành cầu dân sinh bản Pác Ngòi' }) })
    // The listing leads with the first paragraph alone: no heading, quote or table words.
    await expect(card.getByText(FIRST_PARAGRAPH, { exact: true })).toBeVisible()
    const locked = main.getByRole('article').filter({ has: page.getByRole('link', { name: 'Tài liệu hội nghị nội bộ' }) })
    await expect(locked.getByText(/được bảo vệ bằng mật khẩu/)).toBeVisible()
    await expect(main).not.toContainText(/BAN-NHAP|RIENG-TU|HEN-GIO|BI-MAT/)
    await expectNoAxeViolations(page, 'WordPress: Home', test.info())
  })

  test('an article without a manual excerpt reads its first paragraph once; by keyboard from Home', async ({ page }) => {
    await page.goto(lectern.url)
    const link = page.getByRole('main').getByRole('link', { name: 'Khánh thành cầu dân sinh bản Pác Ngòi' })
    await link.focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, 'Khánh thành cầu dân sinh bản Pác Ngòi')
    const main = page.getByRole('main')
    await expect(main.getByText(FIRST_PARAGRAPH, { exact: true })).toHaveCount(1)
    await expect(main.getByRole('heading', { level: 2, name: 'Tiêu đề mục một' })).toBeVisible()
    await expect(main.getByRole('table')).toBeVisible()
    await expect(main.getByRole('img', { name: /Cây cầu treo mới/ }).first()).toBeVisible()
    await expectNoAxeViolations(page, 'WordPress: article', test.info())
    // As served: no lead, so the opening paragraph describes the page to search engines and previews.
    const served = await (await page.request.get(page.url())).text()
    expect(served).toContain(`<meta name="description" content="${FIRST_PARAGRAPH}">`)
  })

  test('search finds a post by its words, by keyboard, and the results pass axe', async ({ page }) => {
    await page.goto(lectern.url)
    const box = page.getByRole('search').getByRole('searchbox')
    await box.focus()
    await page.keyboard.type('pac ngoi')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: /pac ngoi/ })).toBeVisible()
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' })
    await expect(results.getByRole('link', { name: 'Khánh thành cầu dân sinh bản Pác Ngòi' })).toBeVisible()
    await expect(results).not.toContainText(/Tiêu đề mục một|Người nói/)
    await expectNoAxeViolations(page, 'WordPress: search results', test.info())
  })

  test('a category and a protected post, then a page with a parent', async ({ page }) => {
    await page.goto(`${lectern.url}${pathTo.category('thong-bao')}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible()
    await expectNoAxeViolations(page, 'WordPress: category', test.info())
    await page.getByRole('main').getByRole('link', { name: 'Tài liệu hội nghị nội bộ' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Tài liệu hội nghị nội bộ' })).toBeVisible()
    await expect(page.getByRole('main').getByText(/được bảo vệ bằng mật khẩu/)).toBeVisible()
    await expect(page.getByRole('main')).not.toContainText('BI-MAT')
    await expectNoAxeViolations(page, 'WordPress: protected article', test.info())
    await page.goto(`${lectern.url}/gioi-thieu`)
    await expect(page.getByRole('heading', { level: 1, name: 'Giới thiệu' })).toBeVisible()
    await expectNoAxeViolations(page, 'WordPress: page', test.info())
  })
})
