import { expect, test } from './support/test'
import { checkPage } from '../scripts/audit/checks'
import { FIXTURE_PAGES } from './fixtures/pages'

// Proof that the checker works: each fixture breaks exactly one rule and exactly that rule is
// reported; each corrected twin passes. If axe, the audit's own checks or this set-up broke,
// these fail instead of passing quietly.
const FIXTURES = `http://localhost:${process.env.FIXTURES_PORT ?? 4174}`

for (const [fixture, { expect: rules }] of Object.entries(FIXTURE_PAGES)) {
  test(`the checker reports exactly ${rules.length ? rules.join(', ') : 'nothing'} on ${fixture}.html`, async ({ page }) => {
    await page.goto(`${FIXTURES}/${fixture}.html`)
    const result = await checkPage(page)
    expect(result.passes, 'axe ran its checks').toBeGreaterThan(10)
    const all = [...result.violations, ...result.findings]
    const details = all.map((f) => `${f.rule}: ${f.help}: ${f.targets.join(' | ')}`).join('\n')
    expect([...new Set(all.map((f) => f.rule))].sort(), details).toEqual([...rules].sort())
    for (const finding of all) {
      expect(finding.helpUrl).toMatch(/^https:\/\//)
      expect(finding.targets.length).toBeGreaterThan(0)
    }
  })
}
