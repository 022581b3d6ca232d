import type { Page } from '@playwright/test'
import { expect, test } from './support/test'
import { ONE_WIDTH } from './support/projects'
import { SEED, announcer, openArticle } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { cancels, finishUtterance, highlightInView, highlighted, installSpeech, speaking, spoken } from './support/speech'
import { readStored } from './support/storage'

// Read aloud against a scripted speechSynthesis (e2e/support/speech.ts): what is said, in what
// order, what is highlighted, and how the controls behave, all from the keyboard.

const FIRST_FIVE = [
  'Những chuyển biến tích cực sau 03 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
  /^Sau 03 năm thực hiện Chỉ thị số 05-CT\/TW của Bộ Chính trị .* triển khai thực hiện\.$/,
  /^Các cá nhân điển hình tiên tiến .* thư khen của Bí thư Tỉnh ủy$/,
  'Đổi mới cách học tập các chuyên đề',
  /^Việc học tập các chuyên đề hàng năm .* cùng theo dõi, học tập\.$/,
]

const tools = (page: Page) => page.getByRole('main')
const listen = (page: Page) => tools(page).getByRole('button', { name: 'Nghe bài viết' })
const position = (page: Page) => tools(page).getByText(/^Câu \d+ trên 29$/)

const openSeed = (page: Page) => openArticle(page, { readingTools: true })

/** Ends utterances until sentence `n` (1-based) is the one being read. */
async function readUntil(page: Page, n: number): Promise<void> {
  for (let i = 0; i < 40 && !(await position(page).textContent())?.startsWith(`Câu ${n} `); i++) {
    await finishUtterance(page)
    await page.waitForTimeout(30)
  }
  await expect(position(page)).toHaveText(`Câu ${n} trên 29`)
}

test.describe('read aloud', () => {
  test('keyboard only: reads the seed article in order with the sentence highlighted; pause, resume, previous, next, speed; stops on leaving', ONE_WIDTH, async ({ page }, testInfo) => {
    // Desktop width only (the mobile project leaves @one-width out): one width is enough for the behaviour; axe runs at both below.
    await installSpeech(page, { manual: true, lateVoicesMs: 400 })
    // With reduced motion the highlight is scrolled into view at once (checked right after each move).
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openSeed(page)
    expect(await spoken(page), 'never starts by itself').toEqual([])

    await listen(page).focus()
    await page.keyboard.press('Enter')
    await expect(listen(page)).toHaveAttribute('aria-expanded', 'true')
    await expect(announcer(page)).toHaveText('Đang đọc bài viết')

    // The voices arrived late; the Vietnamese one is used, and the title is read first.
    await expect.poll(async () => (await spoken(page)).length).toBe(1)
    expect((await spoken(page))[0]).toMatchObject({ text: FIRST_FIVE[0], lang: 'vi-VN', voice: 'Linh', rate: 1 })
    await expect.poll(() => highlighted(page)).toBe(FIRST_FIVE[0])
    // Headset and lock-screen controls know what is playing.
    expect(await page.evaluate(() => [navigator.mediaSession.metadata?.title, navigator.mediaSession.playbackState]))
      .toEqual([SEED.title, 'playing'])

    // The first five sentences: the title, the lead (in utterance-sized chunks), the lead picture's
    // caption, the first heading and its first sentence; each highlighted whole while it is read.
    const sentences: string[] = []
    for (let n = 1; n <= 5; n++) {
      await readUntil(page, n)
      await expect.poll(() => highlighted(page)).not.toBe(sentences.at(-1) ?? '')
      sentences.push(await highlighted(page))
      expect(await highlightInView(page), `sentence ${n} is in view at once`).toBe(true)
    }
    FIRST_FIVE.forEach((expected, i) => expect(sentences[i]).toMatch(expected))
    const said = (await spoken(page)).map((u) => u.text).join(' ')
    expect(said.startsWith(`${FIRST_FIVE[0]} Sau 03 năm thực hiện Chỉ thị số 05-CT/TW`)).toBe(true)
    expect(said).toContain('Đổi mới cách học tập các chuyên đề Việc học tập các chuyên đề hàng năm')
    for (const u of await spoken(page)) expect(u.text.length).toBeLessThanOrEqual(200)
    await expectNoAxeViolations(page, 'article, reading aloud', testInfo)

    // Pause cancels; Resume says the sentence again from its start.
    await page.keyboard.press('Tab')
    const pause = tools(page).getByRole('button', { name: 'Tạm dừng' })
    await expect(pause).toBeFocused()
    const before = await cancels(page)
    await page.keyboard.press('Enter')
    await expect(announcer(page)).toHaveText('Đã tạm dừng')
    expect(await cancels(page)).toBeGreaterThan(before)
    expect(await speaking(page)).toBeNull()
    const resume = tools(page).getByRole('button', { name: 'Tiếp tục' })
    await expect(resume).toBeFocused()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toMatch(/^Việc học tập các chuyên đề hàng năm/)

    // Previous and next sentence.
    await page.keyboard.press('Tab') // Stop
    await page.keyboard.press('Tab')
    await expect(tools(page).getByRole('button', { name: 'Câu trước' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(FIRST_FIVE[3])
    await expect(position(page)).toHaveText('Câu 4 trên 29')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toMatch(/^Riêng chuyên đề năm 2019/)
    await expect.poll(() => highlighted(page)).toMatch(/^Riêng chuyên đề năm 2019/)

    // Speed, mid-sentence: the sentence starts again at the new rate, announced and remembered.
    await page.keyboard.press('Tab')
    await expect(tools(page).getByRole('combobox', { name: 'Tốc độ' })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect.poll(async () => (await spoken(page)).at(-1)).toMatchObject({ rate: 1.25, text: expect.stringMatching(/^Riêng chuyên đề năm 2019/) })
    await expect(announcer(page)).toHaveText('Tốc độ 1,25×')
    expect(await readStored(page, 'readingTools')).toMatchObject({ speed: 1.25 })

    // Leaving the article stops the voice and clears the highlight.
    const spokenBefore = (await spoken(page)).length
    await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Trang chủ' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeFocused()
    expect(await speaking(page)).toBeNull()
    await page.waitForTimeout(300)
    expect((await spoken(page)).length).toBe(spokenBefore)
    expect(await highlighted(page)).toBe('')
  })

  test('changing the language stops the voice', ONE_WIDTH, async ({ page }) => {
    // Desktop width only (the mobile project leaves @one-width out): behaviour, not layout.
    await installSpeech(page, { manual: true })
    await openSeed(page)
    await listen(page).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => speaking(page)).toBe(FIRST_FIVE[0])
    await page.getByRole('banner').getByRole('button', { name: 'Switch to English' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect.poll(() => speaking(page)).toBeNull()
    await expect(tools(page).getByRole('button', { name: 'Play' })).toBeVisible()
    expect(await highlighted(page)).toBe('')
  })

  test('a stalled engine is caught by the watchdog and the sentence is spoken again', ONE_WIDTH, async ({ page }) => {
    // Desktop width only (the mobile project leaves @one-width out): behaviour, not layout.
    await installSpeech(page, { stall: [0], durationMs: 20 })
    await openSeed(page)
    await listen(page).focus()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await spoken(page)).map((u) => u.text).slice(0, 2), { timeout: 10_000 }).toEqual([FIRST_FIVE[0], FIRST_FIVE[0]])
    // …and reading goes on from there.
    await expect.poll(async () => (await spoken(page)).length, { timeout: 10_000 }).toBeGreaterThan(4)
  })

  test('without a Vietnamese voice the control says so and how to add one', async ({ page }, testInfo) => {
    await installSpeech(page, { voices: [{ name: 'Samantha', lang: 'en-US' }] })
    await openSeed(page)
    await listen(page).focus()
    await page.keyboard.press('Enter')
    await expect(tools(page).getByText('Thiết bị này chưa có giọng đọc tiếng Việt, nên chưa nghe được bài này.')).toBeVisible()
    for (const platform of [/^Windows:/, /^macOS, iPhone và iPad:/, /^Android:/]) {
      await expect(tools(page).getByRole('listitem').filter({ hasText: platform })).toBeVisible()
    }
    await expect(tools(page).getByRole('button', { name: 'Phát' })).toHaveCount(0)
    expect(await spoken(page)).toEqual([])
    await expectNoAxeViolations(page, 'article, listen without a voice', testInfo)
  })
})
