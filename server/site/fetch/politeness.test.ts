import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { siteHarness } from '../test/harness'
import { articlePage, TestOrigin, words } from '../test/origin'

/**
 * The mean gap between request arrivals, in ms. (One gap alone can look short: a request that
 * left on time may arrive late on a busy machine and the next one on time.)
 */
const meanGap = (times: number[]) => (times.at(-1)! - times[0]!) / (times.length - 1)

describe('polite fetching', () => {
  let origin: TestOrigin
  beforeEach(async () => {
    origin = await new TestOrigin().start()
    origin.set('/', '<html></html>')
    origin.set('/sitemap.xml', { body: '', type: 'application/xml' })
    const paths = Array.from({ length: 8 }, (_, i) => `/a/bai-${i}`)
    origin.set('/sitemap.xml', { body: `<urlset>${paths.map((p) => `<url><loc>${origin.url}${p}</loc></url>`).join('')}</urlset>`, type: 'application/xml' })
    for (const path of paths) origin.set(path, articlePage(path, [words(30)]))
  })
  afterEach(() => origin.stop())

  it('never starts requests faster than the rate allows, nor more at once than the concurrency', async () => {
    origin.delayMs = 150
    const site = siteHarness(origin.url, { rate: 20, concurrency: 2 })

    await site.sync()

    expect(origin.arrivals.length).toBe(11) // robots.txt, sitemap, home page, 8 articles
    // 20 requests/s: 50 ms apart (a little slack for timer and clock granularity).
    expect(meanGap(origin.arrivals)).toBeGreaterThanOrEqual(45)
    expect(origin.maxInFlight).toBe(2)
  })

  it('slows down to robots.txt\'s Crawl-delay', async () => {
    origin.set('/robots.txt', { body: 'User-agent: *\nCrawl-delay: 0.15\n', type: 'text/plain' })
    const site = siteHarness(origin.url, { rate: 100, concurrency: 2 })

    await site.sync()

    // Without it, 100 requests/s would be 10 ms apart.
    expect(meanGap(origin.arrivals.slice(1))).toBeGreaterThanOrEqual(140)
  })
})
