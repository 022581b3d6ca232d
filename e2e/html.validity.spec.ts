import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/test'
import vnuJar from 'vnu-jar'
import { SEED, longestArticleSlug } from './support/app'
import { pathTo, ROUTE_PATHS } from '../core/paths'

interface VnuMessage {
  type: string
  url: string
  lastLine?: number
  message: string
  extract?: string
}

// The DOM as rendered (what a browser and assistive technology get), checked by the Nu HTML
// Checker in one Java run for all pages.
test('rendered pages pass the Nu HTML Checker with zero errors', async ({ page, request }) => {
  test.setTimeout(180_000)
  const paths = ['/', pathTo.article(SEED.slug), pathTo.article(await longestArticleSlug(request)), pathTo.category('kinh-te'),
    '/lien-he', '/gioi-thieu', '/kha-nang-tiep-can', ROUTE_PATHS.sitemap, ROUTE_PATHS.feedback, '/khong-co-trang-nay']
  const dir = mkdtempSync(join(tmpdir(), 'lectern-vnu-'))
  const files: string[] = []
  for (const [i, path] of paths.entries()) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const html = await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`)
    const file = join(dir, `page-${i}.html`)
    writeFileSync(file, html)
    files.push(file)
  }
  // A control page that is invalid on purpose: proof the checker ran and reports what it finds.
  const control = join(dir, 'control.html')
  writeFileSync(control, '<!doctype html><html lang="en"><head><title>x</title></head><body><ul><p>not a list item</p></ul></body></html>')
  const run = spawnSync('java', ['-jar', String(vnuJar), '--errors-only', '--format', 'json', control, ...files], { encoding: 'utf8' })
  expect(run.error, 'java must be installed (scripts/ensure-browser.mjs installs it on Debian)').toBeUndefined()
  const all = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages
  expect(all.filter((m) => m.url.endsWith('/control.html')).length, 'the control page must fail').toBeGreaterThan(0)
  const messages = all.filter((m) => !m.url.endsWith('/control.html'))
  const errors = messages.map((m) => `${paths[files.indexOf(m.url.replace('file:', ''))] ?? m.url}:${m.lastLine ?? '?'} ${m.message} [${m.extract ?? ''}]`)
  expect(errors).toEqual([])
})
