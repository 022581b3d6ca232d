import { type APIRequestContext } from '@playwright/test'
import { expect, test } from './support/test'
import { announcer, expectFocusedHeading, openArticle } from './support/app'
import { expectNoAxeViolations } from './support/axe'
import { pathTo, ROUTE_PATHS } from '../core/paths'

interface ApiHeading { type: string; level?: number; id?: string; children?: { value?: string }[] }

/** The newest article on Home that has a table of contents, with its section titles and ids. */
async function homeArticleWithContents(request: APIRequestContext) {
  const latest = (await (await request.get('/api/articles?pageSize=10')).json()) as { items: { slug: string; title: string }[] }
  for (const item of latest.items) {
    const article = (await (await request.get(`/api/articles/${item.slug}`)).json()) as { body: { blocks: ApiHeading[] } }
    const sections = article.body.blocks.filter((b) => b.type === 'heading' && b.level === 2)
    if (sections.length >= 3) {
      return { ...item, sections: sections.map((b) => ({ id: b.id!, text: b.children!.map((c) => c.value ?? '').join('') })) }
    }
  }
  throw new Error('No article on Home has three sections: the journey needs one')
}

test.describe('keyboard: contents, sections and the way back', () => {
  test('skip link → article → contents → section → back to top → Home, focus on the link left from', async ({ page, request }) => {
    const target = await homeArticleWithContents(request)
    await page.goto('/')
    // In the latest list (once read in part, it is also under Continue reading, further down).
    const link = page.getByRole('main').getByRole('article').getByRole('link', { name: target.title })
    await expect(link).toBeVisible()

    // Skip to main, then j moves through the article list to the article.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    for (let i = 0; i < 50 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('j')
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, target.title)

    // The contents: a labelled navigation; t jumps into it.
    const toc = page.getByRole('navigation', { name: 'Mục lục' })
    const sections = target.sections
    await expect(toc.locator(':scope > ol > li > a')).toHaveText(sections.map((s) => s.text))
    await page.keyboard.press('t')
    await expect(toc.getByRole('link', { name: sections[0]!.text, exact: true })).toBeFocused()

    // Following a contents link moves focus to that section's heading.
    const third = toc.getByRole('link', { name: sections[2]!.text, exact: true })
    while (!(await third.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    const section = page.getByRole('heading', { level: 2, name: sections[2]!.text, exact: true })
    await expect(section).toBeFocused()
    await expect(section).toBeInViewport()
    await expect(page).toHaveURL(new RegExp(`#${sections[2]!.id}$`))

    // Reading on with Tab continues from the section; Back to top returns focus to the title.
    const backToTop = page.getByRole('link', { name: 'Về đầu bài viết' })
    await backToTop.focus()
    await page.keyboard.press('Enter')
    await expectFocusedHeading(page, target.title)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)

    // Back to Home (through the in-page history entries): focus returns to the link left from.
    await page.goBack() // the #section entry
    await page.goBack()
    await expect(link).toBeFocused()
    await expect(announcer(page)).toHaveText(/^Trang chủ — /)
  })

  test('Back restores the scroll position of a long list', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 500 })
    await page.goto('/')
    const last = page.getByRole('main').getByRole('article').last().getByRole('link')
    await last.scrollIntoViewIfNeeded()
    const y = await page.evaluate(() => window.scrollY)
    expect(y).toBeGreaterThan(300)
    await last.click()
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await page.goBack()
    await expect(last).toBeFocused()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 5)
  })
})

test.describe('keyboard shortcuts', () => {
  test('? opens the help dialog, which traps focus, passes axe, and gives focus back', async ({ page }, testInfo) => {
    await openArticle(page)
    const aPlus = page.getByRole('main').getByRole('button', { name: /^A\+ / })
    await aPlus.focus()
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Phím tắt bàn phím' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('row')).toHaveCount(11) // a header row and one per action, [ and ] for line focus included
    const close = dialog.getByRole('button', { name: 'Đóng' })
    await expect(close).toBeFocused()
    await expectNoAxeViolations(page, 'shortcut help dialog open', testInfo)
    // Tab and Shift+Tab stay inside.
    await page.keyboard.press('Tab')
    await expect(close).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(close).toBeFocused()
    // Shortcuts are quiet while the dialog is open.
    await page.keyboard.press('+')
    await expect(page.locator('html')).toHaveCSS('--text-scale', '1')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(aPlus).toBeFocused()
  })

  test('the footer button opens the same dialog for readers who do not know "?"', async ({ page }) => {
    await page.goto('/')
    const button = page.getByRole('button', { name: 'Phím tắt (?)' })
    await button.click()
    await expect(page.getByRole('dialog', { name: 'Phím tắt bàn phím' })).toBeVisible()
    await page.getByRole('button', { name: 'Đóng' }).click()
    await expect(button).toBeFocused()
  })

  test('+, − and 0 change the text size and say so', async ({ page }) => {
    await openArticle(page)
    const scale = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim())
    await page.keyboard.press('+')
    await expect(announcer(page)).toHaveText('Cỡ chữ 112,5%')
    expect(await scale()).toBe('1.125')
    await page.keyboard.press('+')
    await page.keyboard.press('-')
    expect(await scale()).toBe('1.125')
    await page.keyboard.press('0')
    expect(await scale()).toBe('1')
    await expect(announcer(page)).toHaveText('Cỡ chữ 100%')
  })

  test('/ goes to the search field, and typing there types', async ({ page }) => {
    await openArticle(page)
    await page.keyboard.press('/')
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Tìm bài viết' })
    await expect(box).toBeFocused()
    await page.keyboard.type('bac kan')
    await expect(box).toHaveValue('bac kan')
  })

  test('j and k walk the article list; t without contents says so', async ({ page }) => {
    await page.goto(pathTo.category('chinh-tri'))
    const links = page.getByRole('main').getByRole('article').getByRole('link')
    await expect(links.first()).toBeVisible()
    await page.keyboard.press('j')
    await expect(links.nth(0)).toBeFocused()
    await page.keyboard.press('j')
    await expect(links.nth(1)).toBeFocused()
    await page.keyboard.press('k')
    await expect(links.nth(0)).toBeFocused()
    await page.keyboard.press('t')
    await expect(announcer(page)).toHaveText('Bài viết này không có mục lục')
  })

  test('never fire inside a form field or with Ctrl/Alt/Meta', async ({ page }) => {
    await openArticle(page)
    // A field of the page's own: typing shortcut keys into it types them.
    await page.evaluate(() => {
      const input = document.createElement('input')
      input.setAttribute('aria-label', 'Ô thử')
      document.querySelector('main')!.prepend(input)
    })
    const field = page.getByRole('textbox', { name: 'Ô thử' })
    await field.focus()
    await page.keyboard.type('+?t/j0')
    await expect(field).toHaveValue('+?t/j0')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await page.locator('body').focus()
    await page.keyboard.press('Control+=')
    await page.keyboard.press('Alt+t')
    await expect(page.locator('html')).toHaveCSS('--text-scale', '1')
    await expect(page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link').first()).not.toBeFocused()
  })

  test('can be switched off in Settings by keyboard, and then no key does anything', async ({ page }) => {
    await page.goto(ROUTE_PATHS.settings)
    const group = page.getByRole('group', { name: 'Phím tắt một phím' })
    await group.getByRole('radio', { checked: true }).focus()
    await page.keyboard.press('ArrowDown') // radio groups move with the arrow keys
    await expect(group.getByRole('radio', { name: 'Tắt' })).toBeChecked()
    await openArticle(page)
    for (const key of ['?', '+', 't']) await page.keyboard.press(key)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.locator('html')).toHaveCSS('--text-scale', '1')
    await expect(page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link').first()).not.toBeFocused()
  })
})
