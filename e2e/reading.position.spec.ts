import type { Page } from '@playwright/test'
import { expect, test } from './support/test'
import { ONE_WIDTH } from './support/projects'
import { SEED, announcer, openArticle } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { installSpeech, spoken } from './support/speech'
import { pathTo, ROUTE_PATHS } from '../core/paths'
import { readStored, setPreferences, setStored } from './support/storage'
import type { TextScale, Theme } from '../src/stores/preferencesModel'
import type { PositionsState } from '../src/reading/positions'

// Reading position (kept by section and paragraph), the resume offer, Continue reading on Home,
// the history settings, and line focus: keyboard journeys and axe in the states they add.

const SECTION = 'Giải quyết những vấn đề bức xúc, nổi cộm'
const main = (page: Page) => page.getByRole('main')
const stored = async (page: Page) => (await readStored<PositionsState>(page, 'readingPositions')) ?? { enabled: true, entries: [] }
const openSeed = (page: Page) => openArticle(page, { readingTools: true })

/** Scrolls so that the body's `index`-th block sits at the reading line, as a reader would. */
async function scrollToBlock(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const block = document.querySelector('main article .document')!.children[i]!
    window.scrollTo({ top: block.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.25 + 8, behavior: 'instant' })
  }, index)
}

/** A returning reader's device: preferences, line focus and one article half read. */
async function seedDevice(page: Page, theme: Theme, textScale: TextScale): Promise<void> {
  await setPreferences(page, { theme, textScale })
  await setStored(page, 'readingTools', JSON.stringify({ version: 1, speed: 1, voices: {}, lineFocus: 3 }))
  await setStored(page, 'readingPositions', JSON.stringify({
    version: 2, enabled: true,
    entries: [{ slug: SEED.slug, title: SEED.title, language: 'vi', block: 6, section: { id: 'giai-quyet', title: SECTION }, percent: 55, readingMinutes: 7, savedAt: Date.now() }],
  }))
}

test.describe('reading position', () => {
  test('keyboard only: the place is kept by paragraph, offered on return (never jumped to), listed on Home, removable; Settings turns it off', ONE_WIDTH, async ({ page }) => {
    // Desktop width only (the mobile project leaves @one-width out): one width is enough for the behaviour; axe runs at both below.
    await openSeed(page)
    await scrollToBlock(page, 6)
    const status = main(page).getByText(/^Đã đọc \d+%, còn khoảng \d+ phút$/)
    await expect(status).toBeVisible()
    await expect.poll(async () => (await stored(page)).entries[0]).toMatchObject({ slug: SEED.slug, block: 6, section: { title: SECTION } })
    const { percent } = (await stored(page)).entries[0]!
    expect(percent).toBeGreaterThanOrEqual(2)
    expect(percent).toBeLessThanOrEqual(95)
    await expect(page.locator('.reading-progress')).toHaveAttribute('aria-hidden', 'true')

    // Back later at a larger text size: offered, not moved; the link moves focus to the paragraph.
    await setPreferences(page, { textScale: 2 })
    await page.goto('/')
    await page.goto(pathTo.article(SEED.slug))
    const offer = main(page).getByRole('link', { name: `Đọc tiếp từ «${SECTION}»` })
    await expect(offer).toBeVisible()
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await offer.focus()
    await page.keyboard.press('Enter')
    const paragraph = page.locator('main article .document > :nth-child(7)')
    await expect(paragraph).toBeFocused()
    await expect(paragraph).toBeInViewport()
    await expect(paragraph).toHaveText(/^Thực hiện Chỉ thị số 05-CT\/TW, các chi, đảng bộ/)

    // Home lists it with the minutes left; Remove (by keyboard) says so and keeps focus in the section.
    await page.goto('/')
    const list = main(page).getByRole('region', { name: 'Đang đọc dở' })
    await expect(list.getByRole('link', { name: SEED.title })).toBeVisible()
    await expect(list.getByText(/^Đã đọc \d+%, còn khoảng \d+ phút$/)).toBeVisible()
    await list.getByRole('button', { name: `Xoá «${SEED.title}» khỏi danh sách đang đọc dở` }).focus()
    await page.keyboard.press('Enter')
    await expect(announcer(page)).toHaveText(`Đã xoá «${SEED.title}» khỏi danh sách đang đọc dở`)
    await expect(list.getByRole('heading', { name: 'Đang đọc dở' })).toBeFocused()
    await expect(list.getByRole('link')).toHaveCount(0)
    expect((await stored(page)).entries).toEqual([])

    // Settings: history off is announced, kept, and nothing more is recorded.
    await page.goto(ROUTE_PATHS.settings)
    const off = main(page).getByRole('group', { name: 'Ghi nhớ chỗ đang đọc' }).getByRole('radio', { name: 'Tắt (và xoá những gì đã lưu)' })
    await off.focus()
    await page.keyboard.press('Space')
    await expect(announcer(page)).toHaveText('Đã tắt và xoá lịch sử đọc')
    await openSeed(page)
    await scrollToBlock(page, 6)
    await page.waitForTimeout(1200)
    expect(await stored(page)).toMatchObject({ enabled: false, entries: [] })
  })

  test('Settings clears every kept position', ONE_WIDTH, async ({ page }) => {
    // Desktop width only (the mobile project leaves @one-width out): behaviour, not layout.
    await page.goto(ROUTE_PATHS.settings)
    await seedDevice(page, 'auto', 1)
    await page.reload()
    await expect(main(page).getByText('Đang lưu 1 bài đọc dở trên thiết bị này.')).toBeVisible()
    await main(page).getByRole('button', { name: 'Xoá toàn bộ lịch sử đọc' }).focus()
    await page.keyboard.press('Enter')
    await expect(announcer(page)).toHaveText('Đã xoá lịch sử đọc')
    await expect(main(page).getByText('Chưa lưu bài đọc dở nào.')).toBeVisible()
    expect((await stored(page)).entries).toEqual([])
  })
})

test.describe('line focus', () => {
  const shade = (page: Page, which: 'above' | 'below') => page.locator(`.line-focus__shade--${which}`)
  const band = (page: Page) => page.evaluate(() => ({
    top: document.querySelector('.line-focus__shade--above')!.getBoundingClientRect().bottom,
    bottom: document.querySelector('.line-focus__shade--below')!.getBoundingClientRect().top,
    line: parseFloat(getComputedStyle(document.querySelector('main article .document p')!).lineHeight),
  }))

  test('keyboard only: off by default, 3 lines from the reading tools, [ and ] move it a line, focus is never dimmed, out of the accessibility tree', ONE_WIDTH, async ({ page }) => {
    // Desktop width only (the mobile project leaves @one-width out): one width is enough for the behaviour; axe runs at both below.
    await page.emulateMedia({ reducedMotion: 'reduce' }) // scrolling is instant, so boxes are measured where they settle
    await openSeed(page)
    await expect(page.getByTestId('line-focus')).toHaveCount(0)
    await page.keyboard.press(']')
    await expect(announcer(page)).toHaveText(/^Tập trung dòng đang tắt/)

    const choice = main(page).getByRole('combobox', { name: 'Tập trung dòng' })
    await choice.focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(choice).toHaveValue('3')
    await expect(announcer(page)).toHaveText('Tập trung dòng: 3 dòng')
    const mask = page.getByTestId('line-focus')
    await expect(mask).toHaveAttribute('aria-hidden', 'true')

    // Focus leaves the select (keys typed into a select are not shortcuts); the focused element is clear.
    await page.locator('main article .document p').first().evaluate((p) => p.scrollIntoView({ block: 'center' }))
    await page.keyboard.press('Tab')
    const focusBox = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON())
    let before = await band(page)
    expect(before.top).toBeLessThanOrEqual(focusBox.top)
    expect(before.bottom).toBeGreaterThanOrEqual(focusBox.bottom)

    // With focus back on the article body, the band is three lines and moves a line at a time.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur())
    before = await band(page)
    expect(before.bottom - before.top).toBeCloseTo(3 * before.line, -1)
    await page.keyboard.press('[')
    // The band is drawn at whole pixels: a line up lands within a pixel of one line-height higher.
    await expect.poll(async () => Math.abs((await band(page)).top - (before.top - before.line))).toBeLessThan(1)
    await page.keyboard.press(']')
    await expect.poll(async () => (await band(page)).top).toBeCloseTo(before.top, 0)
    // At the bottom edge of the window the page scrolls a line instead, and the band stays put.
    const startY = await page.evaluate(() => scrollY)
    let last = await band(page)
    for (let i = 0; i < 40 && (await page.evaluate(() => scrollY)) === startY; i++) {
      last = await band(page)
      await page.keyboard.press(']')
    }
    expect((await page.evaluate(() => scrollY)) - startY).toBeCloseTo(before.line, 0)
    expect((await band(page)).top).toBeCloseTo(last.top, 0)
    expect(last.bottom).toBeGreaterThan(await page.evaluate(() => innerHeight) - before.line)

    // The keys are listed in the shortcut help.
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Phím tắt bàn phím' })
    await expect(help.getByRole('row', { name: /Dời vùng tập trung dòng lên một dòng/ })).toBeVisible()
    await expect(help.getByRole('row', { name: /Dời vùng tập trung dòng xuống một dòng/ })).toBeVisible()
    await page.keyboard.press('Escape')

    // Forced colours: the shades keep their own system colours and stay visible.
    await page.emulateMedia({ forcedColors: 'active' })
    const forced = await shade(page, 'above').evaluate((el) => ({ adjust: getComputedStyle(el).forcedColorAdjust, opacity: getComputedStyle(el).opacity }))
    expect(forced).toEqual({ adjust: 'none', opacity: '0.8' })
  })
})

test('the text does not move when the reading tools appear after the app mounts', async ({ page }) => {
  // Hold the tools' chunk until the article is measured without them.
  let release = (): void => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/ReadingToolsPanel-*.js', async (route) => {
    await held
    await route.continue()
  })
  await openArticle(page)
  const figureTop = () => page.locator('.article-figure').evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
  const before = await figureTop()
  await expect(main(page).getByRole('button', { name: 'Nghe bài viết' })).toHaveCount(0)
  release()
  await expect(main(page).getByRole('button', { name: 'Nghe bài viết' })).toBeVisible()
  await expect(main(page).getByText(/^Đã đọc 0%, còn khoảng \d+ phút$/)).toBeVisible()
  expect(await figureTop()).toBe(before)
})

test.describe('axe with the reading tools', () => {
  test.describe.configure({ timeout: 120_000 })

  test('article with line focus on and the resume offer, Home with Continue reading, in each theme and at 300 %; reading aloud at 300 %', async ({ page }, testInfo) => {
    await installSpeech(page, { manual: true })
    await page.goto('/')
    for (const [theme, textScale] of [['light', 1], ['dark', 1], ['sepia', 1], ['contrast', 1], ['auto', 3]] as const) {
      await seedDevice(page, theme, textScale)
      await openSeed(page)
      await expect(main(page).getByRole('link', { name: /^Đọc tiếp từ/ })).toBeVisible()
      await expect(page.getByTestId('line-focus')).toBeAttached()
      await expectNoAxeViolations(page, `article, line focus and resume offer, ${theme} ${textScale * 100}%`, testInfo,
        { singleFrame: true, extraTags: theme === 'contrast' ? ['wcag2aaa'] : [] })
      if (textScale === 3) {
        await main(page).getByRole('button', { name: 'Nghe bài viết' }).click()
        await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0)
        await expect(main(page).getByRole('button', { name: 'Tạm dừng' })).toBeVisible()
        await expectNoAxeViolations(page, `article, reading aloud, ${theme} ${textScale * 100}%`, testInfo, { singleFrame: true })
      }
      await page.goto('/')
      await expect(main(page).getByRole('region', { name: 'Đang đọc dở' })).toBeVisible()
      await expectNoAxeViolations(page, `Home with Continue reading, ${theme} ${textScale * 100}%`, testInfo, { singleFrame: true })
    }
  })
})
