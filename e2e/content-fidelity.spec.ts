import type { Page } from '@playwright/test'
import { pathTo } from '../core/paths'
import { openArticle } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/test'
import { ONE_WIDTH } from './support/projects'
import { installSpeech, spoken } from './support/speech'

// The sample article content/articles/vi-huong-dan-nop-ho-so-truc-tuyen.md carries what CMS
// content loses in conversion (issue 23): same-page links, a linked picture, hidden notes,
// abbreviations. Here the reader's page proves it was kept faithfully, from the keyboard.

const SLUG = 'huong-dan-nop-ho-so-truc-tuyen'
const TITLE = 'Hướng dẫn nộp hồ sơ thủ tục hành chính trực tuyến'
const article = (page: Page) => page.getByRole('article')

const open = (page: Page): Promise<void> => openArticle(page, { slug: SLUG, title: TITLE })

/** Tabs (at most 80 times) until the focused element is `name`'s link. */
async function tabTo(page: Page, name: string): Promise<void> {
  const link = article(page).getByRole('link', { name, exact: true })
  for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
}

test.describe('content fidelity', () => {
  test('keyboard only: a same-page link moves focus to its target, and reading goes on from there', async ({ page }) => {
    await open(page)
    await tabTo(page, 'Bảng lệ phí')
    await page.keyboard.press('Enter')
    const table = article(page).getByRole('region', { name: 'Lệ phí nộp hồ sơ' })
    await expect(table).toBeFocused()
    await expect(page).toHaveURL(/#ref-bang-le-phi$/)
    await expect(table.getByRole('columnheader', { name: 'Nộp trực tuyến' })).toBeVisible()

    // A heading target: focus on the heading itself, and the next Tab goes on from the section.
    await tabTo(page, 'Bước 1: Tạo tài khoản')
    await page.keyboard.press('Enter')
    const heading = article(page).getByRole('heading', { level: 2, name: 'Bước 1: Tạo tài khoản' })
    await expect(heading).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(article(page).getByRole('link', { name: /^Cổng dịch vụ công: ô tìm thủ tục/ })).toBeFocused()

    // The link to a section that no longer exists is words, not a link to nowhere.
    await expect(article(page).getByText('Mục đã bỏ')).toBeVisible()
    await expect(article(page).getByRole('link', { name: 'Mục đã bỏ' })).toHaveCount(0)
  })

  test('a linked picture is a link named by its description, and it goes where the source link went', async ({ page }) => {
    await open(page)
    const link = article(page).getByRole('link', { name: 'Cổng dịch vụ công: ô tìm thủ tục và nút Đăng ký ở góc trên bên phải' })
    await expect(link).toHaveAttribute('href', pathTo.category('thong-bao'))
    await expect(link.getByRole('img')).toBeVisible()
    await link.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/chuyen-muc\/thong-bao$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  })

  test('hidden content stays hidden; a typed list is a list; the page passes axe', async ({ page }, testInfo) => {
    await open(page)
    await expect(page.getByText('Bản cũ của hướng dẫn này')).toHaveCount(0)
    await expect(page.getByText('Ghi chú nội bộ')).toHaveCount(0)
    const list = article(page).getByRole('list').filter({ hasText: 'Bản chụp căn cước công dân' })
    await expect(list.getByRole('listitem')).toHaveText(['Bản chụp căn cước công dân;', 'Tờ khai theo mẫu của thủ tục;', 'Giấy tờ khác theo yêu cầu của từng thủ tục.'])
    await expect(article(page).locator('abbr[title="Ủy ban nhân dân"]').first()).toHaveText('UBND')
    await expectNoAxeViolations(page, 'content fidelity article', testInfo)
  })

  test('read aloud says the glossary expansion of an abbreviation, not its letters', ONE_WIDTH, async ({ page }) => {
    // Desktop width only (the mobile project leaves @one-width out): spoken output does not depend on the width.
    await installSpeech(page, { durationMs: 5 })
    await open(page)
    await page.getByRole('main').getByRole('button', { name: 'Nghe bài viết' }).click()
    // Each paragraph is its own utterance: wait for the later one too, not only the first.
    const said = async () => (await spoken(page)).map((u) => u.text).join(' ')
    await expect.poll(said, { timeout: 15_000 }).toContain('Hội đồng nhân dân tỉnh đã thông qua')
    const text = await said()
    expect(text).toContain('Theo Ủy ban nhân dân tỉnh, từ năm 2018')
    expect(text).not.toMatch(/\bUBND\b|\bHĐND\b/)
  })
})
