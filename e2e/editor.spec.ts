import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './support/test'
import { ONE_WIDTH } from './support/projects'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import vnuJar from 'vnu-jar'
import { expectNoAxeViolations } from './support/axe'
import { EDITOR, signIn } from './support/editor'
import { uniqueMarker } from './support/feedback'

async function send(request: APIRequestContext, message: string, change: Record<string, string> = {}): Promise<string> {
  const response = await request.post('/api/feedback', { data: {
    draftId: `e2e-editor-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`, name: 'Trần Văn Bình',
    email: 'binh.e2e@example.vn', topic: 'tiep-can', message, ...change,
  } })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { reference: string }).reference
}

test.describe('the editors\' area', () => {
  test('every state passes axe: sign-in, errors, locked out, empty, list, filtered, detail, status changed, erase confirmation', async ({ page, request }, testInfo) => {
    // Ten states, each checked by axe (and on desktop kept for the Nu HTML Checker): slow on two shared cores.
    test.setTimeout(180_000)
    const marker = uniqueMarker(`inbox ${testInfo.project.name}`)
    const email = `xoa.${Date.now().toString(36)}.${testInfo.project.name}@example.vn`
    const references = [await send(request, `Ảnh thiếu mô tả ${marker}`), await send(request, `<b>In đậm</b> ${marker}`, { topic: 'ky-thuat', email })]
    // Each state is also kept as served, for one Nu HTML Checker run at the end (one width is enough).
    const pages: string[] = []
    const dir = mkdtempSync(join(tmpdir(), 'lectern-editor-vnu-'))
    const state = async (name: string): Promise<void> => {
      await expectNoAxeViolations(page, `${name} (${testInfo.project.name})`, testInfo)
      if (testInfo.project.name !== 'desktop') return
      const file = join(dir, `${pages.length}.html`)
      writeFileSync(file, await page.content())
      pages.push(file)
    }

    await page.goto('/bien-tap/gop-y')
    await expect(page).toHaveURL(/\/bien-tap\/dang-nhap$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập dành cho biên tập viên' })).toBeVisible()
    await state('sign-in')

    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page).toHaveTitle(/^Lỗi: Đăng nhập/)
    await expect(page.getByRole('alert').getByRole('link', { name: 'Nhập tên đăng nhập' })).toBeVisible()
    await state('sign-in errors')

    // Another name each run: the lock is per name and address, and must not hold back the other tests.
    const victim = `khoa-${testInfo.project.name}-${Date.now().toString(36)}`
    for (let n = 0; n < 11; n++) {
      await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(victim)
      await page.getByLabel('Mật khẩu').fill(`sai ${n}`)
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Tạm khoá đăng nhập' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText(/Hãy thử lại sau \d{1,2}:\d{2}/)
    await state('locked out')

    await signIn(page)
    await page.getByRole('searchbox', { name: 'Tìm theo số tham chiếu hoặc nội dung' }).fill(`${marker} không có`)
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect(page.getByText('Không có góp ý nào khớp với bộ lọc.')).toBeVisible()
    await state('empty inbox')

    await page.getByRole('searchbox', { name: 'Tìm theo số tham chiếu hoặc nội dung' }).fill(marker)
    await page.getByRole('button', { name: 'Lọc' }).click()
    const table = page.getByRole('table', { name: /Góp ý, mới nhất trước: trang 1 trên 1 \(2 góp ý\)/ })
    await expect(table.getByRole('row')).toHaveCount(3)
    await expect(table.getByRole('cell', { name: `<b>In đậm</b> ${marker}` })).toBeVisible()
    await state('list')

    await page.getByRole('combobox', { name: 'Chủ đề' }).selectOption({ label: 'Lỗi kỹ thuật' })
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect(page.getByRole('table', { name: /\(1 góp ý\)/ })).toBeVisible()
    await state('filtered')

    await page.getByRole('link', { name: references[1] }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Góp ý ${references[1]}` })).toBeVisible()
    await state('detail')

    await page.getByRole('radio', { name: 'Đang xử lý' }).check()
    await page.getByRole('button', { name: 'Lưu trạng thái' }).click()
    await expect(page.getByRole('status')).toHaveText('Đã đổi trạng thái thành "Đang xử lý".')
    await state('after a status change')

    await page.getByRole('navigation', { name: 'Biên tập' }).getByRole('link', { name: 'Xoá dữ liệu cá nhân' }).click()
    await page.getByRole('textbox', { name: 'Thư điện tử của người yêu cầu' }).fill(email)
    await page.getByRole('button', { name: 'Tìm góp ý để xoá' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Xác nhận xoá dữ liệu cá nhân' })).toBeVisible()
    await state('erase confirmation')
    await page.getByRole('button', { name: 'Xoá vĩnh viễn 1 góp ý' }).click()
    await expect(page.getByRole('status')).toHaveText('Đã xoá vĩnh viễn 1 góp ý.')
    await state('after erasure')

    if (testInfo.project.name === 'desktop') {
      const run = spawnSync('java', ['-jar', String(vnuJar), '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8' })
      expect(run.error, 'java must be installed (scripts/ensure-browser.mjs installs it on Debian)').toBeUndefined()
      const messages = (JSON.parse(run.stderr) as { messages: { url: string; message: string }[] }).messages
      expect(pages).toHaveLength(10)
      expect(messages.map((m) => `${m.url}: ${m.message}`), 'Nu HTML Checker errors').toEqual([])
    }
  })

  test('keyboard only: sign in, filter, open a message, change its status, sign out', ONE_WIDTH, async ({ page, request }) => {
    // Desktop width only (the mobile project leaves @one-width out): one width is enough for the keyboard journey.
    const marker = uniqueMarker('keyboard')
    const reference = await send(request, `Góp ý bàn phím ${marker}`)
    await page.goto('/bien-tap/dang-nhap')

    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toBeFocused()
    await page.keyboard.type(EDITOR.name)
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Mật khẩu')).toBeFocused()
    await page.keyboard.type(EDITOR.password)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Hộp thư góp ý' })).toBeVisible()

    // Skip the header, then the search field is the first stop in the main content.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('searchbox', { name: 'Tìm theo số tham chiếu hoặc nội dung' })).toBeFocused()
    await page.keyboard.type(marker)
    await page.keyboard.press('Enter')
    const link = page.getByRole('link', { name: reference })
    await expect(link).toBeVisible()
    for (let n = 0; n < 40 && !(await link.evaluate((el) => el === document.activeElement)); n++) await page.keyboard.press('Tab')
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: `Góp ý ${reference}` })).toBeVisible()

    const status = page.getByRole('radio', { name: 'Mới' })
    for (let n = 0; n < 40 && !(await status.evaluate((el) => el === document.activeElement)); n++) await page.keyboard.press('Tab')
    await expect(status).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('radio', { name: 'Đang xử lý' })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Lưu trạng thái' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toHaveText('Đã đổi trạng thái thành "Đang xử lý".')

    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const signOut = page.getByRole('button', { name: 'Đăng xuất', exact: true })
    for (let n = 0; n < 10 && !(await signOut.evaluate((el) => el === document.activeElement)); n++) await page.keyboard.press('Tab')
    await expect(signOut).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toHaveText('Bạn đã đăng xuất.')
  })
})
