import { expect, test } from './support/test'
import { checkPage } from '../scripts/audit/checks'

// Proof that the checker works: each fixture breaks exactly one rule, and exactly that rule is
// reported. If axe, the keyboard checks or this set-up broke, these fail instead of passing quietly.
const FIXTURES = `http://localhost:${process.env.FIXTURES_PORT ?? 4174}`
const EXPECTED: Record<string, string[]> = {
  clean: [],
  'missing-alt': ['image-alt'],
  'low-contrast': ['color-contrast'],
  'empty-link': ['link-name'],
  'skipped-heading': ['heading-order'],
  'missing-label': ['label'],
  'no-skip-link': ['skip-link'],
  'keyboard-trap': ['keyboard-trap'],
}

for (const [fixture, rules] of Object.entries(EXPECTED)) {
  test(`the checker reports exactly ${rules.length ? rules.join(', ') : 'nothing'} on ${fixture}.html`, async ({ page }) => {
    await page.goto(`${FIXTURES}/${fixture}.html`)
    const result = await checkPage(page, 20)
    expect(result.passes, 'axe ran its checks').toBeGreaterThan(10)
    const reported = [...result.violations, ...result.keyboard].map((f) => f.rule).sort()
    expect(reported).toEqual([...rules].sort())
    for (const finding of [...result.violations, ...result.keyboard]) {
      expect(finding.helpUrl).toMatch(/^https:\/\//)
      expect(finding.targets.length).toBeGreaterThan(0)
    }
  })
}
