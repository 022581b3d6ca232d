import type { Page } from '@playwright/test'
import { expect, test } from './support/test'
import { SEED, announcer, expectFocusedHeading, openHeader } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { countFeedbackPosts, fields, fillValidForm, storedFeedback, uniqueMarker } from './support/feedback'
import { articleSlugs, recordAnnouncements, saveWithKeyboard, waitForServiceWorker } from './support/offline'
import { pathTo, ROUTE_PATHS } from '../core/paths'
import { setPreferences } from './support/storage'

// These run with the service worker (blocked elsewhere: playwright.config.ts).

/** Home through the main navigation, opening the menu first where the header is folded (150 % text). */
async function homeFromTheMenu(page: Page): Promise<void> {
  await (await openHeader(page)).getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trang chủ' }).click()
}
test.use({ serviceWorkers: 'allow' })

test.describe('reading offline', () => {
  test('an opened article reads offline, reloaded and reached from Home, in the reader\'s text size and theme', async ({ page, context }) => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await setPreferences(page, { textScale: 1.5, theme: 'dark' })
    const first = page.getByRole('main').getByRole('article').first().getByRole('link').first()
    const title = (await first.textContent())!.trim()
    const href = (await first.getAttribute('href'))!
    await page.goto(href)
    // Home and the article once more through the app, so their data is kept too.
    await homeFromTheMenu(page)
    await expectFocusedHeading(page, 'Tin mới nhất')
    await page.getByRole('link', { name: title }).first().click()
    await expectFocusedHeading(page, title)

    await context.setOffline(true)
    await expect(announcer(page)).toHaveText(/Mất kết nối mạng/)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    // Opened, not saved: the kept copy says what it is and when it was sent.
    await expect(page.getByRole('main').getByText(/^Bạn đang đọc bản giữ lại trên thiết bị lúc mở bài \(.+\); bản mới nhất cần có mạng\.$/)).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim())).toBe('1.5')
    await homeFromTheMenu(page)
    await expectFocusedHeading(page, 'Tin mới nhất')
    await page.getByRole('link', { name: title }).first().click()
    await expectFocusedHeading(page, title)
    await expect(page.getByRole('article').getByRole('paragraph').nth(2)).not.toBeEmpty()

    const said = await recordAnnouncements(page)
    await context.setOffline(false)
    await expect.poll(said).toContain('Đã có kết nối mạng trở lại.')
  })

  test('a saved article opens offline; one neither saved nor opened leads to the offline page listing the saved ones', async ({ page, context }, testInfo) => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await page.goto(pathTo.article(SEED.slug))
    await saveWithKeyboard(page)
    await expect(page.getByText(/^Đã lưu lúc .+ KB\.$/)).toBeVisible()
    const unsaved = (await articleSlugs(page)).find((slug) => slug !== SEED.slug)!

    await context.setOffline(true)
    await page.goto(pathTo.article(unsaved))
    await expect(page).toHaveURL(/\/bai-da-luu\?ngoai-tuyen=/)
    await expect(page.getByRole('heading', { level: 1, name: 'Không có kết nối mạng' })).toBeVisible()
    await expect(page.getByText(`Trang ${pathTo.article(unsaved)} chưa được lưu`)).toBeVisible()
    const saved = page.getByRole('main').getByRole('listitem')
    await expect(saved).toHaveCount(1)
    await expectNoAxeViolations(page, 'offline page', testInfo)

    await saved.getByRole('link', { name: SEED.title }).click()
    await expectFocusedHeading(page, SEED.title)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()
  })

  test('Saved articles: empty, then with items; remove one and remove all with the keyboard alone', async ({ page }, testInfo) => {
    await page.goto(ROUTE_PATHS.saved)
    await expect(page.getByRole('heading', { level: 1, name: 'Bài đã lưu' })).toBeVisible()
    await expect(page.getByText('Chưa có bài nào được lưu.', { exact: false })).toBeVisible()
    await expectNoAxeViolations(page, 'saved, empty', testInfo)

    const [one, two] = (await articleSlugs(page)).slice(0, 2)
    for (const slug of [one!, two!]) {
      await page.goto(pathTo.article(slug))
      await saveWithKeyboard(page)
    }
    await page.goto(ROUTE_PATHS.saved)
    const items = page.getByRole('main').getByRole('listitem')
    await expect(items).toHaveCount(2)
    await expectNoAxeViolations(page, 'saved, two items', testInfo)

    const firstRemove = items.first().getByRole('button', { name: /^Bỏ lưu «/ })
    const firstTitle = (await items.first().getByRole('link').textContent())!.trim()
    await firstRemove.focus()
    await page.keyboard.press('Enter')
    await expect(announcer(page)).toHaveText(`Đã bỏ lưu bài «${firstTitle}».`)
    await expect(items).toHaveCount(1)
    // Focus went to the remaining article's button, not to the top of the page.
    await expect(items.first().getByRole('button', { name: /^Bỏ lưu «/ })).toBeFocused()

    await page.getByRole('button', { name: 'Bỏ lưu tất cả' }).focus()
    await page.keyboard.press('Enter')
    await expect(announcer(page)).toHaveText('Đã bỏ lưu tất cả bài.')
    await expect(page.getByText('Chưa có bài nào được lưu.', { exact: false })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Bài đã lưu' })).toBeFocused()
    // What was removed is gone from the device too: the toggle is off again.
    await page.goto(pathTo.article(one!))
    await expect(page.getByRole('button', { name: 'Lưu để đọc ngoại tuyến' })).toHaveAttribute('aria-pressed', 'false')
  })

  test('a new version waiting shows a status with "Tải lại" and reloads only when pressed', async ({ page }, testInfo) => {
    await page.goto('/')
    await waitForServiceWorker(page)
    // The next deployment, as the browser sees it: a new worker script for the same scope, which
    // installs and then waits while this page is open.
    const said = await recordAnnouncements(page)
    await page.evaluate(async () => void (await navigator.serviceWorker.register('/sw.js?next-build')))
    const notice = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Tải lại' }) })
    await expect(notice).toHaveText(/Đã có phiên bản mới của trang\./)
    expect(await said()).toContain('Đã có phiên bản mới của trang.')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    await expectNoAxeViolations(page, 'update notice', testInfo)

    const reloaded = page.waitForEvent('load')
    await notice.getByRole('button', { name: 'Tải lại' }).focus()
    await page.keyboard.press('Enter')
    await reloaded
    await expect(page.getByRole('status').filter({ hasText: 'Đã có phiên bản mới' })).toHaveCount(0)
  })

  test('feedback written offline is kept and sent once when the connection returns; search says it needs one', async ({ page, context, request }) => {
    const marker = uniqueMarker('offline feedback')
    const posts = countFeedbackPosts(page)
    await page.goto(ROUTE_PATHS.feedback)
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await expect(page.getByText('Bạn đang ngoại tuyến: góp ý cần có mạng để gửi.', { exact: false })).toBeVisible()
    await fillValidForm(page, marker)
    await fields(page).submit.focus()
    await page.keyboard.press('Enter')
    await expect(announcer(page)).toHaveText('Góp ý được giữ lại và sẽ tự gửi một lần khi có mạng trở lại.')
    await expect(fields(page).submit).toBeFocused()
    expect(posts.count).toBe(0)

    await context.setOffline(false)
    await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi góp ý' })).toBeVisible()
    expect(posts.count).toBe(1)
    expect(await storedFeedback(request, marker)).toBe(1)

    await context.setOffline(true)
    await (await openHeader(page, 'search')).getByRole('searchbox').fill('Bắc Kạn')
    await page.keyboard.press('Enter')
    await expect(page.getByText('Bạn đang ngoại tuyến: tìm kiếm cần có kết nối mạng.', { exact: false })).toBeVisible()
  })
})
