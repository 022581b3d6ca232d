import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test } from './support/test'
import { SEED, openArticle } from './support/app'

// The Virtual Screen Reader runs inside the real page (real layout, real accessibility
// semantics); the page's CSP is bypassed in this file only, to load it.
test.use({ bypassCSP: true })

const require = createRequire(import.meta.url)
const VSR = readFileSync(require.resolve('@guidepup/virtual-screen-reader').replace(/cjs[/\\]index\.c?js$/, 'esm/index.browser.js'), 'utf8')

declare global {
  interface Window {
    __readArticle: () => Promise<string[]>
  }
}

test('a screen reader walking the seed article hears heading, time, figure, contents, sections and byline in order', async ({ page }) => {
  await page.route('**/__vsr.js', (route) => route.fulfill({ contentType: 'text/javascript', body: VSR }))
  await openArticle(page)
  await page.addScriptTag({
    type: 'module',
    content: `
      import { virtual } from '/__vsr.js'
      window.__readArticle = async () => {
        const article = document.querySelector('main article')
        await virtual.start({ container: article })
        // Read to the end, as "say all" would.
        let last = ''
        for (let i = 0; i < 400; i++) {
          await virtual.next()
          const phrase = await virtual.lastSpokenPhrase()
          if (phrase === 'end of article' || phrase === last && phrase.startsWith('end of')) break
          last = phrase
        }
        const log = await virtual.spokenPhraseLog()
        await virtual.stop()
        return log
      }`,
  })
  await page.waitForFunction(() => typeof window.__readArticle === 'function')
  const spoken = await page.evaluate(() => window.__readArticle())
  await test.info().attach('spoken.txt', { body: spoken.join('\n'), contentType: 'text/plain' })

  // The opening, exactly: title, then both times said as a person would say them, then reading time.
  expect(spoken.slice(0, 13)).toEqual([
    'article',
    `heading, ${SEED.title}, level 1`,
    'paragraph',
    'Đăng lúc', 'time', '15 giờ 08, ngày 10 tháng 9 năm 2019', 'end of time',
    'Cập nhật lúc', 'time', '15 giờ 08, ngày 10 tháng 9 năm 2019', 'end of time',
    '7 phút đọc',
    'end of paragraph',
  ])

  const indexOf = (pattern: RegExp): number => {
    const i = spoken.findIndex((phrase) => pattern.test(phrase))
    expect(i, `spoken phrases should include ${pattern}:\n${spoken.join('\n')}`).toBeGreaterThanOrEqual(0)
    return i
  }
  const order = [
    indexOf(new RegExp(`^heading, ${SEED.title.replace(/[/]/g, '\\/')}, level 1$`)),
    indexOf(/^Đăng lúc$/),
    indexOf(/15 giờ 08, ngày 10 tháng 9 năm 2019/),
    indexOf(/^figure$/),
    indexOf(/^image, Hình vẽ minh họa: năm người đứng thành hàng/),
    indexOf(/^caption$/),
    indexOf(/^Các cá nhân điển hình tiên tiến trong học tập/),
    indexOf(/^navigation, Mục lục$/),
    indexOf(/^heading, Mục lục, level 2$/),
    indexOf(/^link, Đổi mới cách học tập các chuyên đề$/),
    indexOf(/^link, Nhân rộng điển hình tiên tiến$/),
    indexOf(/^end of navigation, Mục lục$/),
    indexOf(/^heading, Đổi mới cách học tập các chuyên đề, level 2$/),
    indexOf(/^Tác giả:$/),
    indexOf(/^Hương Dịu$/),
    indexOf(/^link, Về đầu bài viết$/),
  ]
  expect(order).toEqual([...order].sort((a, b) => a - b))
})
