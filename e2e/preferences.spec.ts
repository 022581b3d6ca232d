import { expect, test, type Page } from '@playwright/test'
import { SEED } from './support/app'

const textScale = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim())

test.describe('reader preferences', () => {
  test('A+ makes the text larger, is announced, and persists across reloads', async ({ page }) => {
    await page.goto(`/bai-viet/${SEED.slug}`)
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const before = await fontSize()
    await page.getByRole('button', { name: /^A\+ / }).click()
    await page.getByRole('button', { name: /^A\+ / }).click()
    await expect(page.getByRole('status')).toHaveText('Cỡ chữ 125%')
    expect(await fontSize()).toBeCloseTo(before * 1.25)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: SEED.title })).toBeVisible()
    expect(await textScale(page)).toBe('1.25')
    await expect(page.getByRole('group', { name: 'Cỡ chữ 125%' })).toBeVisible()
    await page.getByRole('button', { name: /^A / }).click()
    expect(await textScale(page)).toBe('1')
  })

  test('saved preferences apply before the app loads (no flash)', async ({ page }) => {
    await page.goto('/')
    await page.evaluate(() => localStorage.setItem('lectern.preferences', JSON.stringify({ version: 1, textScale: 2, locale: 'en' })))
    // With every script bundle blocked, only the inline script in the shell can have run.
    await page.route('**/assets/*.js', (route) => route.abort())
    await page.reload()
    expect(await textScale(page)).toBe('2')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('#app')).toBeEmpty()
  })

  test('a corrupt stored value falls back to the default and the page still works', async ({ page }) => {
    await page.goto('/')
    await page.evaluate(() => localStorage.setItem('lectern.preferences', '{"textScale": 99, "locale": "<img src=x onerror=alert(1)>"'))
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    expect(await textScale(page)).toBe('1')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  })

  test('the language switch changes every label and <html lang>, and persists', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Switch to English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    for (const name of ['Home', 'Feedback', 'Sitemap', 'Contact']) await expect(nav.getByRole('link', { name })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible()
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
  })
})
