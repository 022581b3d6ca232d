import { expect, test } from './support/test'
import { SEED } from './support/app'
import { letters, printedText } from './support/pdf'
import { pathTo } from '../core/paths'
import { preferencesBlob, setStoredBeforeLoad } from './support/storage'

// Printing is for older readers and for officials filing a directive: the article alone, on white.
test.describe('printing', () => {
  test('the seed article prints every paragraph, its byline and its address, and none of the site around it', async ({ page, baseURL }, testInfo) => {
    // A dark theme on screen must still print black on white (checked below through the colours).
    await setStoredBeforeLoad(page, 'preferences', preferencesBlob({ theme: 'dark' }))
    await page.goto(pathTo.article(SEED.slug))
    const article = page.getByRole('article')
    const paragraphs = await article.locator('p').evaluateAll((nodes) =>
      nodes.filter((node) => getComputedStyle(node).display !== 'none' && !node.closest('.reading-tools, .back-to-top, nav, .needs-script'))
        .map((node) => node.textContent ?? ''))
    expect(paragraphs.length).toBeGreaterThan(5)

    const printed = letters(await printedText(page, testInfo, 'seed-article'))
    expect(printed).toContain(letters(SEED.title))
    for (const paragraph of paragraphs) expect(printed, `printed: ${paragraph.slice(0, 60)}…`).toContain(letters(paragraph))
    expect(printed).toContain(letters(`Địa chỉ bài viết: ${baseURL}${pathTo.article(SEED.slug)}`))
    // The site's chrome and the reading tools stay on screen.
    for (const chrome of ['Bỏ qua, đến nội dung chính', 'Tin mới nhất', 'Mục lục', 'Công cụ đọc', 'Về đầu bài viết', 'Cỡ chữ', 'kính chào quý khách', 'Trang chủ', 'Góp ý']) {
      expect(printed, chrome).not.toContain(letters(chrome))
    }

    await page.emulateMedia({ media: 'print' })
    const colours = await page.getByRole('heading', { level: 1 }).evaluate((h1) => [getComputedStyle(h1).color, getComputedStyle(document.body).backgroundColor])
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)'])
  })

  test('links print their absolute address after their words', async ({ page, baseURL }, testInfo) => {
    await page.goto('/gioi-thieu')
    const link = page.getByRole('main').getByRole('link', { name: 'Góp ý', exact: true }).first()
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\//)
    const printed = letters(await printedText(page, testInfo, 'about'))
    expect(printed).toContain(letters(`<${baseURL}${href}>`))
  })
})
