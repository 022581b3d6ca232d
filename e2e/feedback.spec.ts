import { expect, test } from './support/test'
import { SITE_VI, announcer, expectFocusedHeading } from './support/app'
import { fields, storedFeedback, uniqueMarker } from './support/feedback'
import { setStoredBeforeLoad } from './support/storage'
import { ROUTE_PATHS } from '../core/paths'

test.describe('feedback form', () => {
  test('keyboard alone: error summary → fix each field → send → reference number announced', async ({ page, request }) => {
    const marker = uniqueMarker('keyboard')
    await page.goto(ROUTE_PATHS.feedback)
    await expect(page.getByRole('heading', { level: 1, name: 'Góp ý' })).toBeVisible()
    const f = fields(page)

    // Skip link → main; the first Tab stop in main is the first field.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(f.name).toBeFocused()

    // Send the empty form: email (optional) → topic → article (optional) → message → the button.
    for (const next of [f.email, f.topic(/^Nội dung một bài viết/), f.article, f.message, f.submit]) {
      await page.keyboard.press('Tab')
      await expect(next).toBeFocused()
    }
    await page.keyboard.press('Enter')

    // The error summary takes focus, is an alert, and lists each error as a link, in page order.
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Có lỗi cần sửa' }) })
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link')).toHaveText(['Nhập họ và tên của bạn', 'Chọn chủ đề góp ý', 'Nhập nội dung góp ý'])
    await expect(page).toHaveTitle(`Lỗi: Góp ý — ${SITE_VI}`)
    // Inline errors are tied to their fields.
    await expect(f.name).toHaveAttribute('aria-invalid', 'true')
    await expect(f.name).toHaveAccessibleDescription('Lỗi: Nhập họ và tên của bạn')
    await expect(f.message).toHaveAccessibleDescription(/Tối đa 5.000 ký tự.*Lỗi: Nhập nội dung góp ý$/)
    await expect(f.topic(/^Nội dung một bài viết/)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('group', { name: /^Chủ đề góp ý/ })).toHaveAccessibleDescription('Lỗi: Chọn chủ đề góp ý')
    await expect(f.email).not.toHaveAttribute('aria-invalid', /.*/)

    // Each summary link moves focus into its field.
    await page.keyboard.press('Tab')
    await expect(summary.getByRole('link', { name: 'Nhập họ và tên của bạn' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(f.name).toBeFocused()
    await page.keyboard.type('Nguyễn Thị Hoa')
    await page.keyboard.press('Tab')
    await page.keyboard.type('hoa@example') // not an address yet
    await page.keyboard.press('Tab')
    await expect(f.topic(/^Nội dung một bài viết/)).toBeFocused()
    await page.keyboard.press('ArrowDown') // arrows move through a radio group and choose
    await expect(f.topic(/^Khả năng tiếp cận/)).toBeChecked()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(f.message).toBeFocused()
    await page.keyboard.type(`Ảnh đầu bài <b>chưa có</b> mô tả. ${marker}`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')

    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link')).toHaveText(['Nhập địa chỉ thư điện tử đúng dạng, ví dụ ten@example.vn'])
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(f.email).toBeFocused()
    await page.keyboard.type('.vn')
    await page.keyboard.press('Enter') // Enter in a text field sends the form

    await expectFocusedHeading(page, 'Đã gửi góp ý')
    const reference = (await page.getByRole('main').getByRole('strong').textContent())!.trim()
    expect(reference).toMatch(/^GY-\d{4}-\d{6}$/)
    await expect(announcer(page)).toHaveText(`Đã gửi góp ý. Mã số góp ý của bạn là ${reference}.`)
    await expect(page).toHaveTitle(`Đã gửi góp ý — ${SITE_VI}`)
    expect(await storedFeedback(request, marker)).toBe(1)

    // Another one starts from an empty form (the sent draft is gone from storage too).
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Gửi góp ý khác' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, 'Góp ý')
    await expect(f.name).toHaveValue('')
    await expect(f.message).toHaveValue('')
    await page.reload()
    await expect(f.name).toHaveValue('')
  })

  test('the accessibility statement links to the form with the accessibility topic chosen', async ({ page }) => {
    await page.goto('/kha-nang-tiep-can')
    await page.getByRole('main').getByRole('link', { name: 'Góp ý' }).first().click()
    await expectFocusedHeading(page, 'Góp ý')
    await expect(page).toHaveURL(/\/gop-y\?chu-de=tiep-can$/)
    await expect(fields(page).topic(/^Khả năng tiếp cận/)).toBeChecked()
  })

  test('a reload mid-typing restores the draft, and the draft can be thrown away', async ({ page }) => {
    await page.goto(ROUTE_PATHS.feedback)
    const f = fields(page)
    await f.name.click()
    await page.keyboard.type('Lò Thị Mai')
    await f.topic('Chủ đề khác').check()
    await f.message.click()
    await page.keyboard.type('Đang viết dở thì mất đi')
    await page.reload() // straight after the last keystroke

    await expect(page.getByText('Đã khôi phục bản góp ý bạn viết dở.')).toBeVisible()
    await expect(f.name).toHaveValue('Lò Thị Mai')
    await expect(f.topic('Chủ đề khác')).toBeChecked()
    await expect(f.message).toHaveValue('Đang viết dở thì mất đi')

    await page.getByRole('button', { name: 'Xoá bản nháp' }).click()
    await expect(f.name).toBeFocused()
    await expect(f.name).toHaveValue('')
    await expect(f.message).toHaveValue('')
    await expect(announcer(page)).toHaveText('Đã xoá bản nháp.')
    await page.reload()
    await expect(f.message).toHaveValue('')
    await expect(page.getByText('Đã khôi phục bản góp ý bạn viết dở.')).toHaveCount(0)
  })

  test('a corrupt stored draft never breaks the form', async ({ page }) => {
    await setStoredBeforeLoad(page, 'feedbackDraft', '{"name": {"x": 1}, "message": "giữ", "topic": "<img>"')
    await page.goto(ROUTE_PATHS.feedback)
    await expect(page.getByRole('heading', { level: 1, name: 'Góp ý' })).toBeVisible()
    await expect(fields(page).name).toHaveValue('')
  })
})
