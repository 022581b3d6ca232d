import { expect, test } from './support/test'
import { SEED, SITE_VI, announcer, expectFocusedHeading, openArticle, openHeader } from './support/app'
import { pathTo } from '../core/paths'

test.describe('keyboard-only reading journey', () => {
  test('skip link → main → an article from Home → read → back', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()

    // The first Tab stop is the visible skip link to the main content.
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()

    // The next Tab lands on the first article in the list, not back in the header.
    await page.keyboard.press('Tab')
    const firstArticle = page.getByRole('main').getByRole('article').first().getByRole('link')
    await expect(firstArticle).toBeFocused()
    const title = (await firstArticle.textContent())!.trim()

    // Open it: focus moves to its h1 and the title is announced.
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, title)
    await expect(page).toHaveTitle(`${title} — ${SITE_VI}`)
    await expect(announcer(page)).toHaveText(`${title} — ${SITE_VI}`)

    // Read: Tab goes on into the article's reading tools.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('main').getByRole('button', { name: /^A− / })).toBeFocused()

    // Back to Home with the browser's Back: focus on the link the reader left from, title announced.
    await page.goBack()
    await expect(firstArticle).toBeFocused()
    await expect(announcer(page)).toHaveText(`Trang chủ — ${SITE_VI}`)
  })

  test('the second skip link goes to the main navigation', async ({ page }) => {
    await openArticle(page)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Đến thanh điều hướng chính' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trang chủ' })).toBeFocused()
  })

  test('every client-side navigation focuses the new h1 and announces it', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
    for (const [link, heading] of [['Sơ đồ trang', 'Sơ đồ trang'], ['Liên hệ', 'Liên hệ'], ['Góp ý', 'Góp ý']] as const) {
      await openHeader(page) // a new page starts with the narrow header's menu closed
      await nav.getByRole('link', { name: link }).focus()
      await page.keyboard.press('Enter')
      await expectFocusedHeading(page, heading)
      await expect(announcer(page)).toHaveText(`${heading} — ${SITE_VI}`)
      await openHeader(page)
      await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page')
    }
  })

  test('editors find the sign-in link to the content system', async ({ page }) => {
    await page.goto('/')
    const signIn = (await openHeader(page)).getByRole('link', { name: 'Đăng nhập (biên tập viên)' })
    await expect(signIn).toBeVisible()
    await expect(signIn).toHaveAttribute('href', 'https://cms.example.vn/wp-admin/')
  })

  test('breadcrumb and category links lead on, by keyboard', async ({ page }) => {
    await page.goto(pathTo.article(SEED.slug))
    const breadcrumb = page.getByRole('navigation', { name: 'Đường dẫn' })
    await expect(breadcrumb.getByText(SEED.title)).toHaveAttribute('aria-current', 'page')
    await breadcrumb.getByRole('link', { name: 'Chính trị' }).focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, 'Chuyên mục Chính trị')
    await expect(page.getByRole('main').getByRole('link', { name: SEED.title })).toBeVisible()
  })
})
