import { type Page } from '@playwright/test'
import { expect, test } from './support/test'
import { expectFocusedHeading, openHeader } from './support/app'

/** Collects every Content-Security-Policy violation the page reports, from the first byte on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) fromConsole.push(message.text())
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`))
  })
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))]
}

test.describe('Content-Security-Policy', () => {
  test('the shell is served with a CSP that allows no inline script but its hashed one, and no eval', async ({ page }) => {
    const response = await page.goto('/')
    const csp = response!.headers()['content-security-policy']!
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(csp).toMatch(/object-src 'none'/)
  })

  test('no violation across home → article → category → pages → sitemap', async ({ page }) => {
    const violations = await watchCsp(page)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    const first = page.getByRole('main').getByRole('article').first().getByRole('link')
    const title = (await first.textContent())!.trim()
    await first.click()
    await expectFocusedHeading(page, title)
    const crumb = page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link').nth(1)
    const category = (await crumb.textContent())!.trim()
    await crumb.click()
    await expectFocusedHeading(page, `Chuyên mục ${category}`)
    await page.getByRole('main').getByRole('article').first().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
    await openHeader(page)
    await nav.getByRole('link', { name: 'Liên hệ' }).click()
    await expectFocusedHeading(page, 'Liên hệ')
    await page.getByRole('contentinfo').getByRole('link', { name: 'Giới thiệu' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /Giới thiệu/ })).toBeVisible()
    await openHeader(page)
    await nav.getByRole('link', { name: 'Sơ đồ trang' }).click()
    await expectFocusedHeading(page, 'Sơ đồ trang')
    await (await openHeader(page)).getByRole('button', { name: 'Switch to English' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sitemap' })).toBeVisible()
    await page.reload() // a fresh load with saved preferences runs the hashed inline script
    await expect(page.getByRole('heading', { level: 1, name: 'Sitemap' })).toBeVisible()
    expect(await violations()).toEqual([])
  })
})
