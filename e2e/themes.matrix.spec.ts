import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { SEED } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { pathTo, ROUTE_PATHS } from '../core/paths'
import { setPreferences } from './support/storage'

// Axe over Home and the seed Article × every theme × text size 100 / 200 / 300 % × 1280 and
// 320 px, with the narrow header's menu closed and open. One page per (view, width, theme) walks
// its three sizes, setting preferences the way a returning reader has them (localStorage, then
// load) rather than clicking through settings.
const THEMES = ['auto', 'light', 'dark', 'sepia', 'contrast'] as const
const SIZES = [1, 2, 3] as const
const WIDTHS = [1280, 320] as const
const VIEWS = [
  { name: 'Home', path: '/', heading: 'Tin mới nhất' },
  { name: 'Article', path: pathTo.article(SEED.slug), heading: SEED.title },
] as const

async function load(page: Page, view: (typeof VIEWS)[number], preferences: Record<string, unknown>): Promise<void> {
  await setPreferences(page, preferences)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible()
}

// High contrast promises AAA text contrast (7:1): axe's color-contrast-enhanced runs with it.
const tagsFor = (theme: string) => ({ extraTags: theme === 'contrast' ? ['wcag2aaa'] : [], singleFrame: true })

// One test per (view, width, theme), so both workers share the matrix: 3 page loads and up to 6
// axe runs (menu closed and open) each.
for (const view of VIEWS) {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      test(`axe: ${view.name} at ${width} px in the ${theme} theme at 100, 200 and 300 %`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 800 })
        await page.goto(view.path)
        for (const textScale of SIZES) {
          await load(page, view, { theme, textScale })
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
          await expectNoAxeViolations(page, `${view.name} ${width}px ${theme} ${textScale * 100}%`, testInfo, tagsFor(theme))
          // Where the header is narrow (320 px, or large text), its menu open too.
          const menu = page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true })
          if (await menu.isVisible()) {
            await menu.click()
            await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible()
            await expectNoAxeViolations(page, `${view.name} ${width}px ${theme} ${textScale * 100}% menu open`, testInfo, tagsFor(theme))
          }
        }
      })
    }
  }

  test(`axe: ${view.name} when the system is dark or asks for more contrast`, async ({ page }, testInfo) => {
    await page.goto(view.path)
    for (const media of [{ colorScheme: 'dark' }, { contrast: 'more' }, { colorScheme: 'dark', contrast: 'more' }] as const) {
      await page.emulateMedia(media)
      for (const theme of ['auto', 'contrast'] as const) {
        await load(page, view, { theme, textScale: 1 })
        const aaa = theme === 'contrast' || 'contrast' in media
        await expectNoAxeViolations(page, `${view.name} ${JSON.stringify(media)} ${theme}`, testInfo, { extraTags: aaa ? ['wcag2aaa'] : [], singleFrame: true })
      }
    }
    // The dark high-contrast set really is in force (white on black), not the light one.
    await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' })
    await load(page, view, { theme: 'auto' })
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)')
  })
}

test.describe('forced colours (Windows high contrast)', () => {
  for (const [name, path, heading] of [
    ['Home', '/', 'Tin mới nhất'],
    ['Article', pathTo.article(SEED.slug), SEED.title],
    ['Settings', ROUTE_PATHS.settings, 'Cài đặt đọc'],
  ] as const) {
    test(`${name} keeps borders, focus rings and every control visible`, async ({ page }, testInfo) => {
      await page.emulateMedia({ forcedColors: 'active' })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
      await expectNoAxeViolations(page, `${name} forced colors`, testInfo, { singleFrame: true })

      // Buttons are told apart by their borders, which forced colours keep.
      for (const button of await page.getByRole('button').all()) {
        const border = await button.evaluate((el) => { const s = getComputedStyle(el); return `${s.borderTopStyle} ${parseFloat(s.borderTopWidth)}` })
        expect(border, await button.textContent() ?? '').toMatch(/^solid [1-9]/)
      }
      // The focus ring survives: focus the page's one A+ (header or article) by keyboard and look at its outline.
      const larger = page.getByRole('button', { name: /^A\+ / })
      await larger.focus()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Tab')
      await expect(larger).toBeFocused()
      const outline = await larger.evaluate((el) => { const s = getComputedStyle(el); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) } })
      expect(outline.style).toBe('solid')
      expect(outline.width).toBeGreaterThanOrEqual(2)
    })
  }
})
