import { expect, type Page } from '@playwright/test'
import { EDITOR_AREA_PATH } from '../../core/paths'

/** The account playwright.config.ts has the server create (LECTERN_TEST_EDITOR). */
export const EDITOR = { name: 'kiem-thu', password: 'mật khẩu kiểm thử 2026' }

/** Signs in to the editors' area as a person does, and waits for the inbox. */
export async function signIn(page: Page): Promise<void> {
  await page.goto(`${EDITOR_AREA_PATH}/`)
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(EDITOR.name)
  await page.getByLabel('Mật khẩu').fill(EDITOR.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hộp thư góp ý' })).toBeVisible()
}
