import { expect, test } from './support/test'
import type { ArticleDocument } from '../core/document'
import { htmlToDocument } from '../server/content/parse'
import { CANARY, XSS_VECTORS } from './fixtures/xssVectors'
import { CMS_SITE, cmsArticle, serveArticles } from './support/cmsArticle'
import { openClientSide } from './support/clientSide'
import { pathTo } from '../core/paths'

const BATCH = 15

/**
 * Every vector of the public corpus goes through the server's sanitizing boundary and is
 * rendered by the real article view in Chromium, under the real Content-Security-Policy.
 * Each vector is parsed on its own (an unclosed <textarea> must not hide the next one) and
 * follows a marker paragraph, so the test knows every one of them reached the page.
 */
const batches: { slug: string; first: number; vectors: typeof XSS_VECTORS }[] = []
for (let i = 0; i < XSS_VECTORS.length; i += BATCH) {
  batches.push({ slug: `xss-${i / BATCH + 1}`, first: i + 1, vectors: XSS_VECTORS.slice(i, i + BATCH) })
}

const marker = (n: number) => `Mẫu thử số ${n}`

function batchDocument(first: number, vectors: typeof XSS_VECTORS): ArticleDocument {
  return {
    version: 1,
    blocks: vectors.flatMap(({ vector }, i) => [
      { type: 'paragraph' as const, children: [{ type: 'text' as const, value: marker(first + i) }] },
      ...htmlToDocument(vector, { baseUrl: CMS_SITE }).blocks,
    ]),
  }
}

test('the public XSS corpus, rendered through the article view, runs no script and breaks no CSP rule', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const executions: string[] = []
  page.on('dialog', (dialog) => {
    executions.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) executions.push(`csp console: ${message.text()}`)
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const canaryHits: string[] = []
  const articles = batches.map(({ slug, first, vectors }) =>
    cmsArticle(slug, `Bộ mẫu thử XSS ${slug} ${vectors[0]!.vector}`, vectors.map((v) => v.vector).join(' '), batchDocument(first, vectors)))
  await serveArticles(page, articles, (url) => {
    if (url.startsWith(CANARY)) canaryHits.push(url)
  })

  const violations: string[] = []
  for (const [index, { slug, first, vectors }] of batches.entries()) {
    await openClientSide(page, pathTo.article(slug))
    await expect(page.getByRole('heading', { level: 1, name: /^Bộ mẫu thử XSS/ })).toBeVisible()
    await expect(page.getByRole('alert'), `batch ${slug} was refused by the browser's schema`).toHaveCount(0)
    for (let n = first; n < first + vectors.length; n++) await expect(page.getByText(marker(n), { exact: true })).toBeAttached()
    // Give event-handler vectors their chance: pointer over the whole article, focus through it.
    const box = await page.getByRole('article').boundingBox()
    if (box) for (let y = box.y; y < box.y + Math.min(box.height, 3000); y += 80) await page.mouse.move(box.x + box.width / 2, y)
    for (let k = 0; k < 5; k++) await page.keyboard.press('Tab')
    await page.waitForTimeout(100)
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
      csp: (window as unknown as { __csp: string[] }).__csp,
    }))
    if (state.pwned) executions.push(`window.__pwned set in ${slug} (batch ${index + 1})`)
    violations.push(...state.csp.map((v) => `${slug}: ${v}`))
  }

  const summary = {
    corpus: XSS_VECTORS.length,
    bySource: Object.fromEntries(['OWASP', 'HTML5SEC', 'PORTSWIGGER', 'DOMPURIFY'].map((s) => [s, XSS_VECTORS.filter((v) => v.source === s).length])),
    executions: executions.length + canaryHits.length,
    cspViolations: violations.length,
  }
  console.log(`XSS corpus: ${JSON.stringify(summary)}`)
  await testInfo.attach('xss-corpus-summary.json', { body: JSON.stringify({ ...summary, executionsSeen: executions, canaryHits, violations }, null, 2), contentType: 'application/json' })
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(200)
  expect(executions).toEqual([])
  expect(canaryHits).toEqual([])
  expect(violations).toEqual([])
})
