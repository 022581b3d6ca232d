import type { Page } from '@playwright/test'
import { EDITOR_AREA_PATH } from '../core/paths'
import { expect, test } from './support/test'
import { expectNoAxeViolations } from './support/axe'
import { signIn } from './support/editor'

const REPORT = `${EDITOR_AREA_PATH}/kiem-tra-noi-dung`

/** Tabs until `target` has focus (at most 60 presses), as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>): Promise<void> {
  for (let n = 0; n < 60 && !(await target.evaluate((el) => el === document.activeElement)); n++) await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
}

test.describe('the content check report', () => {
  test('every state passes axe: with findings, filtered, empty, a filter in error, one article', async ({ page }, testInfo) => {
    test.setTimeout(120_000)
    const state = (name: string) => expectNoAxeViolations(page, `content check ${name} (${testInfo.project.name})`, testInfo)
    await signIn(page)

    await page.goto(REPORT)
    await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra nội dung' })).toBeVisible()
    const counts = page.getByRole('table', { name: 'Số phát hiện theo quy tắc, lỗi trước' })
    await expect(counts.getByRole('rowheader', { name: 'Mô tả ảnh dài hơn 250 ký tự' })).toBeVisible()
    await expect(page.getByRole('table', { name: /^Bài viết, nhiều lỗi nhất trước: trang 1 trên \d+ \(\d+ bài\)$/ })).toBeVisible()
    await state('with findings')

    await page.getByRole('combobox', { name: 'Quy tắc' }).selectOption('image-alt-long')
    await page.getByRole('button', { name: 'Lọc' }).click()
    const filtered = page.getByRole('table', { name: 'Bài viết, nhiều lỗi nhất trước: trang 1 trên 1 (3 bài)' })
    await expect(filtered.getByRole('row')).toHaveCount(4)
    await state('filtered')

    await page.getByRole('combobox', { name: 'Mức độ' }).selectOption('error')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect(page.getByText('Không có bài viết nào khớp với bộ lọc.')).toBeVisible()
    await state('empty')

    await page.goto(`${REPORT}?quy-tac=khong-co`)
    await expect(page).toHaveTitle(/^Lỗi: Kiểm tra nội dung/)
    await expect(page.getByRole('alert').getByRole('link', { name: 'Chọn một quy tắc trong danh sách' })).toBeVisible()
    await state('filter in error')

    await page.goto(`${REPORT}?quy-tac=image-alt-long`)
    await page.getByRole('link', { name: /^Nông sản chủ lực Bắc Kạn/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: /^Kiểm tra nội dung: Nông sản chủ lực Bắc Kạn/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Cảnh báo: Mô tả ảnh dài hơn 250 ký tự' })).toBeVisible()
    await expect(page.getByRole('blockquote').first()).toContainText('Biểu đồ cột')
    await expect(page.getByRole('link', { name: 'Xem bài viết trên Lectern' })).toHaveAttribute('href', '/bai-viet/nong-san-chu-luc-bac-kan-2020-2024')
    await state('one article')
  })

  test('keyboard only: from the inbox to the report, filter by rule, open an article, back', async ({ page }) => {
    await signIn(page)
    await tabTo(page, page.getByRole('navigation', { name: 'Biên tập' }).getByRole('link', { name: 'Kiểm tra nội dung' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra nội dung' })).toBeVisible()

    const rule = page.getByRole('combobox', { name: 'Quy tắc' })
    await tabTo(page, rule)
    // "Tất cả", then the rules in their order: pictures first, the long description fourth.
    for (let n = 0; n < 4; n++) await page.keyboard.press('ArrowDown')
    await expect(rule).toHaveValue('image-alt-long')
    await tabTo(page, page.getByRole('button', { name: 'Lọc' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('table', { name: 'Bài viết, nhiều lỗi nhất trước: trang 1 trên 1 (3 bài)' })).toBeVisible()

    await tabTo(page, page.getByRole('link', { name: /^Nông sản chủ lực Bắc Kạn/ }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: /^Kiểm tra nội dung: Nông sản chủ lực Bắc Kạn/ })).toBeVisible()
    await tabTo(page, page.getByRole('link', { name: 'Về báo cáo kiểm tra nội dung' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra nội dung' })).toBeVisible()
  })
})
