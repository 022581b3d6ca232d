import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { SEED } from './support/app'
import { pathTo } from '../core/paths'

// Smooth scrolling would still be on its way when the position is read; the result it ends in is the same.
test.use({ reducedMotion: 'reduce' })

/** Tabs through the page and describes the focus indicator at each stop. */
async function walkTabStops(page: Page, stops: number) {
  const seen: { name: string; outline: number; style: string; inViewport: boolean }[] = []
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab')
    const atEnd = await page.evaluate(() => document.activeElement === document.body)
    if (atEnd) break // past the last stop: Tab has left the page for the browser's own controls
    seen.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      return {
        name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        outline: parseFloat(style.outlineWidth),
        style: style.outlineStyle,
        inViewport: rect.bottom > 0 && rect.top < window.innerHeight,
      }
    }))
  }
  return seen
}

for (const path of ['/', pathTo.article(SEED.slug)]) {
  test(`every Tab stop on ${path} shows a focus ring of at least 2 px, on screen`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const stops = await walkTabStops(page, 30)
    expect(stops.length).toBeGreaterThan(15)
    const bad = stops.filter((s) => s.style === 'none' || s.outline < 2 || !s.inViewport)
    expect(bad, JSON.stringify(stops, null, 1)).toEqual([])
    // Tab order starts with the skip links, then the banner, then the navigation.
    expect(stops[0]!.name).toContain('Bỏ qua, đến nội dung chính')
    expect(stops[1]!.name).toContain('Đến thanh điều hướng chính')
  })
}
