import { type Page } from '@playwright/test'
import { expect, expectNoHydration, test } from './support/test'
import { SEED, openHeader } from './support/app'
import { pathTo, ROUTE_PATHS } from '../core/paths'
import { STORAGE_KEYS } from '../src/storage/persisted'

const KEY = STORAGE_KEYS.preferences
const rootProperty = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name)
const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY)

test.describe('reader preferences', () => {
  test('A+ on the article makes the text larger, is announced, and persists across reloads', async ({ page }) => {
    await page.goto(pathTo.article(SEED.slug))
    const tools = page.getByRole('main')
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const before = await fontSize()
    await tools.getByRole('button', { name: /^A\+ / }).click()
    await tools.getByRole('button', { name: /^A\+ / }).click()
    await expect(page.getByRole('status')).toHaveText('Cỡ chữ 125%')
    expect(await fontSize()).toBeCloseTo(before * 1.25)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()
    expect(await rootProperty(page, '--text-scale')).toBe('1.25')
    await expect(tools.getByRole('group', { name: 'Cỡ chữ 125%' })).toBeVisible()
    await tools.getByRole('button', { name: /^A / }).click()
    expect(await rootProperty(page, '--text-scale')).toBe('1')
  })

  test('pages without an article have A−, A and A+ in the header (its menu when narrow), stopping at 87.5 % and 300 %', async ({ page }) => {
    await page.goto(ROUTE_PATHS.sitemap)
    // The header turns narrow as the text grows: the control in use stays open and in reach.
    const header = await openHeader(page)
    await header.getByRole('button', { name: /^A− / }).click()
    await expect(header.getByRole('group', { name: 'Cỡ chữ 87,5%' })).toBeVisible()
    await expect(header.getByRole('button', { name: /^A− / })).toHaveAttribute('aria-disabled', 'true')
    for (let i = 0; i < 8; i++) await header.getByRole('button', { name: /^A\+ / }).click()
    await expect(header.getByRole('group', { name: 'Cỡ chữ 300%' })).toBeVisible()
    await expect(header.getByRole('button', { name: /^A\+ / })).toHaveAttribute('aria-disabled', 'true')
    await expect(page.getByRole('status')).toHaveText('Cỡ chữ 300%')
    expect(await rootProperty(page, '--text-scale')).toBe('3')
  })

  test('saved preferences apply before the app loads (no flash)', async ({ page }) => {
    await page.goto('/')
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({
      version: 2, textScale: 2, locale: 'en', theme: 'sepia', font: 'serif', lineHeight: 2,
      letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, lineLength: 'narrow', motion: 'reduce',
    })), KEY)
    // With every script bundle blocked, only the inline script in the shell can have run.
    await page.route('**/assets/*.js', (route) => route.abort())
    expectNoHydration(page)
    await page.reload()
    // The server's page is there to read; the app itself never started.
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' }).or(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' }))).toBeVisible()
    await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', '')
    const computed = await page.evaluate(() => {
      const style = getComputedStyle(document.body)
      const root = getComputedStyle(document.documentElement)
      return {
        rootFontSize: parseFloat(root.fontSize), background: style.backgroundColor, color: style.color,
        fontFamily: style.fontFamily, lineHeight: parseFloat(style.lineHeight), fontSize: parseFloat(style.fontSize),
        letterSpacing: parseFloat(style.letterSpacing), wordSpacing: parseFloat(style.wordSpacing),
        measure: root.getPropertyValue('--measure').trim(), scrollBehavior: root.scrollBehavior,
      }
    })
    expect(computed.rootFontSize).toBe(32)
    expect(computed.background).toBe('rgb(245, 236, 215)') // sepia paper
    expect(computed.color).toBe('rgb(43, 33, 21)')
    expect(computed.fontFamily).toMatch(/^"Literata Variable"/)
    expect(computed.lineHeight).toBeCloseTo(computed.fontSize * 2)
    expect(computed.letterSpacing).toBeCloseTo(computed.fontSize * 0.12)
    expect(computed.wordSpacing).toBeCloseTo(computed.fontSize * 0.16)
    expect(computed.measure).toBe('44ch')
    expect(computed.scrollBehavior).toBe('auto')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('a corrupt stored value falls back to the default, the page still works, and it is rewritten clean', async ({ page }) => {
    await page.goto('/')
    await page.evaluate((k) => localStorage.setItem(k, '{"textScale": 99, "locale": "<img src=x onerror=alert(1)>"'), KEY)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    expect(await rootProperty(page, '--text-scale')).toBe('1')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    expect(await stored(page)).toMatchObject({ version: 2, textScale: 1, locale: 'vi', theme: 'auto' })
  })

  test('a hostile or out-of-range field is replaced alone; an old version is migrated', async ({ page }) => {
    await page.goto('/')
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 2, theme: 'dark', font: 'url(javascript:alert(1))', lineHeight: 9, evil: true })), KEY)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.locator('html')).toHaveAttribute('data-font', 'system')
    const clean = await stored(page)
    expect(clean).toMatchObject({ theme: 'dark', font: 'system', lineHeight: 1.6 })
    expect(clean).not.toHaveProperty('evil')

    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 1, textScale: 1.5, locale: 'en' })), KEY)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
    expect(await stored(page)).toMatchObject({ version: 2, textScale: 1.5, locale: 'en', theme: 'auto', keyboardShortcuts: true })
  })

  test('preferences carry over to a new tab', async ({ page, context }) => {
    await page.goto(ROUTE_PATHS.settings)
    await page.getByRole('radio', { name: 'Tối' }).check()
    await page.getByRole('radio', { name: '150%' }).check()
    const tab = await context.newPage()
    await tab.goto(pathTo.article(SEED.slug))
    await expect(tab.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()
    await expect(tab.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await rootProperty(tab, '--text-scale')).toBe('1.5')
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 27)')
  })

  test('motion follows the system unless the reader overrides it', async ({ page }) => {
    await page.goto('/')
    const scrollBehavior = async (motion: string) => {
      await page.evaluate(([k, m]) => localStorage.setItem(k!, JSON.stringify({ version: 2, motion: m })), [KEY, motion])
      await page.reload()
      return page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
    }
    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(await scrollBehavior('auto')).toBe('auto')
    expect(await scrollBehavior('allow')).toBe('smooth')
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(await scrollBehavior('auto')).toBe('smooth')
    expect(await scrollBehavior('reduce')).toBe('auto')
  })

  test('the language switch changes every label and <html lang>, and persists', async ({ page }) => {
    await page.goto('/')
    await (await openHeader(page)).getByRole('button', { name: 'Switch to English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await openHeader(page)
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    for (const name of ['Home', 'Feedback', 'Sitemap', 'Contact']) await expect(nav.getByRole('link', { name })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
    await (await openHeader(page)).getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
  })
})
