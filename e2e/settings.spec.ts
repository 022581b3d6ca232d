import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { SITE_VI, announcer, expectFocusedHeading, openHeader } from './support/app'
import { readStored } from './support/storage'
import { ROUTE_PATHS } from '../core/paths'

const html = (page: Page) => page.locator('html')
const rootProperty = (page: Page, name: string) =>
  page.evaluate((n) => document.documentElement.style.getPropertyValue(n), name)

// Each group in the order the page offers them, the option ArrowDown moves to from the default,
// what the reader hears, and what it does to <html>.
const STEPS: { legend: string; next: string; status: string; effect: (page: Page) => Promise<void> }[] = [
  { legend: 'Cỡ chữ', next: '112,5%', status: 'Cỡ chữ: 112,5%', effect: async (p) => expect(await rootProperty(p, '--text-scale')).toBe('1.125') },
  { legend: 'Màu giao diện', next: 'Sáng', status: 'Màu giao diện: Sáng', effect: (p) => expect(html(p)).toHaveAttribute('data-theme', 'light') },
  { legend: 'Phông chữ', next: 'Chữ có chân (Literata)', status: 'Phông chữ: Chữ có chân (Literata)', effect: (p) => expect(html(p)).toHaveAttribute('data-font', 'serif') },
  { legend: 'Giãn dòng', next: 'Thoáng (1,8)', status: 'Giãn dòng: Thoáng (1,8)', effect: async (p) => expect(await rootProperty(p, '--line-height')).toBe('1.8') },
  { legend: 'Độ dài dòng', next: 'Dài (khoảng 90 ký tự)', status: 'Độ dài dòng: Dài (khoảng 90 ký tự)', effect: (p) => expect(html(p)).toHaveAttribute('data-line-length', 'wide') },
  { legend: 'Khoảng cách giữa các chữ cái', next: 'Rộng (0,06 em)', status: 'Khoảng cách giữa các chữ cái: Rộng (0,06 em)', effect: async (p) => expect(await rootProperty(p, '--letter-spacing')).toBe('0.06') },
  { legend: 'Khoảng cách giữa các từ', next: 'Rộng (0,08 em)', status: 'Khoảng cách giữa các từ: Rộng (0,08 em)', effect: async (p) => expect(await rootProperty(p, '--word-spacing')).toBe('0.08') },
  { legend: 'Khoảng cách giữa các đoạn', next: 'Rộng (1,5 em)', status: 'Khoảng cách giữa các đoạn: Rộng (1,5 em)', effect: async (p) => expect(await rootProperty(p, '--paragraph-spacing')).toBe('1.5') },
  { legend: 'Chuyển động', next: 'Giảm chuyển động', status: 'Chuyển động: Giảm chuyển động', effect: (p) => expect(html(p)).toHaveAttribute('data-motion', 'reduce') },
  {
    legend: 'Phím tắt một phím', next: 'Tắt', status: 'Phím tắt một phím: Tắt',
    effect: async (p) => expect(await readStored(p, 'preferences')).toMatchObject({ keyboardShortcuts: false }),
  },
]

test.describe('reading settings', () => {
  test('keyboard alone reaches the settings from the header and changes every preference, each confirmed', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    const link = page.getByRole('banner').getByRole('link', { name: 'Cài đặt đọc' })
    // Where the header is narrow, the link is in its menu: Tab reaches Menu, Enter opens it.
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true })
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim())
    for (let i = 0; i < 16 && (await focused()) !== 'Cài đặt đọc'; i++) {
      if ((await focused()) === 'Menu' && (await menu.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
    }
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, 'Cài đặt đọc')
    await expect(page).toHaveTitle(`Cài đặt đọc — ${SITE_VI}`)

    for (const step of STEPS) {
      // Tab enters each radio group at its checked option; an arrow key moves and chooses.
      await page.keyboard.press('Tab')
      const group = page.getByRole('group', { name: step.legend })
      await expect(group.getByRole('radio', { checked: true })).toBeFocused()
      await page.keyboard.press('ArrowDown')
      await expect(group.getByRole('radio', { name: step.next })).toBeChecked()
      await expect(group.getByRole('radio', { name: step.next })).toBeFocused()
      await expect(announcer(page), step.legend).toHaveText(step.status)
      await step.effect(page)
    }

    // The choices survive a reload…
    await page.reload()
    await expect(page.getByRole('group', { name: 'Màu giao diện' }).getByRole('radio', { name: 'Sáng' })).toBeChecked()
    await expect(html(page)).toHaveAttribute('data-motion', 'reduce')

    // …and one button, reached by keyboard, puts every one back.
    const reset = page.getByRole('button', { name: 'Khôi phục mặc định' })
    await reset.focus()
    await page.keyboard.press('Enter')
    await expect(announcer(page)).toHaveText('Đã khôi phục mọi cài đặt đọc về mặc định')
    await expect(html(page)).toHaveAttribute('data-theme', 'auto')
    await expect(html(page)).toHaveAttribute('data-font', 'system')
    await expect(html(page)).toHaveAttribute('data-motion', 'auto')
    expect(await rootProperty(page, '--text-scale')).toBe('1')
    expect(await rootProperty(page, '--letter-spacing')).toBe('0')
    for (const step of STEPS) {
      await expect(page.getByRole('group', { name: step.legend }).getByRole('radio', { name: /mặc định/ })).toBeChecked()
    }
    await page.reload()
    expect(await readStored(page, 'preferences')).toMatchObject({
      version: 2, textScale: 1, theme: 'auto', font: 'system', keyboardShortcuts: true,
    })
  })

  test('a chosen font is fetched only when chosen, from this site', async ({ page }) => {
    const fonts: string[] = []
    page.on('request', (request) => { if (request.resourceType() === 'font') fonts.push(request.url()) })
    await page.goto(ROUTE_PATHS.settings)
    await expect(page.getByRole('heading', { level: 1, name: 'Cài đặt đọc' })).toBeVisible()
    expect(fonts).toEqual([])
    await page.getByRole('radio', { name: 'Chữ dễ đọc (Lexend)' }).check()
    // The Vietnamese subset of the face is loaded and in use (not merely declared).
    await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Lexend') && f.status === 'loaded'))).toBe(true)
    await expect.poll(() => fonts.some((url) => /lexend-vietnamese/.test(url))).toBe(true)
    expect(fonts.every((url) => url.startsWith(new URL(page.url()).origin))).toBe(true)
  })

  test('documents the single-key text-size shortcuts and how to turn them off', async ({ page }) => {
    await page.goto(ROUTE_PATHS.settings)
    const shortcuts = page.getByRole('region', { name: 'Phím tắt' })
    await expect(shortcuts.getByRole('term')).toHaveText(['+', '−', '0']) // as the shortcut list (and the ? dialog) shows them
    await expect(shortcuts.getByRole('definition')).toHaveText(['tăng cỡ chữ', 'giảm cỡ chữ', 'về cỡ chữ mặc định'])
    await expect(shortcuts).toContainText('Phím tắt một phím')
  })

  test('reads in English too', async ({ page }) => {
    await page.goto(ROUTE_PATHS.settings)
    await (await openHeader(page)).getByRole('button', { name: 'Switch to English' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Reading settings' })).toBeVisible()
    await page.getByRole('group', { name: 'Colour theme' }).getByRole('radio', { name: 'Sepia' }).check()
    await expect(announcer(page)).toHaveText('Colour theme: Sepia')
  })
})
