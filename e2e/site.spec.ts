import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/test'
import { expectFocusedHeading } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { installSpeech, spoken } from './support/speech'
import { saveWithKeyboard, waitForServiceWorker } from './support/offline'
import { FIXTURE_ARTICLES, FRENCH_SECTIONS, startFixturePortal } from '../server/site/test/fixtureSite'
import { startLecternForSite, syncInto } from '../server/site/test/lectern'
import type { TestOrigin } from '../server/site/test/origin'

/**
 * Lectern in front of a portal with no CMS API (CONTENT_SOURCE=site): its own server, started
 * here against a fixture portal on a real local origin, on a database synced twice before (the
 * second time the portal answered one page with a maintenance notice, so that article is its last
 * good copy). One portal and one Lectern per worker (the file runs in order). The first sync
 * before readiness is tested in server/site/siteServer.test.ts.
 */
const MAINTENANCE = '<!doctype html><html lang="vi"><head><title>Bảo trì</title></head><body><h1>Hệ thống đang bảo trì</h1><p>Vui lòng quay lại sau.</p></body></html>'
const { festival, bridge, meeting, french } = FIXTURE_ARTICLES

test.describe.configure({ mode: 'serial' })

test.describe('a portal synced by Lectern', () => {
  let origin: TestOrigin
  let lectern: { url: string; stop: () => Promise<void> }
  let pictureDir: string
  test.beforeAll(async () => {
    test.setTimeout(90_000)
    origin = await startFixturePortal()
    pictureDir = mkdtempSync(join(tmpdir(), 'lectern-e2e-site-'))
    const databaseFile = join(pictureDir, 'site.db')
    await syncInto(`${origin.url}/`, databaseFile, pictureDir)
    origin.set(meeting.path, MAINTENANCE)
    await syncInto(`${origin.url}/`, databaseFile, pictureDir)
    lectern = await startLecternForSite(`${origin.url}/`, { SITE_PICTURE_DIR: pictureDir, DATABASE_FILE: databaseFile })
  })
  test.afterAll(async () => {
    await lectern?.stop()
    await origin?.stop()
    rmSync(pictureDir, { recursive: true, force: true })
  })

  test('the article shows its text, its picture through Lectern, a Lectern link to another synced article and the original page', async ({ page }, testInfo) => {
    await page.goto(`${lectern.url}/bai-viet/${festival.slug}`)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: festival.title })).toBeVisible()
    const picture = main.getByRole('img', { name: 'Người dân múa sư tử trong lễ hội' })
    await expect(picture).toBeVisible()
    await expect(picture).toHaveAttribute('src', /^\/anh-goc\/[0-9a-f]{32}$/)
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    const seeAlso = main.getByRole('paragraph').filter({ hasText: 'Xem thêm' })
    await expect(seeAlso.getByRole('link', { name: bridge.title })).toHaveAttribute('href', `/bai-viet/${bridge.slug}`)
    await expect(seeAlso.getByRole('link', { name: 'Ban quản lý du lịch' })).toHaveAttribute('href', 'https://dulich.example.vn/ba-be')
    await expect(main.getByRole('link', { name: 'Xem trang gốc' })).toHaveAttribute('href', `${origin.url}${festival.path}`)
    // The portal names no author on this page: no "Tác giả:" label with nothing after it.
    await expect(main.getByText(/^Tác giả/)).toHaveCount(0)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: festival.title })
    expect(jsonLd).not.toHaveProperty('author')
    await expectNoAxeViolations(page, 'site: article', testInfo)
  })

  test('by keyboard alone: from Home to an article, on to the linked article, and to its original page link', async ({ page }) => {
    await page.goto(lectern.url)
    const card = page.getByRole('main').getByRole('link', { name: festival.title })
    await card.focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, festival.title)
    const related = page.getByRole('main').getByRole('paragraph').filter({ hasText: 'Xem thêm' }).getByRole('link', { name: bridge.title })
    await related.focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, bridge.title)
    const original = page.getByRole('link', { name: 'Xem trang gốc' })
    for (let i = 0; i < 60 && !(await original.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await expect(original).toBeFocused()
    await expect(original).toHaveAttribute('href', `${origin.url}${bridge.path}`)
  })

  test('a copy the portal could not refresh is kept, and says when the portal last confirmed it', async ({ page }, testInfo) => {
    await page.goto(`${lectern.url}/bai-viet/${meeting.slug}`)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible()
    await expect(main.getByText(/^Bản lưu này chưa cập nhật được từ trang gốc; xác nhận lần cuối lúc .+/)).toBeVisible()
    await expect(main.getByRole('link', { name: 'Xem trang gốc' })).toHaveAttribute('href', `${origin.url}${meeting.path}`)
    await expectNoAxeViolations(page, 'site: last good copy', testInfo)
  })

  test('a page the portal publishes in French reads as French: its title and text carry lang="fr", the interface around them stays Vietnamese', async ({ page }, testInfo) => {
    await page.goto(`${lectern.url}/bai-viet/${french.slug}`)
    const main = page.getByRole('main')
    const langOf = (locator: ReturnType<typeof page.locator>) => locator.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))
    await expect(main.getByRole('heading', { level: 1, name: french.title })).toHaveAttribute('lang', 'fr')
    expect(await langOf(main.getByText(/^Lundi, le conseil provincial/).first())).toBe('fr')
    expect(await langOf(page.getByRole('navigation', { name: 'Đường dẫn' }).getByText(french.title))).toBe('fr')
    expect(await langOf(main.getByRole('link', { name: 'Xem trang gốc' }))).toBe('vi')
    // The table of contents: its heading is interface text (Vietnamese), its entries the article's headings (French).
    const contents = main.getByRole('navigation', { name: 'Mục lục' })
    expect(await langOf(contents.getByRole('heading', { name: 'Mục lục' }))).toBe('vi')
    for (const heading of FRENCH_SECTIONS) expect(await langOf(contents.getByRole('link', { name: heading }))).toBe('fr')
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr')
    await expectNoAxeViolations(page, 'site: article in French', testInfo)
    // On Home, its card carries its language too.
    await page.goto(lectern.url)
    expect(await langOf(page.getByRole('main').getByRole('link', { name: french.title }))).toBe('fr')
  })

  test('read aloud, a French page asks for a French voice: by name when the device has none, and speaks French with one', async ({ page }, testInfo) => {
    const listen = () => page.getByRole('main').getByRole('button', { name: 'Nghe bài viết' })
    await installSpeech(page)
    await page.goto(`${lectern.url}/bai-viet/${french.slug}`)
    await listen().focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main').getByText('Thiết bị này chưa có giọng đọc tiếng Pháp, nên chưa nghe được bài này.')).toBeVisible()
    await expectNoAxeViolations(page, 'site: French article, no French voice', testInfo)

    // A device with a French voice (a page of its own: the stand-in is installed per page).
    const withVoice = await page.context().newPage()
    await installSpeech(withVoice, { voices: [{ name: 'Linh', lang: 'vi-VN', default: true }, { name: 'Amélie', lang: 'fr-FR' }] })
    await withVoice.goto(`${lectern.url}/bai-viet/${french.slug}`)
    await withVoice.getByRole('main').getByRole('button', { name: 'Nghe bài viết' }).focus()
    await withVoice.keyboard.press('Enter')
    await expect.poll(async () => (await spoken(withVoice)).length).toBeGreaterThan(0)
    expect((await spoken(withVoice))[0]).toMatchObject({ text: french.title, lang: 'fr-FR', voice: 'Amélie' })
  })

  test('search finds synced articles by their words, without diacritics, and the results pass axe', async ({ page }, testInfo) => {
    await page.goto(`${lectern.url}/tim-kiem?q=${encodeURIComponent('chuyen doi so')}`)
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' })
    await expect(results.getByRole('link', { name: meeting.title })).toBeVisible()
    await expect(results.getByRole('listitem')).toHaveCount(1)
    await expectNoAxeViolations(page, 'site: search results', testInfo)
  })

  test.describe('offline', () => {
    test.use({ serviceWorkers: 'allow' })

    test('a saved synced article reads offline with its picture', async ({ page, context }, testInfo) => {
      await page.goto(lectern.url)
      await waitForServiceWorker(page)
      await page.goto(`${lectern.url}/bai-viet/${festival.slug}`)
      await saveWithKeyboard(page)

      await context.setOffline(true)
      await page.reload()
      await expect(page.getByRole('heading', { level: 1, name: festival.title })).toBeVisible()
      const picture = page.getByRole('main').getByRole('img', { name: 'Người dân múa sư tử trong lễ hội' })
      await expect(picture).toBeVisible()
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
      await expectNoAxeViolations(page, 'site: saved article offline', testInfo)
    })
  })
})
