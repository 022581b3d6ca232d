import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { SEED } from './support/app'
import { pathTo, ROUTE_PATHS } from '../core/paths'
import { setPreferences } from './support/storage'

// WCAG 1.4.10 Reflow, 1.4.12 Text Spacing, 2.5.8 Target Size and 2.4.11 Focus Not Obscured, on
// a 320 px wide screen with text at 300 %.
const VIEWS = [
  { name: 'Home', path: '/', heading: 'Tin mới nhất' },
  { name: 'Article', path: pathTo.article(SEED.slug), heading: SEED.title },
  { name: 'Settings', path: ROUTE_PATHS.settings, heading: 'Cài đặt đọc' },
] as const
const WCAG_SPACING = { lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2 }

async function open(page: Page, view: (typeof VIEWS)[number], preferences: Record<string, unknown>): Promise<void> {
  await setPreferences(page, preferences)
  await page.goto(view.path)
  await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible()
}

/** Elements whose own content is wider or taller than their box while the box hides the rest. */
const clipped = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
  const style = getComputedStyle(el)
  // Screen-reader-only text (.visually-hidden, or the same clip where a layout hides a button's words); tables scroll by design.
  if (el.closest('.visually-hidden') || style.clipPath === 'inset(50%)' || el.closest('.table-scroll, pre')) return false
  const hides = /hidden|clip/.test(style.overflowX + style.overflowY)
  const text = ['BUTTON', 'LABEL', 'LEGEND', 'H1', 'H2', 'H3', 'P', 'LI', 'DD', 'DT'].includes(el.tagName) && style.display !== 'inline'
  return (hides || text) && (el.scrollWidth > el.clientWidth + 1 || (hides && el.scrollHeight > el.clientHeight + 1))
}).map((el) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`))

test.describe('at 320 px and 300 % text', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(ROUTE_PATHS.sitemap)
  })

  for (const view of VIEWS) {
    test(`${view.name} never scrolls sideways, with or without the WCAG text spacing`, async ({ page }) => {
      for (const spacing of [{}, WCAG_SPACING]) {
        await open(page, view, { textScale: 3, ...spacing })
        const { scrollWidth, viewportWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth,
          viewportWidth: window.innerWidth }))
        expect(viewportWidth).toBe(320)
        expect(scrollWidth, JSON.stringify(spacing)).toBeLessThanOrEqual(viewportWidth)
        expect(await clipped(page), `clipped text ${JSON.stringify(spacing)}`).toEqual([])
      }
    })
  }

  // A list's numbers and bullets (outside its items) are drawn in its padding, outside every element's box,
  // so `clipped` cannot see them: that padding must hold the widest marker (the last number), measured in the items' text style.
  for (const view of VIEWS) {
    test(`${view.name}: every list's numbers or bullets fit in the list's own room, with or without the WCAG text spacing`, async ({ page }) => {
      for (const spacing of [{}, WCAG_SPACING]) {
        await open(page, view, { textScale: 3, ...spacing })
        const crowded = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('ol, ul')].flatMap((list) => {
          const item = list.querySelector<HTMLElement>(':scope > li')
          const style = getComputedStyle(list)
          if (!item || style.listStyleType === 'none' || style.listStylePosition === 'inside' || list.getBoundingClientRect().width === 0) return []
          const probe = Object.assign(document.createElement('span'), { textContent: list.tagName === 'OL' ? `${list.children.length}.` : '•' })
          probe.style.cssText = 'position: absolute; white-space: pre'
          item.prepend(probe)
          const marker = probe.getBoundingClientRect().width
          probe.remove()
          const room = parseFloat(style.paddingInlineStart)
          const where = list.parentElement?.id || list.parentElement?.className
          return marker > room ? [`${list.tagName} in ${where}: marker ${marker.toFixed(0)} px, room ${room.toFixed(0)} px`] : []
        }))
        expect(crowded, JSON.stringify(spacing)).toEqual([])
      }
    })
  }

  test('the header with its menu or its search open never scrolls sideways', async ({ page }) => {
    const banner = page.getByRole('banner')
    for (const spacing of [{}, WCAG_SPACING]) {
      await open(page, VIEWS[0], { textScale: 3, ...spacing })
      for (const name of ['Menu', 'Tìm kiếm']) {
        await banner.getByRole('button', { name, exact: true }).click()
        await expect(banner.getByRole('button', { name, exact: true })).toHaveAttribute('aria-expanded', 'true')
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${JSON.stringify(spacing)}`).toBeLessThanOrEqual(320)
        expect(await clipped(page), `clipped text, ${name} open ${JSON.stringify(spacing)}`).toEqual([])
      }
    }
  })

  test('focus is never hidden while tabbing through Settings', async ({ page }) => {
    await open(page, VIEWS[2], { textScale: 3 })
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab')
      await expect(page.locator(':focus')).toBeInViewport()
    }
  })
})

test.describe('target size', () => {
  for (const width of [320, 1280]) {
    for (const view of VIEWS) {
      test(`every control on ${view.name} at ${width} px is at least 24 px, buttons 44 px, even at 87.5 % text`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 })
        await page.goto(ROUTE_PATHS.sitemap)
        await open(page, view, { textScale: 0.875 })
        const small = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a, button, input, select, textarea')].flatMap((el) => {
          const box = el.getBoundingClientRect()
          // Hidden until focused (skip links), or a link inside a sentence (2.5.8's inline exception).
          if (box.width === 0 || el.closest('.skip-links') || getComputedStyle(el).display === 'inline') return []
          const least = el.tagName === 'BUTTON' ? 44 : 24
          return box.width + 0.5 < least || box.height + 0.5 < least ? [`${el.tagName} "${el.textContent?.trim() || el.getAttribute('aria-label') || el.id}" ${Math.round(box.width)}×${Math.round(box.height)}`] : []
        }))
        expect(small).toEqual([])
      })
    }
  }
})

test.describe('line length', () => {
  /** The median number of characters on a full line of the article's long paragraphs. */
  const charactersPerLine = (page: Page) => page.evaluate(() => {
    const counts: number[] = []
    for (const p of [...document.querySelectorAll('article p')].filter((p) => (p.textContent ?? '').length > 300)) {
      const text = p.firstChild
      if (!(text instanceof Text)) continue
      const range = document.createRange()
      let top: number | undefined
      let count = 0
      for (let i = 0; i < text.length; i++) {
        range.setStart(text, i)
        range.setEnd(text, i + 1)
        const lineTop = Math.round(range.getBoundingClientRect().top)
        if (top !== undefined && lineTop > top + 2) { counts.push(count); count = 0 }
        top = lineTop
        count++
      }
    }
    counts.sort((a, b) => a - b)
    return counts[Math.floor(counts.length / 2)] ?? 0
  })

  test('medium holds 60–70 characters of Vietnamese in every font; narrow is shorter, wide longer', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(ROUTE_PATHS.sitemap)
    const article = { name: 'Article', path: pathTo.article(SEED.slug), heading: SEED.title } as const
    for (const font of ['system', 'serif', 'legible']) {
      const measured: Record<string, number> = {}
      for (const lineLength of ['narrow', 'medium', 'wide']) {
        await open(page, article, { font, lineLength })
        // Measured in the chosen face itself, once its file has arrived.
        if (font !== 'system') await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded' && /Literata|Lexend/.test(f.family)))).toBe(true)
        measured[lineLength] = await charactersPerLine(page)
      }
      expect(measured.medium, font).toBeGreaterThanOrEqual(60)
      expect(measured.medium, font).toBeLessThanOrEqual(70)
      expect(measured.narrow, font).toBeLessThan(measured.medium! - 8)
      expect(measured.wide, font).toBeGreaterThan(measured.medium! + 12)
    }
  })
})
